import { PortableText, type InferStrictComponents } from '@portabletext/react';
import { stegaClean } from 'next-sanity';
import type { ArticleBodyBlock, Citation, Clinic } from '@clinic/content';
import type { Locale } from '@/i18n/locales';
import { translator } from '@/i18n/translate';
import { citationAnchor, referenceAnchor } from '@/article/ReferenceList';
import { ClinicActions, clinicSupports } from '@/clinic/ClinicActions';
import { BodyImage } from './BodyImage.tsx';
import { referenceNumbers } from './citations.ts';
import { SafeLink } from './SafeLink.tsx';

interface ArticleBodyProps {
  /** Validated by @clinic/content: every block, mark and field has the contract's type. */
  body: ArticleBodyBlock[];
  references: Citation[];
  /** The site's primary clinic, whose record backs the call-to-action blocks. */
  clinic: Clinic | null;
  /** The page's language, for the labels the site adds around the editor's text. */
  locale?: Locale;
}

/**
 * Whether a list item was added by @portabletext/toolkit's list nesting (a level 1 → 3 jump gets a level-2 item
 * holding only the deeper list) rather than written by the editor, whose items always hold at least one span.
 */
function isUnwrittenListItem(value: { children?: readonly { _type: string }[] }): boolean {
  const children = value.children ?? [];
  return children.length > 0 && children.every((child) => child._type === '@list');
}

const CALLOUT_LABELS = { info: 'calloutInfo', warning: 'calloutWarning', crisis: 'calloutCrisis' } as const;

/**
 * The article body. Components are built per article because citation marks need the article's reference
 * numbers, and the first mark for each reference gets the anchor its "back" link in the list points to. The
 * component map is checked against the contract's block types (InferStrictComponents): a block or mark type the
 * contract adds without a renderer here fails the type check, and each renderer receives its validated value.
 */
export function ArticleBody({ body, references, clinic, locale = 'en' }: ArticleBodyProps) {
  const t = translator(locale, 'Article');
  const numbers = referenceNumbers(references);
  const anchored = new Set<number>();

  const components = {
    block: {
      normal: ({ children }) => <p>{children}</p>,
      h2: ({ children }) => <h2>{children}</h2>,
      h3: ({ children }) => <h3>{children}</h3>,
      blockquote: ({ children }) => <blockquote>{children}</blockquote>,
    },
    list: {
      bullet: ({ children }) => <ul>{children}</ul>,
      number: ({ children }) => <ol>{children}</ol>,
    },
    // The list nesting adds items holding only a deeper list when the editor skipped a level; they get no marker.
    listItem: ({ value, children }) => (
      <li className={isUnwrittenListItem(value) ? 'list-item--unwritten' : undefined}>{children}</li>
    ),
    marks: {
      link: ({ value, children }) => <SafeLink href={value?.href}>{children}</SafeLink>,
      // Another article, at its current address (resolved by the content contract from the picked article).
      internalLink: ({ value, children }) => <SafeLink href={value?.href}>{children}</SafeLink>,
      citation: ({ value, children }) => {
        // A mark whose reference is not in the list (dropped as invalid) keeps its words and loses its number.
        const number = value ? numbers.get(value.referenceKey) : undefined;
        if (!number) return <>{children}</>;
        const firstMark = !anchored.has(number);
        anchored.add(number);
        return (
          <>
            {children}
            <sup className="citation">
              <a
                href={`#${referenceAnchor(number)}`}
                id={firstMark ? citationAnchor(number) : undefined}
                aria-label={t('referenceMark', { number })}
              >
                [{number}]
              </a>
            </sup>
          </>
        );
      },
    },
    types: {
      callout: ({ value }) => (
        <aside className={`callout callout--${value.tone}`} aria-label={t(CALLOUT_LABELS[value.tone])}>
          <p>{value.text}</p>
        </aside>
      ),
      // Only shown when the clinic record backs the action: an invitation without a working button misleads.
      ctaBlock: ({ value }) =>
        clinicSupports(clinic, value.action) ? (
          <aside className="cta cta--inline" aria-label={stegaClean(value.heading)}>
            <p className="cta__heading">{value.heading}</p>
            {value.text ? <p className="cta__text">{value.text}</p> : null}
            <ClinicActions clinic={clinic} actions={[value.action]} prominent locale={locale} />
          </aside>
        ) : null,
      image: ({ value }) => <BodyImage value={value} />,
    },
  } satisfies InferStrictComponents<ArticleBodyBlock[]>;

  return (
    <div className="prose">
      <PortableText value={body} components={components} onMissingComponent={false} />
    </div>
  );
}
