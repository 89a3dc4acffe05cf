// The sources behind the sample content, from the project's medical evidence notes. Each one is cited exactly: a DOI
// where one could be confirmed; otherwise the PubMed record (by PMID) or the exact URL of the specific document (the
// label version on DailyMed, the Federal Register page, the FDA notice). Titles are as published.
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

const pubmedRecord = (pmid: number) => `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`;
const dailyMedLabel = (setId: string) => `https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=${setId}`;

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
    title: 'Ketamine and other NMDA receptor antagonists for chronic pain',
    authors: "Ferraro MC, Cashin AG, O'Connell NE, et al.",
    source: 'Cochrane Database of Systematic Reviews (PMID 40819842)',
    year: 2025,
    url: pubmedRecord(40819842),
    studyType: 'systematic-review',
  }),
  orhurhu2019: citation('orhurhu2019', {
    title:
      'Ketamine infusions for chronic pain: a systematic review and meta-analysis of randomized controlled trials',
    authors: 'Orhurhu V, Orhurhu MS, Bhatia A, Cohen SP',
    source: 'Anesthesia & Analgesia 2019;129(1):241-254',
    year: 2019,
    doi: '10.1213/ANE.0000000000004185',
    studyType: 'systematic-review',
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
    title: 'SPRAVATO (esketamine) nasal spray, CIII: full prescribing information',
    authors: 'Janssen Pharmaceuticals, Inc.',
    source: 'DailyMed, US National Library of Medicine (label set d81a6a79-a74a-44b7-822c-0dfa3036eaed)',
    year: 2026,
    url: dailyMedLabel('d81a6a79-a74a-44b7-822c-0dfa3036eaed'),
    studyType: 'label',
  }),
  ketamineInjectionLabel: citation('ketamineInjectionLabel', {
    title:
      'KETAMINE HYDROCHLORIDE injection, for intravenous or intramuscular use, CIII: full prescribing information',
    authors: 'Fresenius Kabi USA, LLC',
    source: 'DailyMed, US National Library of Medicine (label set cc67b0fd-ca73-49f6-b5ca-705dc7331776)',
    year: 2025,
    url: dailyMedLabel('cc67b0fd-ca73-49f6-b5ca-705dc7331776'),
    studyType: 'label',
  }),
  mcintyre2021: citation('mcintyre2021', {
    title:
      'Synthesizing the evidence for ketamine and esketamine in treatment-resistant depression: an international expert opinion on the available evidence and implementation',
    authors: 'McIntyre RS, Rosenblat JD, Nemeroff CB, et al.',
    source: 'American Journal of Psychiatry 2021;178(5):383-399',
    year: 2021,
    doi: '10.1176/appi.ajp.2020.20081251',
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
    doi: '10.1176/appi.ajp.2017.17040472',
    studyType: 'systematic-review',
  }),
  zanos2018: citation('zanos2018', {
    title: 'Ketamine and ketamine metabolite pharmacology: insights into therapeutic mechanisms',
    authors: 'Zanos P, Moaddel R, Morris PJ, et al.',
    source: 'Pharmacological Reviews 2018;70(3):621-660',
    year: 2018,
    doi: '10.1124/pr.117.015198',
    studyType: 'mechanistic',
  }),
  zanosGould2018: citation('zanosGould2018', {
    title: 'Mechanisms of ketamine action as an antidepressant',
    authors: 'Zanos P, Gould TD',
    source: 'Molecular Psychiatry 2018;23(4):801-811',
    year: 2018,
    doi: '10.1038/mp.2017.255',
    studyType: 'mechanistic',
  }),
  short2018: citation('short2018', {
    title: 'Side-effects associated with ketamine use in depression: a systematic review',
    authors: 'Short B, Fong J, Galvez V, Shelker W, Loo CK',
    source: 'The Lancet Psychiatry 2018;5(1):65-78',
    year: 2018,
    doi: '10.1016/S2215-0366(17)30272-9',
    studyType: 'systematic-review',
  }),
  fdaCompounded2023: citation('fdaCompounded2023', {
    title:
      'FDA warns patients and health care providers about potential risks associated with compounded ketamine products, including oral formulations, for the treatment of psychiatric disorders',
    authors: 'US Food and Drug Administration',
    source: 'US Food and Drug Administration, 10 October 2023',
    year: 2023,
    url: 'https://www.fda.gov/drugs/human-drug-compounding/fda-warns-patients-and-health-care-providers-about-potential-risks-associated-compounded-ketamine',
    studyType: 'regulatory',
  }),
  dea1999: citation('dea1999', {
    title: 'Schedules of Controlled Substances: Placement of Ketamine into Schedule III',
    authors: 'Drug Enforcement Administration, Department of Justice',
    source: 'Federal Register 1999;64(133):37673-37675 (FR Doc 99-17803)',
    year: 1999,
    url: 'https://www.govinfo.gov/content/pkg/FR-1999-07-13/html/99-17803.htm',
    studyType: 'regulatory',
  }),
  anderson2022: citation('anderson2022', {
    title:
      'Ketamine-induced cystitis: a comprehensive review of the urologic effects of this psychoactive drug',
    authors: 'Anderson DJ, Zhou J, Cao D, et al.',
    source: 'Health Psychology Research 2022;10(3)',
    year: 2022,
    doi: '10.52965/001c.38247',
    studyType: 'review',
  }),
  whittaker2021: citation('whittaker2021', {
    title:
      'Systematic review and meta-analysis of randomized controlled trials of ketamine in the treatment of refractory anxiety spectrum disorders',
    authors: 'Whittaker E, Dadabayev AR, Joshi SA, Glue P',
    source: 'Therapeutic Advances in Psychopharmacology 2021;11',
    year: 2021,
    doi: '10.1177/20451253211056743',
    studyType: 'systematic-review',
  }),
  hartland2023: citation('hartland2023', {
    title: "A transdiagnostic systematic review and meta-analysis of ketamine's anxiolytic effects",
    authors: 'Hartland H, Mahdavi K, Jelen LA, Strawbridge R, Young AH, Alexander L',
    source: 'Journal of Psychopharmacology 2023;37(8):764-774',
    year: 2023,
    doi: '10.1177/02698811231161627',
    studyType: 'systematic-review',
  }),
  feder2021: citation('feder2021', {
    title:
      'A randomized controlled trial of repeated ketamine administration for chronic posttraumatic stress disorder',
    authors: 'Feder A, et al.',
    source: 'American Journal of Psychiatry 2021',
    year: 2021,
    doi: '10.1176/appi.ajp.2020.20050596',
    studyType: 'rct',
  }),
  abdallah2022: citation('abdallah2022', {
    title:
      'Dose-related effects of ketamine for antidepressant-resistant symptoms of posttraumatic stress disorder in veterans and active duty military: a double-blind, randomized, placebo-controlled multi-center clinical trial',
    authors: 'Abdallah CG, Roache JD, Gueorguieva R, et al.',
    source: 'Neuropsychopharmacology 2022;47(8):1574-1581',
    year: 2022,
    doi: '10.1038/s41386-022-01266-9',
    studyType: 'rct',
  }),
  witt2020: citation('witt2020', {
    title:
      'Ketamine for suicidal ideation in adults with psychiatric disorders: a systematic review and meta-analysis of treatment trials',
    authors: 'Witt K, Potts J, Hubers A, et al.',
    source: 'Australian and New Zealand Journal of Psychiatry 2020 (PMID 31729893)',
    year: 2020,
    url: pubmedRecord(31729893),
    studyType: 'systematic-review',
  }),
  ekstrand2022: citation('ekstrand2022', {
    title:
      'Racemic ketamine as an alternative to electroconvulsive therapy for unipolar depression: a randomized, open-label, non-inferiority trial (KetECT)',
    authors: 'Ekstrand J, et al.',
    source: 'International Journal of Neuropsychopharmacology 2022;25(5):339-349',
    year: 2022,
    doi: '10.1093/ijnp/pyab088',
    studyType: 'rct',
  }),
  rhee2022: citation('rhee2022', {
    title:
      'Efficacy and safety of ketamine vs electroconvulsive therapy among patients with major depressive episode: a systematic review and meta-analysis',
    authors: 'Rhee TG, et al.',
    source: 'JAMA Psychiatry 2022;79(12):1162-1172',
    year: 2022,
    doi: '10.1001/jamapsychiatry.2022.3352',
    studyType: 'systematic-review',
  }),
  dazzi2014: citation('dazzi2014', {
    title: 'Does asking about suicide and related behaviours induce suicidal ideation? What is the evidence?',
    authors: 'Dazzi T, Gribble R, Wessely S, Fear NT',
    source: 'Psychological Medicine 2014;44(16):3361-3363',
    year: 2014,
    doi: '10.1017/S0033291714001299',
    studyType: 'review',
  }),
} satisfies Record<string, Citation>;

export type ReferenceKey = keyof typeof REFERENCES;

export function referencesFor(...keys: ReferenceKey[]): Citation[] {
  return keys.map((key) => REFERENCES[key]);
}
