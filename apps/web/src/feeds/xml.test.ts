// Feeds as readers read them: the XML is parsed by a feed parser (rss-parser, the one most Node feed readers
// use), then a description is taken as HTML, as RSS 2.0 readers do, and only its text may come out.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import Parser from 'rss-parser';
import { escapePlainTextAsXmlHtml, escapeXml, withoutXmlForbiddenCharacters } from './xml.ts';

/** Text with what breaks an output: markup, entities, quotes, control characters, non-Latin scripts, emoji. */
export const hostileText = fc.string({
  unit: fc.oneof(
    fc.constantFrom('<', '>', '&', '"', "'", '<a href="/contact">', '</a>', '<script>', '&amp;', '&lt;', '&#x3C;', ']]>', '\u0000', '\u0008', '\u001F', '\u2028', '\uFFFE', '\uD800', '\t', '\n'),
    fc.constantFrom('ketamina', 'niño', 'кетамин', 'κεταμίνη', '氯胺酮', 'ケタミン', '케타민', 'كيتامين', 'קטמין', 'केटामाइन', 'ยา', '👩🏽‍⚕️'),
    fc.string({ unit: 'binary', maxLength: 3 }),
  ),
  maxLength: 12,
});

function rss(description: string, title: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>t</title><link>https://clinic.example.org/</link><description>d</description>
<item><title>${escapeXml(title)}</title><link>https://clinic.example.org/a</link><description>${escapePlainTextAsXmlHtml(description)}</description></item>
</channel></rss>`;
}

/** What a reader shows for an HTML fragment: its text, and which elements it would render. */
function asReaderShowsHtml(html: string) {
  const body = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html').body;
  return { text: body.textContent, elements: body.querySelectorAll('*').length };
}

describe('feed text escaping', () => {
  it('an excerpt with a link in its text reaches the reader as that text, not as a link', async () => {
    const feed = await new Parser().parseString(rss('See <a href="/contact">contact</a>', 'A & B'));
    const item = feed.items[0]!;
    expect(asReaderShowsHtml(item.content!)).toEqual({ text: 'See <a href="/contact">contact</a>', elements: 0 });
    expect(item.title).toBe('A & B');
  });

  it('any text, once through the feed and a reader, is the same text with no markup', async () => {
    const parser = new Parser();
    await fc.assert(
      fc.asyncProperty(hostileText, hostileText, async (description, title) => {
        // Titles are never blank (the content contract), so the generated one is wrapped in words.
        const feed = await parser.parseString(rss(description, `Dose ${title} guide`));
        const item = feed.items[0]!;
        const shown = asReaderShowsHtml(item.content ?? '');
        expect(shown.elements).toBe(0);
        // HTML parsing turns CR and CRLF into LF and NUL into U+FFFD; XML parsing normalises line ends the same way.
        const expected = withoutXmlForbiddenCharacters(description).replace(/\r\n?/g, '\n');
        expect(shown.text).toBe(expected);
        // Readers (and this parser) collapse white space in titles.
        const collapsed = (text: string) => text.replace(/[\t\n\r ]+/g, ' ');
        expect(collapsed(item.title!)).toBe(collapsed(`Dose ${withoutXmlForbiddenCharacters(title)} guide`));
      }),
      { numRuns: 300 },
    );
  });
});
