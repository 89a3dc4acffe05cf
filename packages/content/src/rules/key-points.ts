// The "key points" summary an article opens with: a few short sentences a reader can take in before the body.
// Health publishers open pages this way; the bounds keep it a summary rather than a second body.

/** Fewest key points an article may have. */
export const KEY_POINTS_MIN = 3;
/** Most key points an article may have. */
export const KEY_POINTS_MAX = 5;
/** Most characters in one key point (after trimming). */
export const KEY_POINT_MAX_LENGTH = 160;
