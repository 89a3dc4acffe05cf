// Malformed CMS content never crashes a page: the invalid part is left out and reported here, so whoever runs the
// site sees which document to fix and where. The site can route these reports into its own logging.

/** One part of a query result that failed validation and was left out. */
export type DroppedContent = {
  /** What was being read: "article", "clinic", "home", ... */
  type: string;
  /** `_id` of the nearest document that holds the invalid value, or null when it has none. */
  id: string | null;
  /** Where the invalid value sits in the query result, e.g. "references[2].url" or "clinic.phone". */
  path: string;
  /** Why it was rejected. */
  message: string;
  /** "part": only that value was dropped and the rest kept; "document": the whole item was left out. */
  dropped: 'part' | 'document';
};

export type ContentLogger = (event: DroppedContent) => void;

export function formatDroppedContent(event: DroppedContent): string {
  const where = event.path === '' ? '(root)' : event.path;
  return `[content] dropped invalid ${event.type} ${event.id ?? '(no _id)'} at ${where}: ${event.message}`;
}

export const consoleContentLogger: ContentLogger = (event) => {
  console.warn(formatDroppedContent(event));
};

let activeLogger: ContentLogger = consoleContentLogger;

/** Routes reports of dropped content to `logger`; pass null to go back to console.warn. */
export function setContentLogger(logger: ContentLogger | null): void {
  activeLogger = logger ?? consoleContentLogger;
}

export function reportDroppedContent(event: DroppedContent): void {
  activeLogger(event);
}
