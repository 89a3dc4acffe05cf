// The medical-content check: what a medical editor would refuse in any dataset, whoever wrote it. Pure functions
// over published documents, so the same rules run over the sample file, the local lake or a hosted dataset.
import { DEFAULT_LANGUAGE, type SiteLanguage } from '@clinic/content/languages';
import {
  clinicalFingerprint,
  FINGERPRINT_PATTERN,
  MEDICAL_APPROVAL_TYPE,
  reviewStatus as approvalStatus,
  type ApprovalRecord,
  type ReviewStatus,
} from '@clinic/content/review';
import { reviewCutoffDate, todayIsoDate } from '../schemaTypes/shared/dates.ts';
import { referenceProblems, type ReferenceLike } from './exactReference.ts';
import { readingLevel } from './readability.ts';
import { SUPPORTED_GRADES } from './supportedGrades.ts';

export type CheckedDocument = { _id: string; _type: string } & Record<string, unknown>;

export interface Finding {
  /** `error` fails the check, `warning` is reported, `info` is a measurement (an article's reading grade). */
  level: 'error' | 'warning' | 'info';
  documentId: string;
  rule:
    | 'banned-claim'
    | 'contraindications'
    | 'exact-reference'
    | 'review-status'
    | 'translation'
    | 'uncited-claim'
    | 'risk-list'
    | 'evidence-grade'
    | 'benefit-article'
    | 'reading-grade';
  message: string;
}

/**
 * Claims the evidence contradicts or does not support (the clinic's original marketing text, FTC guidance on
 * health claims, California Bus. & Prof. Code §651 on guarantees), in every site language. Matched
 * case-insensitively as phrases in every document whatever its language: Spanish documents keep English reference
 * titles, and a phrase left untranslated is as wrong as a translated one.
 */
export const BANNED_CLAIMS_BY_LANGUAGE: Readonly<Record<SiteLanguage, readonly string[]>> = {
  en: [
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
  ],
  es: [
    'antiinflamatori',
    'anti-inflamatori',
    'bajo riesgo de tolerancia',
    'bajo riesgo de dependencia',
    'no es adictiva',
    'no crea adicción',
    'no causa adicción',
    'sin efectos secundarios',
    'garantizad',
    'en minutos',
    'en cuestión de minutos',
    'en cuestión de horas',
    'en pocas horas',
    'la investigación demuestra que',
    'los estudios demuestran que',
    'la investigación prueba',
    'clínicamente probad',
    'clínicamente comprobad',
    'probada para',
    'probado para',
    'receptor opioide',
    'receptores opioides',
    'segura y eficaz',
    'seguro y eficaz',
    'segura y efectiva',
    'revoluciona',
    'milagro',
    'artritis reumatoide',
  ],
};

export const BANNED_CLAIMS: readonly string[] = Object.values(BANNED_CLAIMS_BY_LANGUAGE).flat();

/**
 * Contraindications every article's risk list must name (every article here discusses taking ketamine or
 * esketamine) (ASRA 2018; esketamine label sections 4, 8.1,
 * 8.2), with the wording that names each in every site language.
 */
export const REQUIRED_CONTRAINDICATIONS: readonly {
  name: string;
  pattern: Readonly<Record<SiteLanguage, RegExp>>;
}[] = [
  { name: 'pregnancy', pattern: { en: /pregnan/i, es: /embaraz/i } },
  { name: 'breastfeeding', pattern: { en: /breast-?feeding|lactation/i, es: /amamant|lactancia/i } },
  {
    name: 'heart disease or high blood pressure',
    pattern: {
      en: /heart|cardiovascular|blood pressure/i,
      es: /corazón|cardíac|cardiovascular|presión arterial/i,
    },
  },
  {
    name: 'aneurysm or bleeding in the brain',
    pattern: {
      en: /aneurysm|bleeding in the brain|haemorrhage|hemorrhage/i,
      es: /aneurisma|sangrado en el cerebro|hemorragia/i,
    },
  },
  { name: 'psychotic disorders', pattern: { en: /psychos|psychotic/i, es: /psicosis|psicótic/i } },
  { name: 'substance misuse', pattern: { en: /substance/i, es: /sustancia/i } },
];

