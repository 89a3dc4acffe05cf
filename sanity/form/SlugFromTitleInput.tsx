// The article slug input: the Studio's own slug input (its Generate button included), plus a slug that fills
// itself from the title while the article is new and the editor has not set a slug (see slugFollowsTitle.ts).
import { useEffect, useRef, type ReactNode } from 'react';
import { getPublishedId, set, unset, useEditState, useFormValue, type SlugInputProps } from 'sanity';
import { slugAfterTitleChange } from './slugFollowsTitle.ts';

export function SlugFromTitleInput(props: SlugInputProps): ReactNode {
  const { onChange, value } = props;
  const title = useFormValue(['title']) as string | undefined;
  const id = useFormValue(['_id']) as string | undefined;
  const type = useFormValue(['_type']) as string | undefined;
  const { published, ready } = useEditState(getPublishedId(id ?? ''), type ?? '');
  const previousTitle = useRef(title);

  useEffect(() => {
    const next = slugAfterTitleChange({
      slug: value?.current,
      previousTitle: previousTitle.current,
      title,
      // Until the published version is known, the slug is treated as published and left alone.
      published: !ready || Boolean(published),
    });
    previousTitle.current = title;
    if (next === null) return;
    onChange(next === '' ? unset() : set({ _type: 'slug', current: next }));
  }, [title, value, published, onChange]);

  return props.renderDefault(props);
}
