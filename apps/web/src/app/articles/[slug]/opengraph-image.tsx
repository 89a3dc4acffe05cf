import { notFound } from 'next/navigation';
import { ImageResponse } from 'next/og';
import { stegaClean } from 'next-sanity';
import { getArticle } from '@/data/article';
import { siteNameOf } from '@/data/site';
import { SocialCardFrame } from '@/lib/og-card';
import { ogSafeText } from '@/lib/og-text';
import { reviewStatus, reviewStatusLabel } from '@/lib/review-status';

export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
export const alt = 'Article title and the clinic that published it';

/** The social card of an article: topic, title, reviewer status and site name, drawn on the server. */
export default async function OpenGraphImage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const found = await getArticle(slug);
  if (!found) notFound();
  const article = stegaClean(found);
  const title = ogSafeText(article.title, 110);
  const topic = ogSafeText(article.topicLabel, 40);
  const siteName = ogSafeText(siteNameOf(article.settings), 60);
  // "Medically reviewed" only for a real, credentialed reviewer; a sample placeholder is said to be one.
  const reviewed = ogSafeText(reviewStatusLabel(reviewStatus(article.medicalReviewer, article.lastReviewed)), 60);

  return new ImageResponse(
    <SocialCardFrame>
      <div
        style={{
          display: 'flex',
          fontSize: 30,
          color: '#0b5563',
          textTransform: 'uppercase',
          letterSpacing: 2,
        }}
      >
        {topic}
      </div>
      <div
        style={{ display: 'flex', fontSize: title.length > 70 ? 56 : 68, lineHeight: 1.15, maxWidth: 1000 }}
      >
        {title}
      </div>
      <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 28, color: '#4a5866' }}>
        <span>{siteName}</span>
        <span>{reviewed}</span>
      </div>
    </SocialCardFrame>,
    size,
  );
}