/**
 * Risks every article about taking ketamine or esketamine must list besides the contraindications: the serious
 * risks of both US labels (sections 5), the unknown safety of long-term use (Short et al. 2018) and when to call
 * 911 (the esketamine label's emergency signs), with the wording that names each in every site language.
 */
export const REQUIRED_RISKS: readonly { name: string; pattern: Readonly<Record<SiteLanguage, RegExp>> }[] = [
  { name: 'dissociation', pattern: { en: /dissociat|detached/i, es: /disocia|desconectad/i } },
  { name: 'raised blood pressure', pattern: { en: /blood pressure/i, es: /presión arterial/i } },
  { name: 'slowed breathing', pattern: { en: /breath/i, es: /respira/i } },
  { name: 'misuse and dependence', pattern: { en: /misuse|dependence/i, es: /uso indebido|dependencia/i } },
  { name: 'bladder problems', pattern: { en: /bladder/i, es: /vejiga/i } },
  {
    name: 'unknown long-term safety',
    pattern: { en: /long-term use is not known/i, es: /largo plazo es segur/i },
  },
  { name: 'when to get urgent help (911)', pattern: { en: /\b911\b/, es: /\b911\b/ } },
];

/**
 * Words that make a paragraph state an effect or a risk of a treatment, in every site language. Such a paragraph
 * needs a citation of its own, or must be a list continuing a cited paragraph.
 */
export const EFFECT_OR_RISK_WORDS: Readonly<Record<SiteLanguage, RegExp>> = {
  en: /\b(reduc(e|es|ed|ing|tion)|eas(e|es|ed)|improv(e|es|ed|ement)|relie(f|ve|ved|ves)|respond(ed|s)?|response|remission|effective|helped|benefits?|side effects?|causes?|caused|raises?|raised|slow(s|ed)? (your )?breathing|dependence|withdrawal|tolerance|cystitis|damage|dissociation|prevents?|prevented|plants? the idea|induces?)\b/i,
  es: /\b(reduj|reduc|alivi|mejoría|respuesta|respondi|remisión|eficaz|ayudó|beneficio|efectos? secundarios?|causa|aument|respiración lenta|dependencia|abstinencia|tolerancia|cistitis|daño|disociación|previen|prevenir|mete la idea|induc)/i,
};

type Block = {
  _type?: string;
  style?: string;
  listItem?: string;
  markDefs?: { _key?: string; _type?: string }[];
  children?: { text?: unknown; marks?: string[] }[];
};

const blockText = (block: Block) =>
  (block.children ?? []).map((span) => (typeof span.text === 'string' ? span.text : '')).join('');

function hasCitation(block: Block): boolean {
  const citationKeys = new Set(
    (block.markDefs ?? []).filter((mark) => mark._type === 'citation').map((mark) => mark._key),
  );
  return (block.children ?? []).some((span) => (span.marks ?? []).some((mark) => citationKeys.has(mark)));
}

/**
 * Paragraphs and list items that state an effect or a risk without a citation. A list continues the paragraph
 * before it, so its items are covered when that paragraph is cited or any item of the list is; a question (a
 * list item or paragraph ending in "?") states nothing. Callouts and calls to action cannot carry citations and
 * are left to review.
 */
