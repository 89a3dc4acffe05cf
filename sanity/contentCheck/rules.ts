// The medical-content check: what a medical editor would refuse in any dataset, whoever wrote it. Pure functions
// over published documents, so the same rules run over the sample file, the local lake or a hosted dataset.
import { reviewCutoffDate, todayIsoDate } from '../schemaTypes/shared/dates.ts';
import { referenceProblems, type ReferenceLike } from './exactReference.ts';

export type CheckedDocument = { _id: string; _type: string } & Record<string, unknown>;

export interface Finding {
  level: 'error' | 'warning';
  documentId: string;
  rule: 'banned-claim' | 'contraindications' | 'exact-reference' | 'review-status';
  message: string;
}

/**
 * Claims the evidence contradicts or does not support (the clinic's original marketing text, FTC guidance on
 * health claims, California Bus. & Prof. Code §651 on guarantees). Matched case-insensitively as phrases.
 */
export const BANNED_CLAIMS: readonly string[] = [
  'anti-inflammatory',
  'low risk of tolerance',
  'low risk of dependence',
  'not addictive',
  'non-addictive',
  'no side effects',
  'guaranteed',
  'within minutes',
  'within hours',
  'research shows that',
  'studies show that',
  'research proves',
  'clinically proven',
  'proven to',
  'gaba',
  'opioid receptor',
  'safe and effective',
  'revolutionize',
  'rheumatoid arthritis',
  'miracle',
];

/** Topics whose articles discuss ketamine as a treatment, so they must say who should not have it. */
export const TREATMENT_TOPICS: ReadonlySet<string> = new Set([
  'chronic-pain',
  'crps',
  'depression',
  'suicidal-thoughts',
  'anxiety',
]);

/** Contraindications every treatment article's risk list must name (ASRA 2018; esketamine label sections 4, 8.1, 8.2). */
export const REQUIRED_CONTRAINDICATIONS: readonly { name: string; pattern: RegExp }[] = [
  { name: 'pregnancy', pattern: /pregnan/i },
  { name: 'breastfeeding', pattern: /breast-?feeding|lactation/i },
  { name: 'heart disease or high blood pressure', pattern: /heart|cardiovascular|blood pressure/i },
  {
    name: 'aneurysm or bleeding in the brain',
    pattern: /aneurysm|bleeding in the brain|haemorrhage|hemorrhage/i,
  },
  { name: 'psychotic disorders', pattern: /psychos|psychotic/i },
  { name: 'substance misuse', pattern: /substance/i },
];

/** Wording that presents content as checked by a clinician; untrue while the reviewer is a sample placeholder. */
export const CLINICIAN_REVIEW_CLAIM =
  /\b(medically|clinically|clinician|doctor|physician)[- ]reviewed\b|\breviewed by (a |our |the clinic's )?(clinicians?|doctors?|physicians?|medical (team|experts?|professionals?))\b/i;

interface Person {
  _id: string;
  isSamplePlaceholder?: boolean;
  credentials?: string;
}

/** All human-readable text in a value: strings anywhere in it, except keys, ids, types and links. */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(textOf).join(' ');
  if (value && typeof value === 'object') {
    return Object.entries(value)
      .filter(
        ([key]) => !key.startsWith('_') && !['url', 'href', 'doi', 'slug', 'referenceKey'].includes(key),
      )
      .map(([, child]) => textOf(child))
      .join(' ');
  }
  return '';
}

function references(document: CheckedDocument): (ReferenceLike & { _key?: string })[] {
  return Array.isArray(document.references)
    ? (document.references as (ReferenceLike & { _key?: string })[])
    : [];
}

function refId(value: unknown): string | null {
  return value && typeof value === 'object' && typeof (value as { _ref?: unknown })._ref === 'string'
    ? (value as { _ref: string })._ref
    : null;
}

/** True when the article's reviewer is a real person on record with credentials. */
function hasClinicianReviewer(article: CheckedDocument, people: Map<string, Person>): boolean {
  const id = refId(article.medicalReviewer);
  const reviewer = id ? people.get(id) : undefined;
  return Boolean(reviewer && reviewer.isSamplePlaceholder !== true && reviewer.credentials?.trim());
}

function bannedClaims(document: CheckedDocument): Finding[] {
  const text = textOf(document).toLowerCase();
  return BANNED_CLAIMS.filter((phrase) => text.includes(phrase)).map((phrase) => ({
    level: 'error',
    documentId: document._id,
    rule: 'banned-claim',
    message: `says "${phrase}", a claim the evidence does not support`,
  }));
}

