import { fetchBenefits } from '@clinic/content';
import { stegaClean } from 'next-sanity';
import { fetchAllArticleSummaries } from '@/data/articles';
import { getSiteChrome, siteNameOf } from '@/data/site';
import { absoluteUrl } from '@/lib/site-url';
import { contentFetcher } from '@/sanity/fetch';

// Rendered once and cached like a page; the content cache tags refresh it (route handlers are dynamic by default).
export const dynamic = 'force-static';
export const revalidate = 300;

/** Markdown must not be broken by a title that contains brackets or line breaks. */
function inline(value: string): string {
  return value.replace(/[\r\n]+/g, ' ').replace(/([[\]])/g, '\\$1');
}

/**
 * /llms.txt (llmstxt.org): a plain summary of what the site offers and links to every article, for software
 * that reads the site on a visitor's behalf. Only facts from the CMS; the contact lines come from the clinic record.
 */
export async function GET(): Promise<Response> {
  const [articles, benefits, { settings, primaryClinic }] = await Promise.all([
    fetchAllArticleSummaries(),
    fetchBenefits(contentFetcher),
    getSiteChrome(),
  ]);
  const clean = stegaClean({ articles, benefits, settings, primaryClinic });
  const siteName = siteNameOf(clean.settings);
  const lines: string[] = [`# ${inline(siteName)}`, ''];
  if (clean.settings?.tagline) lines.push(`> ${inline(clean.settings.tagline)}`, '');
  lines.push(
    'Educational articles about ketamine treatment, each with numbered references, risks and contraindications, and a',
    'review status and date stated on its page. Information only, not medical advice. In a crisis in the US, call or text',
    '988, or call 911.',
    '',
  );
  if (clean.primaryClinic) {
    const clinic = clean.primaryClinic;
    lines.push('## Contact', '');
    lines.push(`- Clinic: ${inline(clinic.name)}`);
    if (clinic.phone) lines.push(`- Phone: ${clinic.phone.display} (${clinic.phone.href})`);
    if (clinic.email) lines.push(`- E-mail: ${clinic.email}`);
    if (clinic.address) {
      const a = clinic.address;
      lines.push(`- Address: ${inline(`${a.streetAddress}, ${a.addressLocality}, ${a.addressRegion} ${a.postalCode}`)}`);
    }
    if (clinic.bookingUrl) lines.push(`- Booking: ${clinic.bookingUrl}`);
    lines.push(`- [Contact page](${absoluteUrl('/contact')})`, '');
  }
  lines.push('## Pages', '');
  lines.push(`- [Benefits and evidence](${absoluteUrl('/benefits')}): ${clean.benefits.length} statements, each with its evidence level and sources`);
  lines.push(`- [All articles](${absoluteUrl('/articles')})`, '');
  lines.push('## Articles', '');
  for (const article of clean.articles) {
    lines.push(`- [${inline(article.title)}](${absoluteUrl(`/articles/${article.slug}`)}): ${inline(article.excerpt)}`);
  }
  lines.push('');
  return new Response(lines.join('\n'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