function uncitedClaims(article: CheckedDocument): Finding[] {
  const language = languageOf(article);
  const body = (Array.isArray(article.body) ? (article.body as (Block | null)[]) : []).filter(
    (block): block is Block => Boolean(block) && typeof block === 'object',
  );
  const findings: Finding[] = [];
  let previousCited = false;
  for (let index = 0; index < body.length; index += 1) {
    const block = body[index]!;
    if (block._type !== 'block' || (block.style && !['normal', 'blockquote'].includes(block.style))) {
      previousCited = false;
      continue;
    }
    if (block.listItem) {
      const start = index;
      while (index + 1 < body.length && body[index + 1]!.listItem) index += 1;
      const items = body.slice(start, index + 1);
      if (previousCited || items.some(hasCitation)) continue;
      for (const item of items) {
        const text = blockText(item).trim();
        if (!text.endsWith('?') && EFFECT_OR_RISK_WORDS[language].test(text)) {
          findings.push(uncited(article, text));
        }
      }
      previousCited = false;
      continue;
    }
    const text = blockText(block).trim();
    previousCited = hasCitation(block);
    if (!previousCited && !text.endsWith('?') && EFFECT_OR_RISK_WORDS[language].test(text)) {
      findings.push(uncited(article, text));
    }
  }
  return findings;
}

function uncited(article: CheckedDocument, text: string): Finding {
  const quoted = text.length > 70 ? `${text.slice(0, 70)}…` : text;
  return {
    level: 'error',
    documentId: article._id,
    rule: 'uncited-claim',
    message: `states an effect or a risk without a citation: "${quoted}"`,
  };
}

function requiredRisks(article: CheckedDocument): Finding[] {
  const risks = textOf(article.risks);
  const language = languageOf(article);
  return REQUIRED_RISKS.filter(({ pattern }) => !pattern[language].test(risks)).map(({ name }) => ({
    level: 'error',
    documentId: article._id,
    rule: 'risk-list',
    message: `risk list leaves out ${name}`,
  }));
}

/** Reading grade of every article: reported, and a warning above grade 8. */
function readingGrade(article: CheckedDocument): Finding[] {
  const level = readingLevel(article.body, languageOf(article));
  return [
    {
      level: level.aboveGrade ? 'warning' : 'info',
      documentId: article._id,
      rule: 'reading-grade',
      message: level.aboveGrade ? `reads above grade 8: ${level.summary}` : `reads at ${level.summary}`,
    },
  ];
}

/** Strength of each evidence level a benefit can show; mechanistic and process levels make no efficacy claim. */
const EFFICACY_RANK: Readonly<Record<string, number>> = { low: 1, moderate: 2 };
/** Study types that can support an efficacy level on their own (trials, their reviews, guidelines). */
const EFFICACY_STUDY_TYPES: ReadonlySet<string> = new Set(['rct', 'systematic-review', 'guideline']);

/**
 * A benefit's evidence level is no stronger than what its evidence supports: the grade recorded for it in
 * supportedGrades.ts (from the evidence review in docs/evidence/), looked up by its English version for a
 * translation; an efficacy level (low, moderate) needs a trial, a review of trials or a guideline among its
 * references. A benefit with no recorded grade is reported for review.
 */
function evidenceGrades(documents: CheckedDocument[]): Finding[] {
  const englishOf = englishVersions(documents);
  return documents
    .filter((document) => document._type === 'benefit')
    .flatMap((benefit): Finding[] => {
      const findings: Finding[] = [];
      const add = (level: Finding['level'], message: string) =>
        findings.push({ level, documentId: benefit._id, rule: 'evidence-grade', message });
      const level = String(benefit.evidenceLevel);
      const supported = SUPPORTED_GRADES[englishOf.get(benefit._id) ?? benefit._id];
      if (!supported) add('warning', 'has no supported grade recorded in the evidence review');
      else if (
        EFFICACY_RANK[level] !== undefined && EFFICACY_RANK[supported.grade] !== undefined
          ? EFFICACY_RANK[level] > EFFICACY_RANK[supported.grade]!
          : level !== supported.grade
      ) {
        add(
          'error',
          `shows evidence level "${level}", but its evidence supports "${supported.grade}" (${supported.basis})`,
        );
      }
      if (
        EFFICACY_RANK[level] !== undefined &&
        !references(benefit).some((reference) => EFFICACY_STUDY_TYPES.has(String(reference.studyType)))
      ) {
        add(
          'error',
          `shows efficacy level "${level}" without a trial, review of trials or guideline among its references`,
        );
      }
      return findings;
    });
}

