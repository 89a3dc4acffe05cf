// Keeps an editor's caret where they are typing when another person's edit changes the same text field.
//
// The Studio's string and text inputs are controlled React inputs: when a remote edit arrives (two people in one
// field), React writes the merged value into the DOM element, and the browser moves the caret to the end of the
// text by specification. The person's next keystrokes then land at the end, interleaving their words with the
// other person's. The merge itself is right (the lake and both Studios agree on it); only the caret is lost. This
// wrapper notes the caret before React updates the element and puts it back at the same place in the new text.
import { Component, createRef, type ReactNode } from 'react';
import type { InputProps } from 'sanity';
import { mapSelection, type Selection } from './caret.ts';
import { changeFromShownText } from './shownTextPatch.ts';

type TextElement = HTMLInputElement | HTMLTextAreaElement;

interface Snapshot {
  element: TextElement;
  value: string;
  selection: Selection;
}

function focusedTextElement(container: HTMLElement | null): TextElement | null {
  const active = container?.ownerDocument.activeElement;
  if (!container || !active || !container.contains(active)) return null;
  if (active instanceof HTMLTextAreaElement) return active;
  if (active instanceof HTMLInputElement && /^(?:text|search|url|tel|email)$/.test(active.type))
    return active;
  return null;
}

class KeepCaret extends Component<{ children: ReactNode }> {
  readonly #container = createRef<HTMLDivElement>();

  override getSnapshotBeforeUpdate(): Snapshot | null {
    const element = focusedTextElement(this.#container.current);
    if (!element || element.selectionStart === null || element.selectionEnd === null) return null;
    return {
      element,
      value: element.value,
      selection: { start: element.selectionStart, end: element.selectionEnd },
    };
  }

  override componentDidUpdate(_props: unknown, _state: unknown, snapshot: Snapshot | null): void {
    if (!snapshot || snapshot.element.value === snapshot.value) return;
    if (snapshot.element.ownerDocument.activeElement !== snapshot.element) return;
    const { start, end } = mapSelection(snapshot.value, snapshot.element.value, snapshot.selection);
    snapshot.element.setSelectionRange(start, end);
  }

  override render(): ReactNode {
    return (
      <div ref={this.#container} style={{ display: 'contents' }}>
        {this.props.children}
      </div>
    );
  }
}

/**
 * `form.components.input`: wraps every string-valued input (string, text, url, …), keeping the caret in place and
 * sending each keystroke as a change to the text the input showed (./shownTextPatch.ts), so another person's
 * characters that arrived meanwhile are kept; others render as usual.
 */
export function KeepCaretInput(props: InputProps): ReactNode {
  if (props.schemaType.jsonType !== 'string') return props.renderDefault(props);
  const { onChange, value } = props as InputProps & { onChange: (change: never) => void; value?: unknown };
  const onShownTextChange = (change: Parameters<typeof changeFromShownText>[0]) =>
    onChange(changeFromShownText(change, value) as never);
  return (
    <KeepCaret>{props.renderDefault({ ...props, onChange: onShownTextChange } as InputProps)}</KeepCaret>
  );
}
