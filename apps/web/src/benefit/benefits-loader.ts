import 'server-only';
import { fetchBenefits, type Benefit } from '@clinic/content';
import type { Locale } from '@/i18n/locales';
import { contentFetcher } from '@/content-client/fetch';

/** A language's published benefit statements, in the editors' order. */
export function getBenefits(locale: Locale): Promise<Benefit[]> {
  return fetchBenefits(contentFetcher, locale);
}