/** English document id of every translation, from the translation metadata. */
function englishVersions(documents: CheckedDocument[]): Map<string, string> {
  const byId = new Map(documents.map((document) => [document._id, document]));
  const englishOf = new Map<string, string>();
  for (const metadata of documents.filter((document) => document._type === 'translation.metadata')) {
    const versions = (
      Array.isArray(metadata.translations) ? (metadata.translations as { value?: unknown }[]) : []
    )
      .map((entry) => byId.get(refId(entry.value) ?? ''))
      .filter((version): version is CheckedDocument => version !== undefined);
    const english = versions.find((version) => languageOf(version) === DEFAULT_LANGUAGE);
    for (const version of versions)
      if (english && version !== english) englishOf.set(version._id, english._id);
  }
  return englishOf;
}

/**
 * Every benefit links an article in its own language, where its reader finds the risks: a link to an article in
 * another language (or to none that exists) is an error; no link at all is a warning while translations are
 * being written.
 */
function benefitArticles(documents: CheckedDocument[]): Finding[] {
  const byId = new Map(documents.map((document) => [document._id, document]));
  return documents
    .filter((document) => document._type === 'benefit')
    .flatMap((benefit): Finding[] => {
      const id = refId(benefit.article);
      const language = languageOf(benefit);
      const finding = (level: Finding['level'], message: string): Finding[] => [
        { level, documentId: benefit._id, rule: 'benefit-article', message },
      ];
      if (!id)
        return finding(
          'warning',
          `links no article in its language (${language}), so its risks are not one click away`,
        );
      const article = byId.get(id);
      if (!article || article._type !== 'article')
        return finding('error', `links ${id}, which is not a published article`);
      if (languageOf(article) !== language) {
        return finding(
          'error',
          `links ${id}, an article in ${languageOf(article)}, not in the benefit's language (${language})`,
        );
      }
      return [];
    });
}

/** A document's language: its `language` field, English for documents from before translations. */
export function languageOf(document: CheckedDocument): SiteLanguage {
  return document.language === 'es' ? 'es' : DEFAULT_LANGUAGE;
}

/**
 * Wording that presents content as checked by a clinician, in every site language; untrue while the reviewer is a
 * sample placeholder.
 */
