/** @jest-environment node */
import { describe, expect, it } from '@jest/globals';
import { EVIDENCE_LEVEL_VALUES, STUDY_TYPE_VALUES, TOPIC_VALUES } from '@clinic/content/taxonomy';
import { LOCALES } from './locales.ts';
import { createTranslator } from 'next-intl';
import { MESSAGES } from './translate.ts';
import { messageEntries, placeholdersOf } from './test-support.ts';

// The Spanish names of the shared vocabularies exist only in es.json (English ones are @clinic/content's), so
// they are checked against the vocabularies instead of against en.json.
const SPANISH_ONLY = 'Taxonomy';

const uiEntries = (locale: (typeof LOCALES)[number]) =>
  new Map(messageEntries(MESSAGES[locale]).filter(([key]) => !key.startsWith(`${SPANISH_ONLY}.`)));

/** True when `name` is a plural argument in `message` (`{count, plural, …}`), which formats only a number. */
const isCount = (message: string, name: string) => new RegExp(`\\{\\s*${name}\\s*,\\s*(?:plural|selectordinal)\\b`).test(message);

describe('UI messages', () => {
  const en = uiEntries('en');
  const es = uiEntries('es');

  it('have the same keys in English and Spanish', () => {
    expect([...es.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it.each(LOCALES)('are all non-empty strings in %s', (locale) => {
    for (const [key, value] of messageEntries(MESSAGES[locale])) {
      expect({ key, ok: typeof value === 'string' && value.trim().length > 0 }).toEqual({ key, ok: true });
    }
  });

  it('use the same arguments and markup tags in both languages, so every translation renders its values', () => {
    for (const [key, english] of en) {
      expect({ key, placeholders: placeholdersOf(String(es.get(key))) }).toEqual({ key, placeholders: placeholdersOf(String(english)) });
    }
  });

  it('are translated: a Spanish message equal to its English one is a missed translation', () => {
    // Brand-neutral symbols would be the only legitimate exceptions; the site has none today.
    const same = [...en].filter(([key, english]) => es.get(key) === english).map(([key]) => key);
    expect(same).toEqual([]);
  });

  it.each(LOCALES)('all format with their values in %s, none left as a raw placeholder', (locale) => {
    const t = createTranslator({
      locale,
      messages: MESSAGES[locale],
      onError: (error) => {
        throw error;
      },
    }) as unknown as { markup: (key: string, values: object) => string };
    for (const [key, message] of en) {
      const values = Object.fromEntries(
        placeholdersOf(message as string).map((placeholder) =>
          placeholder.startsWith('{')
            ? [placeholder.slice(1, -1), isCount(message as string, placeholder.slice(1, -1)) ? 2 : 'VALUE']
            : [placeholder.slice(1, -1), (chunks: string) => `[${chunks}]`],
        ),
      );
      const text = t.markup(key, values);
      expect({ key, leftover: /[{}<>]/.test(text) }).toEqual({ key, leftover: false });
    }
  });
});

describe('Spanish vocabulary names', () => {
  const taxonomy = MESSAGES.es as unknown as {
    Taxonomy: { topics: object; evidenceLevels: object; studyTypes: object };
  };
  it('name every topic, evidence level and study type the content model has, and nothing else', () => {
    expect(Object.keys(taxonomy.Taxonomy.topics).sort()).toEqual([...TOPIC_VALUES].sort());
    expect(Object.keys(taxonomy.Taxonomy.evidenceLevels).sort()).toEqual([...EVIDENCE_LEVEL_VALUES].sort());
    expect(Object.keys(taxonomy.Taxonomy.studyTypes).sort()).toEqual([...STUDY_TYPE_VALUES].sort());
  });
});
