// Source: hcpost's own list [derived] of diseases, symptoms and cosmetic conditions that health
// marketing claims to cure, reverse or eliminate (FDA, "Health Fraud Scams" [S34]; FDA/FTC COVID-19
// warning letters [S35]), plus common conditions named in public-health statistics (CDC topics).
// Lower-case; each entry matches as whole words, with an optional plural "s".
export const CONDITIONS: readonly string[] = [
  'cancer', 'tumor', 'tumour', 'leukemia', 'lymphoma', 'melanoma', 'carcinoma', 'myeloma', 'sarcoma',
  'diabetes', 'prediabetes', 'type 1 diabetes', 'type 2 diabetes', 'insulin resistance', 'obesity',
  'arthritis', 'osteoarthritis', 'osteoporosis', 'gout', 'fibromyalgia', 'lupus', 'multiple sclerosis',
  'eczema', 'psoriasis', 'acne', 'rosacea', 'wrinkle', 'cellulite', 'hair loss', 'baldness', 'scar',
  'stretch mark', 'dark spot', 'hyperpigmentation', 'melasma', 'wart', 'nail fungus', 'varicose vein',
  'asthma', 'allergy', 'allergies', 'hay fever', 'copd', 'emphysema', 'sleep apnea', 'snoring', 'insomnia',
  'anxiety', 'depression', 'panic attack', 'ptsd', 'ocd', 'adhd', 'autism', 'bipolar disorder',
  'schizophrenia', 'addiction', 'alcoholism', 'dementia', "alzheimer's", 'alzheimers', "parkinson's",
  'epilepsy', 'seizure', 'migraine', 'headache', 'neuropathy', 'tinnitus', 'vertigo', 'sciatica',
  'hangover', 'fatigue', 'chronic fatigue', 'brain fog', 'pain', 'back pain', 'knee pain', 'joint pain', 'chronic pain', 'inflammation',
  'hypertension', 'high blood pressure', 'high cholesterol', 'heart disease', 'heart failure',
  'atherosclerosis', 'stroke', 'heart attack', 'kidney disease', 'kidney stone', 'liver disease',
  'fatty liver', 'cirrhosis', 'hepatitis', 'hepatitis b', 'hepatitis c', 'hiv', 'aids', 'herpes', 'hpv',
  'covid', 'covid-19', 'coronavirus', 'flu', 'influenza', 'cold', 'infection', 'pneumonia', 'tuberculosis',
  'measles', 'lyme disease', 'candida', 'leaky gut', 'ibs', "crohn's", 'colitis', 'celiac disease',
  'acid reflux', 'reflux', 'gerd', 'heartburn', 'ulcer', 'bloating', 'constipation', 'hemorrhoid',
  'thyroid disease', 'hypothyroidism', 'pcos', 'endometriosis', 'infertility', 'erectile dysfunction',
  'incontinence', 'hot flash', 'hot flashes', 'menopause symptoms', 'cataract', 'glaucoma',
  'macular degeneration', 'cavities', 'cavity', 'tooth decay', 'gum disease', 'gingivitis', 'periodontitis',
  'aging', 'ageing', 'gut', 'disease', 'disorder', 'syndrome', 'illness', 'chronic illness', 'autoimmune disease', 'symptom',
];

// Source: [derived] outcome measures and health nouns that make a number a health statistic
// (DOMAIN.md section 2.2: "next to a health noun"); used with CONDITIONS.
export const HEALTH_OUTCOMES: readonly string[] = [
  'risk', 'odds', 'death', 'deaths', 'dying', 'mortality', 'survival', 'survive', 'life expectancy', 'lifespan',
  'hospitalization', 'hospitalisation', 'hospitalized', 'hospitalised', 'illness', 'sick', 'shot', 'hospital stay', 'readmission', 'admission', 'er visit', 'case',
  'complication', 'recurrence', 'relapse', 'remission', 'side effect', 'outcome', 'injury', 'injuries', 'fall',
  'fracture', 'overdose', 'weight', 'body weight', 'pound', 'lbs', 'blood pressure', 'blood sugar', 'glucose',
  'a1c', 'cholesterol', 'ldl', 'bmi', 'immune system', 'immunity', 'metabolism', 'collagen', 'sleep',
  'fertility', 'pregnancy', 'birth', 'ivf', 'vaccine', 'vaccination', 'vaccinated', 'screening', 'smoking',
  'smoker', 'vaping', 'vape', 'drinking', 'alcohol use', 'exercise', 'diet',
  'heart', 'lung', 'liver', 'kidney', 'brain', 'bone', 'joint', 'skin', 'blood', 'retina', 'retinal',
  'teeth', 'tooth', 'gut', 'colon', 'breast', 'prostate', 'cervical',
  'treatment', 'therapy', 'surgery', 'medication', 'medicine', 'drug', 'supplement', 'dose',
  'symptoms', 'health', 'healthy', 'patients', 'eye', 'vision', 'detection', 'diagnosis',
];

// Letters and digits a lexicon word must not touch: ASCII and Latin-1/Extended-A/B, so the pattern needs
// no `u` flag (an `iu` regex compiles several times slower and scans slower).
const LETTER = String.raw`A-Za-z0-9\u00C0-\u024F`;
const SPECIAL = '.*+?^${}()|[]\\/';
const esc = (c: string): string => (c === ' ' ? String.raw`[\s-]+` : c === "'" ? "['’]" : SPECIAL.includes(c) ? `\\${c}` : c);

// The words as a trie ("heart(?: attack| disease| failure)?"): each text position tries one branch per
// first letter instead of every word, about three times faster than a flat alternation. Built over the
// sorted list by index ranges (no substrings): this runs at start-up.
function trie(words: readonly string[], lo: number, hi: number, at: number): string {
  let ends = false;
  const alts: string[] = [];
  for (let i = lo; i < hi;) {
    if (words[i]!.length === at) { ends = true; i++; continue; }
    const c = words[i]![at]!;
    let j = i + 1;
    while (j < hi && words[j]![at] === c) j++;
    alts.push(esc(c) + trie(words, i, j, at + 1));
    i = j;
  }
  if (ends) return alts.length ? `(?:${alts.join('|')})?` : '';
  return alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
}

/**
 * A whole-word alternation of lexicon entries (optional plural "s"), for a regex with the `i` flag and
 * without `u`. Entries are lower case; a space matches spaces or a hyphen, an apostrophe either kind.
 */
export function lexiconPattern(words: readonly string[]): string {
  const sorted = [...new Set(words.map((w) => w.toLowerCase()))].sort();
  return String.raw`\b(?:${trie(sorted, 0, sorted.length, 0)})(?:e?s)?(?![${LETTER}])`;
}