export const CLINICIAN_REVIEW_CLAIM =
  /\b(medically|clinically|clinician|doctor|physician)[- ]reviewed\b|\breviewed by (a |our |the clinic's )?(clinicians?|doctors?|physicians?|medical (team|experts?|professionals?))\b|revisad[oa]s? (médica|clínica)mente|revisad[oa]s? por (un |una |el |la |los |las |nuestr[oa]s? )?(médic[oa]s?|doctor(es|as?)?|clínic[oa]s?|profesionales de la salud|equipo médico)/i;

interface Person {
  _id: string;
  name: string;
  isSamplePlaceholder?: boolean;
  credentials?: string;
  studioUserId?: string;
}

type Approval = CheckedDocument & ApprovalRecord & { document?: { _ref?: string }; userId?: unknown; reason?: unknown };

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

function references(document: CheckedDocument): (ReferenceLike & { _key?: string; studyType?: string })[] {
  return Array.isArray(document.references)
    ? (document.references as (ReferenceLike & { _key?: string; studyType?: string })[])
    : [];
}

function refId(value: unknown): string | null {
  return value && typeof value === 'object' && typeof (value as { _ref?: unknown })._ref === 'string'
    ? (value as { _ref: string })._ref
    : null;
}

/** The approval records of each document, by the document's (published) id. */
function approvalsByDocument(documents: CheckedDocument[]): Map<string, Approval[]> {
  const byDocument = new Map<string, Approval[]>();
  for (const document of documents) {
    if (document._type !== MEDICAL_APPROVAL_TYPE) continue;
    const id = refId(document.document) ?? '';
    byDocument.set(id, [...(byDocument.get(id) ?? []), document as Approval]);
  }
  return byDocument;
}

/**
 * What the site says of the article's review: the same function, fingerprint and rule the site and the Studio use
 * (@clinic/content/review), over the same published documents.
 */
function articleReview(article: CheckedDocument, approvals: Approval[], people: Map<string, Person>): ReviewStatus {
  return approvalStatus({ fingerprint: clinicalFingerprint(article), approvals, people });
}

/**
 * Whether `text` holds `phrase` starting at the start of a word. A phrase may be a word stem ("garantizad" finds
 * "garantizado"), but it is never matched inside a longer word: "probado para" is a claim, "aprobado para" (an
 * approval, which the label documents) is not.
 */
export function saysPhrase(text: string, phrase: string): boolean {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}`, 'iu').test(text);
}

function bannedClaims(document: CheckedDocument): Finding[] {
  const text = textOf(document);
  return BANNED_CLAIMS.filter((phrase) => saysPhrase(text, phrase)).map((phrase) => ({
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
  const risks = textOf(article.risks);
  const language = languageOf(article);
  return REQUIRED_CONTRAINDICATIONS.filter(({ pattern }) => !pattern[language].test(risks)).map(
    ({ name }) => ({
      level: 'error',
      documentId: article._id,
      rule: 'contraindications',
      message: `treatment article whose risks do not say it is unsuitable with ${name}`,
    }),
  );
}

/**
 * The review of an article, from its approval records only: whether a clinician approved the published text
 * (and when, for the 12-month cycle), and whether any of its own words claim a review nobody made.
 */
function reviewFindings(
  article: CheckedDocument,
  approvals: Approval[],
  people: Map<string, Person>,
  now: Date,
): Finding[] {
  const findings: Finding[] = [];
  const add = (level: Finding['level'], message: string) =>
    findings.push({ level, documentId: article._id, rule: 'review-status', message });
  if (!refId(article.medicalReviewer)) add('error', 'has no medical reviewer');
  const status = articleReview(article, approvals, people);
  const newest = approvals
    .filter((approval) => approval.kind === 'approval' && typeof approval.at === 'string')
    .map((approval) => approval.at)
    .sort()
    .at(-1);
  if (!newest) add('warning', 'no medical approval is recorded');
  else if (newest.slice(0, 10) < reviewCutoffDate(now)) add('warning', `review overdue: last approved ${newest.slice(0, 10)}`);
  if (status.state === 'changedSinceReview') {
    add('warning', `changed since its medical approval of ${status.approvedAt.slice(0, 10)}; the site says so`);
  }
  if (status.state !== 'reviewed' && CLINICIAN_REVIEW_CLAIM.test(textOf(article))) {
    add('error', 'claims clinician review, but no real clinician approved its published text');
  }
  return findings;
}

/**
 * The approval records themselves: each names a document, a person, a time that has passed and a fingerprint; a
 * statement of no clinical change names the approved content and gives its reason; an approval by a real person
 * was made by that person's own Studio login. A record that breaks one of these would make the site claim a
 * review no clinician made.
 */
function approvalRecordFindings(approval: Approval, people: Map<string, Person>, now: Date): Finding[] {
  const problems: string[] = [];
  if (!refId(approval.document)) problems.push('names no document');
  const personId = refId(approval.person);
  const person = personId ? people.get(personId) : undefined;
  if (!person) problems.push('names no person on record');
  if (approval.kind !== 'approval' && approval.kind !== 'nonClinicalChange') problems.push(`has unknown kind "${String(approval.kind)}"`);
  if (typeof approval.at !== 'string' || Number.isNaN(Date.parse(approval.at))) problems.push('has no time');
  else if (Date.parse(approval.at) > now.getTime()) problems.push(`is dated in the future (${approval.at})`);
  if (typeof approval.clinicalFingerprint !== 'string' || !FINGERPRINT_PATTERN.test(approval.clinicalFingerprint)) {
    problems.push('has no clinical fingerprint');
  }
  if (approval.kind === 'nonClinicalChange') {
    if (typeof approval.approvedFingerprint !== 'string' || !FINGERPRINT_PATTERN.test(approval.approvedFingerprint)) {
      problems.push('states no clinical change without naming the approved content');
    }
    if (typeof approval.reason !== 'string' || !approval.reason.trim()) problems.push('states no clinical change without a reason');
  }
  if (approval.kind === 'approval' && person && person.isSamplePlaceholder !== true && approval.userId !== person.studioUserId) {
    problems.push(`was not made by ${person.name}'s own Studio login`);
  }
  return problems.map((message) => ({ level: 'error', documentId: approval._id, rule: 'review-status', message }));
}

