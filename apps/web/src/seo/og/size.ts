/** Size of every social card, in pixels (Open Graph's recommended 1.91:1). */
export const SOCIAL_CARD_SIZE = { width: 1200, height: 630 };
