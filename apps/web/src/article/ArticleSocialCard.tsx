import { notFound } from 'next/navigation';
import { ImageResponse } from 'next/og';
import { stegaClean } from 'next-sanity';
import { getArticle } from './article-loader.ts';
import { getSiteChrome, siteNameOf } from '@/shell/site-chrome-loader';
import { cacheableLikePages, SOCIAL_CARD_SIZE, SocialCardFrame, siteCardResponse } from '@/seo/og-card';
import { loadFaces } from '@/seo/og/fonts';
import { drawableTexts } from '@/seo/og/text';
import { LANGUAGE_TAGS, type Locale } from '@/i18n/locales';
import { topicName } from '@/i18n/translate';

/**
 * The social card of an article: topic, title and site name, drawn on the server with the bundled fonts. It says
 * nothing about medical review: a card outlives the text it was drawn from, so only the page, read now, says it. When a character of the article's text cannot be drawn, the site's generic card is shown.
 */
export async function articleSocialCard(slug: string, locale: Locale): Promise<Response> {
  const found = await getArticle(slug, locale);
  if (!found) notFound();
  const article = stegaClean(found);
  const siteName = siteNameOf(article.settings, locale);
  const drawable = drawableTexts({
    title: [article.title, 110],
    // Upper-cased here, not by CSS, so the capitals are what the font check sees.
    topic: [topicName(locale, article.topic).toLocaleUpperCase(LANGUAGE_TAGS[locale]), 40],
    siteName: [siteName, 60],
  });
  if (!drawable) return cacheableLikePages(siteCardResponse(stegaClean(await getSiteChrome(locale)), siteName));
  const { texts } = drawable;

  return cacheableLikePages(
    new ImageResponse(
    <SocialCardFrame>
      <div
        style={{
          display: 'flex',
          fontSize: 30,
          color: '#0b5563',
          letterSpacing: 2,
        }}
      >
        {texts.topic}
      </div>
      <div style={{ display: 'flex', fontSize: texts.title.length > 70 ? 56 : 68, lineHeight: 1.15, maxWidth: 1000 }}>{texts.title}</div>
      <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 28, color: '#4a5866' }}>
        <span>{texts.siteName}</span>
      </div>
    </SocialCardFrame>,
    { ...SOCIAL_CARD_SIZE, fonts: loadFaces(drawable.faces) },
    ),
  );
}
