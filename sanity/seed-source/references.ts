// The sources behind the sample content, from the project's medical evidence notes. A DOI is given only where it
// is certain; otherwise the link is a PubMed search for the exact title, or the agency's own page.
// Each key doubles as the reference's `_key` inside an article, so citations in the body can name it.

export interface Citation {
  _type: 'citation';
  _key: string;
  title: string;
  authors?: string;
  source: string;
  year: number;
  doi?: string;
  url?: string;
  studyType: string;
}

const pubmed = (title: string) => `https://pubmed.ncbi.nlm.nih.gov/?term=${encodeURIComponent(title)}`;

function citation(key: string, fields: Omit<Citation, '_type' | '_key'>): Citation {
  return { _type: 'citation', _key: key, ...fields };
}

export const REFERENCES = {
  asra2018: citation('asra2018', {
    title:
      'Consensus guidelines on the use of intravenous ketamine infusions for chronic pain from the American Society of Regional Anesthesia and Pain Medicine, the American Academy of Pain Medicine, and the American Society of Anesthesiologists',
    authors: 'Cohen SP, Bhatia A, Buvanendran A, et al.',
    source: 'Regional Anesthesia & Pain Medicine 2018;43(5):521-546',
    year: 2018,
    doi: '10.1097/AAP.0000000000000808',
    studyType: 'guideline',
  }),
  cochranePain2025: citation('cochranePain2025', {
    title: 'Cochrane systematic review of ketamine for chronic pain in adults (PMID 40819842)',
    authors: 'Ferraro MC, et al.',
    source: 'Cochrane Database of Systematic Reviews',
    year: 2025,
    url: 'https://pubmed.ncbi.nlm.nih.gov/40819842/',
    studyType: 'systematic-review',
  }),
  orhurhu2019: citation('orhurhu2019', {
    title:
      'Ketamine infusions for chronic pain: a systematic review and meta-analysis of randomized controlled trials',
    authors: 'Orhurhu V, Orhurhu MS, Bhatia A, Cohen SP',
    source: 'Anesthesia & Analgesia 2019;129(1):241-254',
    year: 2019,
    url: pubmed(
      'Ketamine infusions for chronic pain: a systematic review and meta-analysis of randomized controlled trials',
    ),
    studyType: 'systematic-review',
  }),
  noppers2011: citation('noppers2011', {
    title:
      'Absence of long-term analgesic effect from a short-term S-ketamine infusion on fibromyalgia pain: a randomized, prospective, double blind, active placebo-controlled trial',
    authors: 'Noppers I, Niesters M, Swartjes M, et al.',
    source: 'European Journal of Pain 2011;15(9):942-949',
    year: 2011,
    url: pubmed(
      'Absence of long-term analgesic effect from a short-term S-ketamine infusion on fibromyalgia pain',
    ),
    studyType: 'rct',
  }),
  cochraneDepression2021: citation('cochraneDepression2021', {
    title:
      'Ketamine and other glutamate receptor modulators for depression in adults with unipolar major depressive disorder',
    authors: 'Dean RL, Hurducas C, Hawton K, et al.',
    source: 'Cochrane Database of Systematic Reviews 2021, Issue 9, CD011612',
    year: 2021,
    doi: '10.1002/14651858.CD011612.pub3',
    studyType: 'systematic-review',
  }),
  spravatoLabel: citation('spravatoLabel', {
    title: 'SPRAVATO (esketamine) nasal spray: prescribing information, including boxed warning and REMS',
    authors: 'Janssen Pharmaceuticals',
    source: 'US Food and Drug Administration / DailyMed',
    year: 2025,
    url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?labeltype=all&query=SPRAVATO',
    studyType: 'label',
  }),
  mcintyre2021: citation('mcintyre2021', {
    title:
      'Synthesizing the evidence for ketamine and esketamine in treatment-resistant depression: an international expert opinion on the available evidence and implementation',
    authors: 'McIntyre RS, Rosenblat JD, Nemeroff CB, et al.',
    source: 'American Journal of Psychiatry 2021;178(5):383-399',
    year: 2021,
    url: pubmed('Synthesizing the evidence for ketamine and esketamine in treatment-resistant depression'),
    studyType: 'review',
  }),
  anand2023: citation('anand2023', {
    title: 'Ketamine versus ECT for nonpsychotic treatment-resistant major depression',
    authors: 'Anand A, Mathew SJ, Sanacora G, et al.',
    source: 'New England Journal of Medicine 2023;388(25):2315-2325',
    year: 2023,
    doi: '10.1056/NEJMoa2302399',
    studyType: 'rct',
  }),
  wilkinson2018: citation('wilkinson2018', {
    title:
      'The effect of a single dose of intravenous ketamine on suicidal ideation: a systematic review and individual participant data meta-analysis',
    authors: 'Wilkinson ST, Ballard ED, Bloch MH, et al.',
    source: 'American Journal of Psychiatry 2018;175(2):150-158',
    year: 2018,
    url: pubmed('The effect of a single dose of intravenous ketamine on suicidal ideation'),
    studyType: 'systematic-review',
  }),
  zanos2018: citation('zanos2018', {
    title: 'Ketamine and ketamine metabolite pharmacology: insights into therapeutic mechanisms',
    authors: 'Zanos P, Moaddel R, Morris PJ, et al.',
    source: 'Pharmacological Reviews 2018;70(3):621-660',
    year: 2018,
    url: pubmed('Ketamine and ketamine metabolite pharmacology: insights into therapeutic mechanisms'),
    studyType: 'mechanistic',
  }),
  zanosGould2018: citation('zanosGould2018', {
    title: 'Mechanisms of ketamine action as an antidepressant',
    authors: 'Zanos P, Gould TD',
    source: 'Molecular Psychiatry 2018;23(4):801-811',
    year: 2018,
    url: pubmed('Mechanisms of ketamine action as an antidepressant'),
    studyType: 'mechanistic',
  }),
  short2018: citation('short2018', {
    title: 'Side-effects associated with ketamine use in depression: a systematic review',
    authors: 'Short B, Fong J, Galvez V, Shelker W, Loo CK',
    source: 'The Lancet Psychiatry 2018;5(1):65-78',
    year: 2018,
    url: pubmed('Side-effects associated with ketamine use in depression: a systematic review'),
    studyType: 'systematic-review',
  }),
  fdaCompounded2023: citation('fdaCompounded2023', {
    title:
      'FDA warns patients of risks associated with compounded ketamine products, including oral formulations, for the treatment of psychiatric disorders',
    authors: 'US Food and Drug Administration',
    source: 'US Food and Drug Administration (October 2023)',
    year: 2023,
    url: 'https://www.fda.gov/drugs/human-drug-compounding',
    studyType: 'regulatory',
  }),
  dea1999: citation('dea1999', {
    title: 'Schedules of controlled substances: placement of ketamine into Schedule III (64 FR 37673)',
    authors: 'Drug Enforcement Administration, Department of Justice',
    source: 'Federal Register 1999;64:37673',
    year: 1999,
    url: 'https://www.federalregister.gov/citation/64-FR-37673',
    studyType: 'regulatory',
  }),
  anderson2022: citation('anderson2022', {
    title:
      'Ketamine-induced cystitis: a comprehensive review of the urologic effects of this psychoactive drug',
    authors: 'Anderson DJ, Zhou J, Cao D, et al.',
    source: 'Health Psychology Research 2022;10(3)',
    year: 2022,
    url: pubmed(
      'Ketamine-induced cystitis: a comprehensive review of the urologic effects of this psychoactive drug',
    ),
    studyType: 'review',
  }),
  whittaker2021: citation('whittaker2021', {
    title:
      'Systematic review and meta-analysis of randomized controlled trials of ketamine in the treatment of refractory anxiety spectrum disorders',
    authors: 'Whittaker E, Dadabayev AR, Joshi SA, Glue P',
    source: 'Therapeutic Advances in Psychopharmacology 2021;11',
    year: 2021,
    url: pubmed('ketamine in the treatment of refractory anxiety spectrum disorders'),
    studyType: 'systematic-review',
  }),
  hartland2023: citation('hartland2023', {
    title: "A transdiagnostic systematic review and meta-analysis of ketamine's anxiolytic effects",
    authors: 'Hartland H, Mahdavi K, Jelen LA, Strawbridge R, Young AH, Alexander L',
    source: 'Journal of Psychopharmacology 2023;37(8):764-774',
    year: 2023,
    url: pubmed("A transdiagnostic systematic review and meta-analysis of ketamine's anxiolytic effects"),
    studyType: 'systematic-review',
  }),
} satisfies Record<string, Citation>;

export type ReferenceKey = keyof typeof REFERENCES;

export function referencesFor(...keys: ReferenceKey[]): Citation[] {
  return keys.map((key) => REFERENCES[key]);
}
