// fast-check generators of documents of every type, built from the sample dataset with hostile values in the
// places the site's contract checks: upper case, non-ASCII letters, whitespace, dots and underscores, odd URL
// schemes and casing, relative and protocol-relative links, empty and whitespace-only blocks, dangling
// references. Half the values are fine, so documents the Studio accepts are generated as often as refused ones.
import fc from 'fast-check';
import type { SeedDocument } from './seed.ts';

// One value in eight is hostile: with ten or so checked fields, a good share of documents is still fully valid.
const clean = <T>(good: fc.Arbitrary<T>, hostile: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: good, weight: 7 }, hostile);

/** Text: mostly readable, sometimes empty, blank, invisible, or padded with whitespace. */
export const text = (good = 'Ketamine for chronic pain') =>
  clean(
    fc.constantFrom(good, `${good} ${good}`.slice(0, 60)),
    fc.constantFrom('', ' ', '\t\n', '\u00a0', '\u200b', ' \u200b ', ` ${good} `, 'ü', 'Für & mehr'),
  );

const hostileSlugText = fc.constantFrom(
  'Ketamine-FAQ',
  'ketamine faq',
  'ketamine--faq',
  '-ketamine',
  'ketamine-',
  'ketamine_faq',
  'ketamine.faq',
  'für-depression',
  ' ketamine',
  '',
  'KETAMINE',
);
export const slug = (good: string) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constant({ _type: 'slug', current: good }) },
    hostileSlugText.map((current) => ({ _type: 'slug', current })),
    fc.constant(undefined),
  );

/** Link targets, safe and unsafe, in odd casings. */
export const href = clean(
  fc.constantFrom(
    'https://www.fda.gov/',
    '/articles/ketamine-for-crps-what-to-expect',
    '#references',
    'mailto:info@example.com',
    'tel:+19169159215',
    'HTTPS://WWW.FDA.GOV/',
  ),
  fc.constantFrom(
    'http://www.fda.gov/',
    'HTTP://www.fda.gov/',
    '//evil.example/',
    '/\\evil.example',
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,hi',
    'ftp://files.example/x',
    'Mailto:info@example.com',
    'mailto:not-an-address',
    'TEL:+19169159215',
    'tel:916-915-9215',
    'relative/path',
    'https://user:pass@example.com/',
    'https://',
    ' https://www.fda.gov/ ',
    'www.fda.gov',
  ),
);

export const httpsUrl = clean(
  fc.constantFrom('https://www.propeltherapeutics.com/', 'https://maps.example.com/?q=1'),
  fc.constantFrom(
    'http://www.propeltherapeutics.com/',
    'HTTPS://WWW.PROPELTHERAPEUTICS.COM/',
    'https://localhost/',
    'https://user@www.example.com/',
    'javascript:alert(1)',
    '//www.example.com/',
    ' https://www.example.com/',
    'ftp://www.example.com/',
  ),
);

export const phone = clean(
  fc.constantFrom('+19169159215', '+442079460958'),
  fc.constantFrom(
    '(916) 915-9215',
    '+1 916 915 9215',
    '+15555555555',
    '916',
    '',
    ' +19169159215',
    'tel:+19169159215',
  ),
);

export const email = clean(
  fc.constantFrom('info@example.com', 'care.team@propel-therapeutics.com'),
  fc.constantFrom(
    'info@example',
    'info @example.com',
    'info@exa/mple.com',
    '@example.com',
    'INFO@EXAMPLE.COM ',
    'a@b@c.com',
  ),
);

export const clockTime = clean(
  fc.constantFrom('09:00', '17:30', '12:00'),
  fc.constantFrom('9:00', '24:00', '09:60', '0900', '09:00 ', 'noon', '', '17:30:00'),
);

const key = (prefix: string) => fc.integer({ min: 0, max: 9999 }).map((n) => `${prefix}${n}`);

const span = fc.record({
  _type: fc.constant('span'),
  _key: key('s'),
  text: text('Ketamine can help some people'),
  marks: clean(
    fc.constant([] as string[]),
    fc.constantFrom('strong', 'em strong', 'link1', 'cite1', 'underline').map((marks) => marks.split(' ')),
  ),
});

function textBlock(referenceKeys: string[]) {
  const markDef = fc.oneof(
    fc.record({ _type: fc.constant('link'), _key: fc.constant('link1'), href }),
    fc.record({
      _type: fc.constant('citation'),
      _key: fc.constant('cite1'),
      referenceKey: clean(fc.constantFrom(...referenceKeys), fc.constantFrom('ref-missing', '')),
    }),
  );
  return fc
    .record(
      {
        _type: fc.constant('block'),
        _key: key('b'),
        style: clean(
          fc.constantFrom('normal', 'h2', 'h3', 'blockquote'),
          fc.constantFrom('h1', 'H2', 'normal ', ''),
        ),
        listItem: clean(fc.constant(undefined), fc.constantFrom('bullet', 'number', 'Bullet', 'square')),
        level: clean(fc.constant(undefined), fc.constantFrom(1, 2, 0, 1.5)),
        children: fc.oneof(
          { weight: 7, arbitrary: fc.array(span, { minLength: 1, maxLength: 3 }) },
          fc.constant([]),
        ),
        markDefs: fc.uniqueArray(markDef, { maxLength: 2, selector: (def) => def._key }),
      },
      { requiredKeys: ['_type', '_key', 'children', 'markDefs'] },
    )
    .map((block) => ({ ...block, level: block.listItem === undefined ? undefined : (block.level ?? 1) }));
}