function exactReferences(document: CheckedDocument): Finding[] {
  return references(document).flatMap((reference, index) =>
    referenceProblems(reference).map((problem) => ({
      level: 'error' as const,
      documentId: document._id,
      rule: 'exact-reference' as const,
      message: `reference ${index + 1} (${reference._key ?? 'no key'}) ${problem}`,
    })),
  );
}

function citationsResolve(article: CheckedDocument): Finding[] {
  const keys = new Set(references(article).map((reference) => reference._key));
  const blocks = Array.isArray(article.body) ? (article.body as { markDefs?: unknown[] }[]) : [];
  return blocks
    .flatMap((block) => (Array.isArray(block.markDefs) ? block.markDefs : []))
    .filter((mark): mark is { _type: 'citation'; referenceKey?: string } =>
      Boolean(mark && (mark as { _type?: string })._type === 'citation'),
    )
    .filter((mark) => !keys.has(mark.referenceKey))
    .map((mark) => ({
      level: 'error' as const,
      documentId: article._id,
      rule: 'exact-reference' as const,
      message: `cites "${mark.referenceKey ?? ''}", which is not in its reference list`,
    }));
}

function contraindications(article: CheckedDocument): Finding[] {
  if (!TREATMENT_TOPICS.has(String(article.topic))) return [];
  const risks = textOf(article.risks);
  return REQUIRED_CONTRAINDICATIONS.filter(({ pattern }) => !pattern.test(risks)).map(({ name }) => ({
    level: 'error',
    documentId: article._id,
    rule: 'contraindications',
    message: `treatment article whose risks do not say it is unsuitable with ${name}`,
  }));
}

function reviewStatus(article: CheckedDocument, people: Map<string, Person>, now: Date): Finding[] {
  const findings: Finding[] = [];
  const add = (level: Finding['level'], message: string) =>
    findings.push({ level, documentId: article._id, rule: 'review-status', message });
  const lastReviewed = typeof article.lastReviewed === 'string' ? article.lastReviewed : null;
  if (!refId(article.medicalReviewer)) add('error', 'has no medical reviewer');
  if (!lastReviewed) add('error', 'has no last-reviewed date');
  else if (lastReviewed > todayIsoDate(now))
    add('error', `last-reviewed date ${lastReviewed} is in the future`);
  else if (lastReviewed < reviewCutoffDate(now))
    add('warning', `review overdue: last reviewed ${lastReviewed}`);
  if (!hasClinicianReviewer(article, people) && CLINICIAN_REVIEW_CLAIM.test(textOf(article))) {
    add('error', 'claims clinician review, but its reviewer is a sample placeholder or has no credentials');
  }
  return findings;
}

/** Site-wide texts may only claim clinician review when every article has a real, credentialed reviewer. */
function siteWideReviewClaims(documents: CheckedDocument[], people: Map<string, Person>): Finding[] {
  const articles = documents.filter((document) => document._type === 'article');
  if (articles.every((article) => hasClinicianReviewer(article, people))) return [];
  return documents
    .filter((document) => document._type === 'siteSettings' || document._type === 'benefit')
    .filter((document) => CLINICIAN_REVIEW_CLAIM.test(textOf(document)))
    .map((document) => ({
      level: 'error',
      documentId: document._id,
      rule: 'review-status',
      message: 'claims clinician review, but not every article has a real, credentialed reviewer',
    }));
}

/**
 * Runs every rule over published documents (articles, benefits, people, site settings, clinics; other types are
 * ignored). Returns findings sorted by document id; `error` findings fail the check, `warning` ones are reported.
 */
export function checkContent(documents: CheckedDocument[], now: Date = new Date()): Finding[] {
  const people = new Map(
    documents
      .filter((document) => document._type === 'person')
      .map((person) => [person._id, person as Person]),
  );
  const findings = documents.flatMap((document): Finding[] => {
    switch (document._type) {
      case 'article':
        return [
          ...bannedClaims(document),
          ...exactReferences(document),
          ...citationsResolve(document),
          ...contraindications(document),
          ...reviewStatus(document, people, now),
        ];
      case 'benefit':
        return [...bannedClaims(document), ...exactReferences(document)];
      case 'siteSettings':
      case 'clinic':
        return bannedClaims(document);
      default:
        return [];
    }
  });
  return [...findings, ...siteWideReviewClaims(documents, people)].sort((a, b) =>
    a.documentId.localeCompare(b.documentId),
  );
}
