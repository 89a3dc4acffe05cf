// The standards' own validators, for the browser tests: the Nu HTML Checker (vnu.jar from the vnu-jar package, run
// with the Java that scripts/install-java.sh installs) for HTML, and the sitemap reader.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const vnuJar = createRequire(import.meta.url)('vnu-jar') as string;

export interface HtmlProblem {
  page: string;
  line?: number;
  message: string;
  extract?: string;
}

/**
 * Checks HTML documents with the Nu HTML Checker (the W3C's conformance checker) in one Java run. Returns its
 * errors (not warnings), each with the page it was found on; empty when every document conforms.
 */
export function htmlConformanceErrors(documents: ReadonlyMap<string, string>): HtmlProblem[] {
  const folder = mkdtempSync(path.join(tmpdir(), 'vnu-'));
  try {
    const files = new Map<string, string>();
    [...documents].forEach(([page, html], index) => {
      const file = path.join(folder, `page-${index}.html`);
      writeFileSync(file, html);
      files.set(`file:${file}`, page);
    });
    const output = execFileSync('java', ['-jar', vnuJar, '--format', 'json', '--exit-zero-always', '--stdout', ...[...files.keys()].map((url) => url.slice(5))], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const { messages } = JSON.parse(output) as { messages: { type: string; url: string; lastLine?: number; message: string; extract?: string }[] };
    return messages
      .filter((message) => message.type === 'error')
      .map((message) => ({ page: files.get(message.url) ?? message.url, line: message.lastLine, message: message.message, extract: message.extract }));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

export interface SitemapUrl {
  loc: string;
  lastmod: string | null;
  alternates: Record<string, string>;
}

/** The `<url>` entries of a sitemap (loc, lastmod, hreflang → href), read from the layout the site writes (one element a line; the XSD check proves the structure). */
export function sitemapUrls(xml: string): SitemapUrl[] {
  const entries = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((match) => match[1]!);
  const decode = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return entries.map((entry) => ({
    loc: decode(/<loc>([^<]*)<\/loc>/.exec(entry)![1]!),
    lastmod: /<lastmod>([^<]*)<\/lastmod>/.exec(entry)?.[1] ?? null,
    alternates: Object.fromEntries(
      [...entry.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]*)" href="([^"]*)"/g)].map((link) => [decode(link[1]!), decode(link[2]!)]),
    ),
  }));
}
