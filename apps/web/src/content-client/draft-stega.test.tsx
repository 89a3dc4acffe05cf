import { describe, expect, it } from '@jest/globals';
import { render } from '@testing-library/react';
import fs from 'node:fs';
import path from 'node:path';
import { vercelStegaCombine, vercelStegaDecodeAll, vercelStegaSplit } from '@vercel/stega';
import type { Article, ArticleBodyBlock } from '@clinic/content';
import { ArticleCard } from '@/article/ArticleCard';
import { ArticleView } from '@/article/ArticleView';
import { STEGA_FIELDS } from './stega-fields.ts';
import { clinic, makeArticle } from '@/test/fixtures';
import { articleMetadata } from '@/seo/metadata';

/** True when the text carries an encoded edit link anywhere in it. */
const hasStega = (value: string) => (vercelStegaDecodeAll(value) ?? []).length > 0;

/**
 * What the draft client hands the site: every string under a stega field carries an encoded edit link, as
 * `@sanity/client` writes it. `extraKeys` also encodes fields a differently configured client might encode
 * (alt text, hrefs), to show the attribute guard does not rely on the field list alone.
 */
function encodeForDraft<T>(value: T, extraKeys: string[] = [], key?: string): T {
  if (typeof value === 'string') {
    return (key && (STEGA_FIELDS.has(key) || extraKeys.includes(key)) && value ? vercelStegaCombine(value, { origin: 'sanity.io', href: `/intent/edit/${key}` }) : value) as T;
  }
  if (Array.isArray(value)) return value.map((item) => encodeForDraft(item, extraKeys)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encodeForDraft(v, extraKeys, k)])) as T;
  }
  return value;
}

const body = [
  {
    _type: 'block',
    _key: 'p',
    style: 'normal',
    markDefs: [{ _key: 'l', _type: 'link', href: 'https://example.org/guideline' }],
    children: [{ _type: 'span', _key: 's', text: 'Read the guideline', marks: ['l'] }],
  },
  { _type: 'ctaBlock', _key: 'cta', heading: 'Questions about ketamine?', text: 'Call the clinic.', action: 'call' },
  {
    _type: 'image',
    _key: 'img',
    asset: { _ref: 'image-0123456789abcdef0123456789abcdef01234567-1200x675-jpg' },
    alt: 'An infusion chair by a window',
    caption: 'The infusion room',
    width: 1200,
    height: 675,
  },
] as unknown as ArticleBodyBlock[];

function draftArticle(extraKeys: string[] = []): Article {
  return encodeForDraft(
    makeArticle({
      body,
      author: { _id: 'author', name: 'Sample Author', credentials: 'RN', role: 'Writer', isSamplePlaceholder: false } as Article['author'],
      heroImage: { asset: { _ref: 'image-0123456789abcdef0123456789abcdef01234567-1600x900-jpg' }, alt: 'A calm treatment room', width: 1600, height: 900 } as Article['heroImage'],
    }),
    extraKeys,
  );
}

/** Every attribute of every element, as `tag[name]=value`, plus the text of JSON-LD scripts. */
function attributesAndStructuredData(container: HTMLElement): string[] {
  const attributes = [...container.querySelectorAll('*')].flatMap((element) =>
    [...element.attributes].map((attribute) => `${element.tagName.toLowerCase()}[${attribute.name}]=${attribute.value}`),
  );
  const jsonLd = [...container.querySelectorAll('script[type="application/ld+json"]')].map((script) => `json-ld=${script.textContent}`);
  return [...attributes, ...jsonLd];
}

describe('draft mode: stega only in visible prose', () => {
  it('keeps the markers in the visible title, excerpt and body text (click-to-edit needs them)', () => {
    const { container } = render(<ArticleView article={draftArticle()} clinic={clinic} />);
    for (const selector of ['h1', '.lead', '.prose p', 'figcaption']) {
      const text = container.querySelector(selector)?.textContent ?? '';
      expect({ selector, encoded: hasStega(text) }).toEqual({ selector, encoded: true });
    }
    expect(vercelStegaSplit(container.querySelector('h1')!.textContent!).cleaned).toBe('Ketamine for CRPS: what to expect');
  });

  it.each([
    ['the field list', []],
    ['alt text and hrefs encoded too', ['alt', 'href', 'heading']],
  ])('leaves no marker in any attribute or JSON-LD of an article page or card (%s)', (_case, extraKeys) => {
    const article = draftArticle(extraKeys as string[]);
    const { container } = render(
      <>
        <ArticleView article={article} clinic={clinic} />
        <ArticleCard article={article} />
      </>,
    );
    const leaks = attributesAndStructuredData(container).filter(hasStega);
    expect(leaks).toEqual([]);
    // The link survived its safety check although its href arrived encoded.
    expect(container.querySelector('a[href="https://example.org/guideline"]')).not.toBeNull();
  });

  it('builds <title>, description, Open Graph, Twitter and article:author from clean values', () => {
    const metadata = articleMetadata(draftArticle());
    const serialized = JSON.stringify(metadata);
    expect(hasStega(serialized)).toBe(false);
    expect(metadata.title).toBe('Ketamine for CRPS: what to expect');
    expect(metadata.openGraph).toMatchObject({ authors: ['Sample Author'], title: 'Ketamine for CRPS: what to expect' });
    // The input really was encoded: the test would see a leak.
    expect(hasStega(JSON.stringify(draftArticle()))).toBe(true);
  });
});

describe('metadata of every route', () => {
  it('is built through cleanMetadata wherever it is computed from content (generateMetadata)', () => {
    const appDir = path.join(process.cwd(), 'src/app');
    const files = (fs.readdirSync(appDir, { recursive: true }) as string[]).filter((file) => /\.tsx?$/.test(file));
    const computed = files.filter((file) => fs.readFileSync(path.join(appDir, file), 'utf8').includes('export async function generateMetadata'));
    expect(computed.length).toBeGreaterThanOrEqual(4);
    for (const file of computed) {
      const source = fs.readFileSync(path.join(appDir, file), 'utf8');
      const returns = [...source.slice(source.indexOf('export async function generateMetadata')).split(/\n}\n/)[0]!.matchAll(/return (\w+)\(/g)].map((match) => match[1]);
      expect({ file, returns: returns.every((name) => name === 'cleanMetadata' || name === 'articleMetadata') && returns.length > 0 }).toEqual({ file, returns: true });
    }
  });
});
