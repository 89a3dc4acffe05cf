import { serializeJsonLd } from '@/seo/jsonld/serialize';

/** Structured data for search engines; see `serializeJsonLd` for why the output is safe to inline. */
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
