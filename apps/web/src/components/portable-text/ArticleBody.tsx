import { PortableText, type PortableTextComponents } from '@portabletext/react';
import { stegaClean } from 'next-sanity';
import type { ArticleBodyBlock, ArticleBodyImage, Citation, Clinic } from '@clinic/content';
import { citationAnchor, referenceAnchor } from '../article/ReferenceList.tsx';
import { CallLink } from '../cta/CallLink.tsx';
import { BookingLink, DirectionsLink } from '../cta/links.tsx';
import { BodyImage } from './BodyImage.tsx';
import { referenceNumbers } from './citations.ts';
import { SafeLink } from './SafeLink.tsx';

interface ArticleBodyProps {
  /** Validated by @clinic/content; links and citations are still checked here, so no path skips the guard. */
  body: ArticleBodyBlock[];
  references: Citation[];
  clinic: Clinic | null;
}

type CalloutTone = 'info' | 'warning' | 'crisis';
const CALLOUT_LABELS: Record<CalloutTone, string> = { info: 'Note', warning: 'Important', crisis: 'If you are in crisis' };

/**
 * The article body. Components are built per article because citation marks need the article's reference
 * numbers, and the first mark for each reference gets the anchor its "back" link in the list points to.
 */
export function ArticleBody({ body, references, clinic }: ArticleBodyProps) {
  const numbers = referenceNumbers(references);
  const anchored = new Set<number>();

  const components: PortableTextComponents = {
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
    marks: {
      link: ({ value, children }) => <SafeLink href={(value as { href?: unknown } | undefined)?.href}>{children}</SafeLink>,
      citation: ({ value, children }) => {
        const key = (value as { referenceKey?: unknown } | undefined)?.referenceKey;
        const number = typeof key === 'string' ? numbers.get(key) : undefined;
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
                aria-label={`Reference ${number}`}
              >
                [{number}]
              </a>
            </sup>
          </>
        );
      },
    },
    types: {
      callout: ({ value }) => {
        const { tone, text } = value as { tone?: unknown; text?: unknown };
        if (typeof text !== 'string' || text.trim() === '') return null;
        const safeTone: CalloutTone = tone === 'warning' || tone === 'crisis' ? tone : 'info';
        return (
          <aside className={`callout callout--${safeTone}`} aria-label={CALLOUT_LABELS[safeTone]}>
            <p>{text}</p>
          </aside>
        );
      },
      ctaBlock: ({ value }) => {
        const { heading, text, action } = value as { heading?: unknown; text?: unknown; action?: unknown };
        const button =
          action === 'call' ? (
            <CallLink phone={clinic?.phone ?? null} />
          ) : action === 'book' ? (
            <BookingLink url={clinic?.bookingUrl ?? null} className="button button--primary" />
          ) : action === 'directions' ? (
            <DirectionsLink url={clinic?.directionsUrl ?? null} className="button button--primary" />
          ) : null;
        // Only shown when the clinic record backs the action: an invitation without a working button misleads.
        const target =
          action === 'call' ? clinic?.phone : action === 'book' ? clinic?.bookingUrl : action === 'directions' ? clinic?.directionsUrl : null;
        if (!button || !target) return null;
        return (
          <aside className="cta cta--inline" aria-label={typeof heading === 'string' && heading ? stegaClean(heading) : 'Contact the clinic'}>
            {typeof heading === 'string' && heading ? <p className="cta__heading">{heading}</p> : null}
            {typeof text === 'string' && text ? <p className="cta__text">{text}</p> : null}
            <div className="actions">{button}</div>
          </aside>
        );
      },
      image: ({ value }) => <BodyImage value={value as ArticleBodyImage} />,
    },
  };

  return (
    <div className="prose">
      <PortableText value={body} components={components} onMissingComponent={false} />
    </div>
  );
}
