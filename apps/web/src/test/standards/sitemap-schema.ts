import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateXML } from 'xmllint-wasm';

const here = path.dirname(fileURLToPath(import.meta.url));
const schemaFile = (fileName: string) => ({ fileName, contents: fs.readFileSync(path.join(here, fileName), 'utf8') });

/**
 * Validates a sitemap with libxml2's xmllint (compiled to WebAssembly, `xmllint-wasm`) against the sitemaps.org
 * 0.9 XSD plus the `xhtml:link` hreflang element (this folder). Returns xmllint's messages, one per error
 * ("Element '…lastmod': This element is not expected."); empty when the sitemap is valid.
 */
export async function sitemapSchemaErrors(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: { fileName: 'sitemap.xml', contents: xml },
    schema: schemaFile('sitemap-with-hreflang.xsd'),
    preload: [schemaFile('sitemap.xsd'), schemaFile('xhtml-link.xsd')],
  });
  return result.errors.map((error) => error.rawMessage);
}
