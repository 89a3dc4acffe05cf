// Lets an editor pick a citation target from the article's own References list instead of typing a `_key`.
import { Select, Text } from '@sanity/ui';
import type { ChangeEvent } from 'react';
import { set, unset, useFormValue, type StringInputProps } from 'sanity';

interface ReferenceItem {
  _key: string;
  title?: string;
  source?: string;
  year?: number;
}

function describe(reference: ReferenceItem): string {
  const year = reference.year && !reference.source?.includes(String(reference.year)) ? reference.year : null;
  const where = [reference.source, year].filter(Boolean).join(', ');
  return `${reference.title ?? 'Untitled reference'}${where ? ` (${where})` : ''}`;
}

export function ReferenceKeyInput({ value, onChange, elementProps, readOnly }: StringInputProps) {
  const references = (useFormValue(['references']) as ReferenceItem[] | undefined) ?? [];
  const handleChange = (event: ChangeEvent<HTMLSelectElement>) => {
    const next = event.currentTarget.value;
    onChange(next ? set(next) : unset());
  };

  if (references.length === 0) {
    return (
      <Text size={1} muted>
        Add the study to the article&apos;s References list first, then choose it here.
      </Text>
    );
  }

  return (
    <Select id={elementProps.id} value={value ?? ''} onChange={handleChange} disabled={readOnly}>
      <option value="">Choose a reference…</option>
      {references.map((reference) => (
        <option key={reference._key} value={reference._key}>
          {describe(reference)}
        </option>
      ))}
    </Select>
  );
}