/** Site-wide texts may only claim clinician review when a real clinician approved every article as published. */
function siteWideReviewClaims(
  documents: CheckedDocument[],
  approvals: Map<string, Approval[]>,
  people: Map<string, Person>,
): Finding[] {
  const articles = documents.filter((document) => document._type === 'article');
  if (articles.every((article) => articleReview(article, approvals.get(article._id) ?? [], people).state === 'reviewed')) {
    return [];
  }
  return documents
    .filter((document) => document._type === 'siteSettings' || document._type === 'benefit')
    .filter((document) => CLINICIAN_REVIEW_CLAIM.test(textOf(document)))
    .map((document) => ({
      level: 'error',
      documentId: document._id,
      rule: 'review-status',
      message: 'claims clinician review, but not every article is approved as published by a real clinician',
    }));
}

/** Emergency and help-line numbers a text gives (988, 911, 1-800 lines): a translation must give every one. */
const HELP_LINE_NUMBER = /\b(988|911|1-8\d\d-\d{3}-\d{4})\b/g;
const helpLineNumbers = (document: CheckedDocument) =>
  new Set(textOf(document).match(HELP_LINE_NUMBER) ?? []);
const crisisCallouts = (document: CheckedDocument) =>
  (Array.isArray(document.body) ? (document.body as { _type?: string; tone?: string }[]) : []).filter(
    (item) => item._type === 'callout' && item.tone === 'crisis',
  ).length;
const referenceKeys = (document: CheckedDocument) =>
  references(document)
    .map((reference) => reference._key ?? '')
    .sort()
    .join(', ');

const TRANSLATED_TYPES: ReadonlySet<string> = new Set(['article', 'benefit', 'siteSettings']);

/**
 * A translation is published only once checked: an article translation needs an approval of its own; a benefit
 * or site settings translation its translation reviewer and a past review date, as the Studio requires.
 */
function translationReview(document: CheckedDocument, approvals: Approval[], now: Date): Finding[] {
  if (!TRANSLATED_TYPES.has(document._type) || languageOf(document) === DEFAULT_LANGUAGE) return [];
  const findings: Finding[] = [];
  const add = (message: string) =>
    findings.push({ level: 'error', documentId: document._id, rule: 'translation', message });
  if (document._type === 'article') {
    if (!approvals.some((approval) => approval.kind === 'approval')) add('is a translation nobody has approved');
    return findings;
  }
  const reviewed = typeof document.translationReviewed === 'string' ? document.translationReviewed : null;
  if (!refId(document.translationReviewer)) add('is a translation without a translation reviewer');
  if (!reviewed) add('is a translation without a translation review date');
  else if (reviewed > todayIsoDate(now)) add(`translation review date ${reviewed} is in the future`);
  return findings;
}

/**
 * A translation says what its English version says, no more and no less: the same references and medical
 * reviewer, the same evidence level, every crisis callout and help-line number, the crisis notice wherever the
 * English shows it. A translation approved against English content that has changed since (its newest approval's
 * `sourceFingerprint`) is reported for a new check. Versions are paired by the `translation.metadata` documents.
 */