const callout = fc.record({
  _type: fc.constant('callout'),
  _key: key('c'),
  tone: clean(fc.constantFrom('info', 'warning', 'crisis'), fc.constantFrom('Info', 'danger')),
  text: text('Call 911 in an emergency'),
});

const ctaBlock = fc.record({
  _type: fc.constant('ctaBlock'),
  _key: key('a'),
  heading: text('Questions about ketamine?'),
  action: clean(fc.constantFrom('call', 'book', 'directions'), fc.constantFrom('email', 'Call')),
});

const unknownBlock = fc.constantFrom({ _type: 'table', _key: 'tbl' }, { _type: 'block' });

const withUniqueKeys = <T extends { _key?: string }>(items: T[]) =>
  items.filter((item, index) => items.findIndex((other) => other._key === item._key) === index);

/** An article body: text blocks, callouts and calls to action, now and then a damaged or unknown block. */
export function body(referenceKeys: string[]) {
  return fc
    .array(
      fc.oneof(
        { weight: 12, arbitrary: textBlock(referenceKeys) },
        { weight: 2, arbitrary: callout },
        { weight: 2, arbitrary: ctaBlock },
        { weight: 1, arbitrary: unknownBlock as fc.Arbitrary<{ _type: string; _key?: string }> },
      ),
      { minLength: 1, maxLength: 3 },
    )
    .map((blocks) => withUniqueKeys(blocks as Array<{ _key?: string }>));
}

/** An image field holding `asset`, with hostile alt text. */
export const image = (asset: unknown) =>
  fc.record({
    _type: fc.constant('image'),
    asset: fc.constant(asset),
    alt: text('Nurse checking blood pressure'),
  });

/** A strong reference to `id`, or to a document that does not exist. */
export const reference = (id: string) =>
  clean(
    fc.constant({ _type: 'reference', _ref: id }),
    fc.constant({ _type: 'reference', _ref: `${id}-deleted` }),
  );

/** A reference's link: the exact document, or a home, section or search page, or a link the site refuses. */
const referenceUrl = fc.oneof(
  fc.constantFrom(
    'https://pubmed.ncbi.nlm.nih.gov/40819842/',
    'https://www.accessdata.fda.gov/label/2020/211243s004lbl.pdf',
  ),
  httpsUrl,
  fc.constantFrom(
    'https://pubmed.ncbi.nlm.nih.gov/?term=ketamine',
    'https://www.fda.gov/drugs',
    'HTTPS://PUBMED.NCBI.NLM.NIH.GOV/40819842/',
  ),
);

/** One reference behind a claim, with a hostile link and DOI. */
export const citation = fc.record(
  {
    _type: fc.constant('citation'),
    _key: key('ref'),
    title: text('Ketamine for CRPS: a review'),
    source: text('Pain Medicine'),
    year: clean(fc.constant(2020), fc.constantFrom(1800, 2020.5)),
    doi: clean(
      fc.constant('10.1056/NEJMoa2302399'),
      fc.constantFrom('doi:10.1056/x', 'https://doi.org/10.1056/x', ' 10.1056/x'),
    ),
    url: referenceUrl,
  },
  { requiredKeys: ['_type', '_key', 'title', 'source'] },
);

/**
 * Replaces fields of `base` with generated ones; a generated `undefined` removes the field. The result is plain
 * JSON, as a document in the Content Lake is (no undefined values, ordinary objects).
 */
export function overlay(base: SeedDocument, fields: Record<string, unknown>): SeedDocument {
  return JSON.parse(JSON.stringify({ ...base, ...fields })) as SeedDocument;
}

/** A document's language: mostly the expected one, sometimes missing, unknown or in the wrong case. */
export const language = (good: string) =>
  clean(fc.constant(good), fc.constantFrom(undefined, 'fr', good.toUpperCase(), ''));

/** A review date: mostly a past date, sometimes missing, empty, in the future or not a calendar date. */
export const reviewDate = clean(
  fc.constant('2026-10-20'),
  fc.constantFrom(undefined, '', '2999-01-01', '2026-13-45', '20 Oct 2026', '2026-10-20T00:00:00Z'),
);

/** A translation review: reviewer and date, each of them hostile or missing now and then. */
export const translationReview = (reviewerId: string) =>
  fc.record({
    translationReviewer: fc.option(reference(reviewerId), { nil: undefined, freq: 8 }),
    translationReviewed: reviewDate,
  });
