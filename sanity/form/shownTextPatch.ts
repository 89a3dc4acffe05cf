// What a keystroke in a text field sends: the person's own change to the text they saw, not the whole new value.
//
// The Studio's string and text inputs answer a keystroke with `set(<the element's new value>)`. When another
// person's edit has reached the document but not yet the screen (the next render is a frame away), that value is
// the old text plus the keystroke, and setting it deletes the other person's characters: both screens then agree
// on text with a character missing. Sent instead as a diff-match-patch of the shown text → the new value, the
// change applies to the document as it is now, with the other person's characters kept around it; this is how the
// lake and every Studio merge concurrent text edits (`diffMatchPatch`, https://www.sanity.io/docs/http-reference/mutation).
import { makePatches, stringifyPatches } from '@sanity/diff-match-patch';
import { diffMatchPatch, PatchEvent, type FormPatch } from 'sanity';

/**
 * `patch` as the input sent it, with a whole-value `set` of a string field turned into the `diffMatchPatch` from
 * `shown` (the value the input last rendered) to the new value. Any other patch, a field that showed no text, or
 * a set to the text already shown, is returned unchanged.
 */
export function patchFromShownText(patch: FormPatch, shown: unknown): FormPatch {
  if (patch.type !== 'set' || patch.path.length !== 0) return patch;
  if (typeof patch.value !== 'string' || typeof shown !== 'string' || shown === '' || shown === patch.value)
    return patch;
  return diffMatchPatch(stringifyPatches(makePatches(shown, patch.value)), patch.path);
}

/** The same, for whatever an input hands `onChange`: one patch, a list, or a PatchEvent. */
export function changeFromShownText(
  change: FormPatch | FormPatch[] | PatchEvent,
  shown: unknown,
): FormPatch | FormPatch[] | PatchEvent {
  if (change instanceof PatchEvent)
    return PatchEvent.from(change.patches.map((patch) => patchFromShownText(patch, shown)));
  if (Array.isArray(change)) return change.map((patch) => patchFromShownText(patch, shown));
  return patchFromShownText(change, shown);
}