function translationFidelity(documents: CheckedDocument[], approvals: Map<string, Approval[]>): Finding[] {
  const byId = new Map(documents.map((document) => [document._id, document]));
  return documents
    .filter((document) => document._type === 'translation.metadata' && Array.isArray(document.translations))
    .flatMap((metadata) => {
      const versions = (metadata.translations as { value?: unknown }[])
        .map((entry) => byId.get(refId(entry.value) ?? ''))
        .filter((version): version is CheckedDocument => version !== undefined);
      const english = versions.find((version) => languageOf(version) === DEFAULT_LANGUAGE);
      if (!english) return [];
      return versions
        .filter((version) => version !== english)
        .flatMap((translation): Finding[] => {
          const problems: { level: Finding['level']; message: string }[] = [];
          const error = (message: string) => problems.push({ level: 'error', message });
          if (referenceKeys(translation) !== referenceKeys(english)) {
            error(
              `cites [${referenceKeys(translation)}], but its English version cites [${referenceKeys(english)}]`,
            );
          }
          if (
            translation._type === 'article' &&
            refId(translation.medicalReviewer) !== refId(english.medicalReviewer)
          ) {
            error('has a different medical reviewer from its English version');
          }
          if (translation.evidenceLevel !== english.evidenceLevel) {
            error(
              `gives evidence level "${String(translation.evidenceLevel)}", its English version "${String(english.evidenceLevel)}"`,
            );
          }
          if (english.showCrisisNotice === true && translation.showCrisisNotice !== true) {
            error('hides the crisis notice its English version shows');
          }
          if (crisisCallouts(translation) < crisisCallouts(english)) {
            error('leaves out a crisis callout its English version has');
          }
          const numbers = helpLineNumbers(translation);
          for (const number of helpLineNumbers(english)) {
            if (!numbers.has(number)) error(`leaves out ${number}, which its English version gives`);
          }
          const source = (approvals.get(translation._id) ?? [])
            .filter((approval) => approval.kind === 'approval' && typeof approval.at === 'string')
            .sort((a, b) => a.at.localeCompare(b.at))
            .at(-1)?.sourceFingerprint;
          if (translation._type === 'article' && typeof source === 'string' && source !== clinicalFingerprint(english)) {
            problems.push({
              level: 'warning',
              message: 'its English source changed clinically since the translation was approved; check the translation against it and approve it again',
            });
          }
          return problems.map(({ level, message }) => ({
            level,
            documentId: translation._id,
            rule: 'translation',
            message,
          }));
        });
    });
}

/**
 * Runs every rule over published documents (articles, benefits, people, site settings, clinics, medical
 * approvals, and the translation metadata that pairs translations; other types are ignored). Returns findings
 * sorted by document id; `error` findings fail the check, `warning` ones are reported, `info` ones are
 * measurements (reading grades).
 */
export function checkContent(documents: CheckedDocument[], now: Date = new Date()): Finding[] {
  const people = new Map(
    documents
      .filter((document) => document._type === 'person')
      .map((person) => [person._id, person as unknown as Person]),
  );
  const approvals = approvalsByDocument(documents);
  const findings = documents.flatMap((document): Finding[] => [
    ...translationReview(document, approvals.get(document._id) ?? [], now),
    ...documentFindings(document, approvals.get(document._id) ?? [], people, now),
  ]);
  return [
    ...findings,
    ...siteWideReviewClaims(documents, approvals, people),
    ...translationFidelity(documents, approvals),
    ...evidenceGrades(documents),
    ...benefitArticles(documents),
  ].sort((a, b) => a.documentId.localeCompare(b.documentId));
}

function documentFindings(
  document: CheckedDocument,
  approvals: Approval[],
  people: Map<string, Person>,
  now: Date,
): Finding[] {
  {
    switch (document._type) {
      case 'article':
        return [
          ...bannedClaims(document),
          ...exactReferences(document),
          ...citationsResolve(document),
          ...contraindications(document),
          ...reviewFindings(document, approvals, people, now),
          ...requiredRisks(document),
          ...uncitedClaims(document),
          ...readingGrade(document),
        ];
      case MEDICAL_APPROVAL_TYPE:
        return approvalRecordFindings(document as Approval, people, now);
      case 'benefit':
        return [...bannedClaims(document), ...exactReferences(document)];
      case 'siteSettings':
      case 'clinic':
        return bannedClaims(document);
      default:
        return [];
    }
  }
}
