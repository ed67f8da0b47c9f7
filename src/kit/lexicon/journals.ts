// Source: [derived] titles of widely cited medical journals as the NLM Catalog lists them;
// MedlinePlus names professional journals such as JAMA and NEJM as the basis of good health
// information [S53]. A journal name counts as a source only together with a year (LABELING.md
// "named journal + year").

/** Titles that name a journal on their own (regex fragments, case-sensitive, capitalised as published). */
export const JOURNAL_TITLES: readonly string[] = [
  String.raw`(?:The\s+)?New\s+England\s+Journal\s+of\s+Medicine`,
  String.raw`NEJM`, String.raw`BMJ(?:\s+Open)?`, String.raw`CMAJ`, String.raw`PNAS`, String.raw`MMWR`, String.raw`JNCI`,
  String.raw`JAMA(?:\s+(?:Network\s+Open|Internal\s+Medicine|Pediatrics|Oncology|Cardiology|Neurology|Psychiatry|Dermatology|Surgery|Ophthalmology|Health\s+Forum))?`,
  String.raw`(?:The\s+)?Lancet(?:\s+(?:Public\s+Health|Oncology|Neurology|Psychiatry|Infectious\s+Diseases|Diabetes\s+(?:&|and)\s+Endocrinology|Global\s+Health|Respiratory\s+Medicine|Child\s+(?:&|and)\s+Adolescent\s+Health|Digital\s+Health|Healthy\s+Longevity|Gastroenterology\s+(?:&|and)\s+Hepatology|HIV|Haematology|Rheumatology|Planetary\s+Health|Regional\s+Health))?`,
  String.raw`PLo[Ss]\s+(?:ONE|One|Medicine|Biology|Global\s+Public\s+Health)`,
  String.raw`Cochrane\s+(?:Database\s+of\s+Systematic\s+Reviews|Review|Library)`,
  String.raw`Morbidity\s+and\s+Mortality\s+Weekly\s+Report`,
  String.raw`Annals\s+of\s+(?:Internal\s+Medicine|Family\s+Medicine|Oncology|Surgery|Emergency\s+Medicine|Epidemiology|the\s+Rheumatic\s+Diseases)`,
  String.raw`Diabetes\s+Care`, String.raw`Obstetrics\s+(?:&|and)\s+Gynecology`, String.raw`Nature\s+(?:Medicine|Communications|Reviews\s+[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF]+)`,
  // "Journal of Clinical Oncology", "The American Journal of Clinical Nutrition", "British Journal of Dermatology".
  String.raw`(?:The\s+)?(?:(?:American|British|European|International|Canadian|Australian|Scandinavian|Asian|Clinical)\s+)?Journal\s+of\s+(?:the\s+)?[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F-]*(?:\s+(?:(?:of|and|&|for|in|the)\s+)?[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F-]*){0,5}`,
  String.raw`[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF]+(?:\s+[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF]+)?\s+Journal\s+of\s+[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F-]*(?:\s+(?:(?:of|and|&)\s+)?[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F-]*){0,4}`,
  String.raw`(?:American|British)\s+Medical\s+Journal`,
];

/**
 * One-word journal titles that are also ordinary words ("Stroke", "Science", "Cancer"): they
 * count only as "published in X", "in the journal X" or a parenthetical "(X, 2021)".
 */
export const AMBIGUOUS_JOURNALS: readonly string[] = [
  'Pediatrics', 'Circulation', 'Neurology', 'Gastroenterology', 'Radiology', 'Hypertension', 'Stroke',
  'Cancer', 'Blood', 'Gut', 'Chest', 'Thorax', 'Diabetologia', 'Obesity', 'Nature', 'Science', 'Cell',
  'Sleep', 'Hepatology', 'Rheumatology', 'Dermatology', 'Ophthalmology', 'Epidemiology', 'Lancet',
];
