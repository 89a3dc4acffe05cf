import { Fragment } from 'react';
import type { HighlightSegment } from '@clinic/content';

/** Text with the searched words in <mark>; every segment is rendered as text, so content is never HTML. */
export function Highlighted({ segments }: { segments: HighlightSegment[] }) {
  return segments.map((segment, index) =>
    segment.match ? <mark key={index}>{segment.text}</mark> : <Fragment key={index}>{segment.text}</Fragment>,
  );
}
