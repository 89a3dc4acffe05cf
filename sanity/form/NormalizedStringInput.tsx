// A string input that stores the canonical form of what an editor types: the Studio's own string input, whose
// changes pass through a normalizer from @clinic/content/rules (phone → E.164, "9:00" → "09:00", a doi.org link →
// the bare DOI) before they are saved. A value the normalizer does not recognise is saved as typed, so the field's
// validation can say what is wrong with it; the zod contract uses the same normalizers where it accepts typed
// forms, so what the Studio saves is what the site reads.
import { useCallback, type FormEvent, type ReactNode } from 'react';
import { set, unset, type StringInputProps } from 'sanity';

/** `components.input` for a string field whose value `normalize` (typed text → stored text, idempotent) settles. */
export function normalizedStringInput(normalize: (typed: string) => string) {
  return function NormalizedStringInput(props: StringInputProps): ReactNode {
    const { onChange } = props;
    const handleChange = useCallback(
      (event: FormEvent<HTMLInputElement>) => {
        const typed = event.currentTarget.value;
        // An emptied field is unset, as the Studio's own string input does.
        onChange(typed === '' ? unset() : set(normalize(typed)));
      },
      [onChange],
    );
    return props.renderDefault({ ...props, elementProps: { ...props.elementProps, onChange: handleChange } });
  };
}
