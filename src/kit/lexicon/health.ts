// Health and care vocabulary of healthcare social posts. Lower-case.
// A word list entry matches a token when the token equals it; a stem (>= 5 letters) matches a
// token that starts with it; an entry with a space matches consecutive tokens.

// Source: DOMAIN.md 1.6 "patient/care vocabulary" [derived]: care events in patient stories.
export const CARE_EVENT_STEMS: readonly string[] = [
  'admitted', 'discharg', 'diagnos', 'recover', 'recuperat', 'hospitaliz', 'hospitalis',
  'treated', 'treating', 'treatment', 'surger', 'surgical', 'post-op', 'postop', 'pre-op',
  'rehab', 'chemo', 'radiation', 'infusion', 'dialysis', 'transplant', 'transfus', 'biopsy', 'biopsies',
  'intubat', 'ventilat', 'sedation', 'sedated', 'resuscitat', 'prognos', 'relapse', 'remission',
  'survivor', 'terminal', 'palliative', 'hospice', 'inpatient', 'outpatient', 'all-clear',
  'stitches', 'crutches', 'wheelchair', 'pacemaker', 'defibrillat', 'catheter', 'prosthe', 'amputat',
  'mammogra', 'ultrasound', 'sonogram', 'x-ray', 'xrays', 'x-rays', 'colonoscop', 'endoscop',
  // Lines, tubes and drains a patient has in (bedside nursing vocabulary).
  'chest tube', 'feeding tube', 'breathing tube', 'ng tube', 'g-tube', 'j-tube', 'picc', 'central line',
  'iv line', 'art line', 'foley', 'trach', 'tracheostomy', 'ostomy', 'telemetry', 'on oxygen',
];

// Source: DOMAIN.md 1.6 "procedure/condition names" [derived]: common conditions named in posts.
export const CONDITION_STEMS: readonly string[] = [
  'cancer', 'tumor', 'tumour', 'leukemi', 'leukaemi', 'lymphoma', 'melanoma', 'carcinoma', 'sarcoma',
  'myeloma', 'glioma', 'stroke', 'diabet', 'hypertens', 'asthma', 'copd', 'pneumonia', 'sepsis', 'septic',
  'covid', 'influenza', 'infection', 'fracture', 'injur', 'concussion', 'seizure', 'epilep', 'dementia',
  'alzheimer', 'parkinson', 'autism', 'autistic', 'adhd', 'depression', 'anxiety', 'bipolar', 'schizophren',
  'psychos', 'psychotic', 'overdose', 'addiction', 'opioid', 'withdrawal', 'suicid', 'pregnan', 'miscarriage',
  'stillbirth', 'preemie', 'premature', 'infertil', 'fertility', 'arthritis', 'lupus', 'crohn', 'colitis',
  'celiac', 'kidney', 'hepatitis', 'glaucoma', 'cataract', 'retina', 'macular', 'thyroid', 'anemia',
  'anaemia', 'sickle', 'fibrosis', 'sclerosis', 'syndrome', 'disorder', 'disease', 'illness', 'condition',
  'symptom', 'chronic', 'allerg', 'migraine', 'fever', 'sprain', 'heart attack', 'cardiac', 'heart failure',
  'blood pressure', 'broken arm', 'broken leg', 'broken wrist', 'broken ankle', 'broken hip', 'broken bone',
  'broken nose', 'broken foot', 'bypass', 'hip replacement', 'knee replacement', 'appendectomy', 'rhinoplasty',
  'veneer', 'root canal', 'wisdom teeth', 'wisdom tooth', 'hearing aid', 'insulin', 'metformin', 'statin',
  'antibiotic', 'prescri', 'refill', 'medication', 'dosage', 'detox', 'sobriety', 'psychiatr', 'geriatr',
  'psoria', 'eczema', 'acne', 'rosacea', 'vitiligo', 'shingles', 'hives', 'ankyloglossia', 'scoliosis',
];

// Source: [derived] short clinical words and abbreviations; these match whole tokens only.
export const HEALTH_WORDS: readonly string[] = [
  'ivf', 'icu', 'nicu', 'picu', 'er', 'ed', 'chf', 'afib', 'uti', 'tb', 'hiv', 'aids', 'std', 'sti', 'acl',
  'mri', 'ekg', 'ecg', 'eeg', 'iv', 'rx', 'meds', 'dose', 'doses', 'pills', 'crown', 'crowns', 'filling',
  'fillings', 'extraction', 'implant', 'implants', 'braces', 'aligner', 'aligners', 'denture', 'dentures',
  'cavity', 'cavities', 'birth', 'born', 'births', 'labor', 'labour', 'newborn', 'ward', 'flu', 'rash',
  'sober', 'admission', 'operation', 'post-op', 'stent', 'tongue-tie', 'lip-tie', 'frenectomy', 'tonsils',
];

// Source: [derived] weak care words: they mark care only together with another cue.
export const WEAK_CARE_WORDS: readonly string[] = [
  'visit', 'visits', 'appointment', 'appointments', 'appt', 'checkup', 'check-up', 'cleaning', 'care',
  'session', 'sessions', 'stay', 'results', 'healing', 'unit', 'floor', 'room', 'bed', 'broken', 'came in with',
  'hospital', 'clinic', 'therapy', 'procedure', 'test', 'tests', 'screening', 'shot', 'vaccine', 'pain',
  'exam', 'scan', 'labs', 'cast', 'delivered', 'teeth', 'tooth', 'heal', 'heals', 'get well', 'feel better',
];

// Source: [derived] abbreviations that are care words only when written in capitals ("ER", not "er").
export const CAPS_ONLY_WORDS: readonly string[] = ['er', 'ed', 'iv', 'tb', 'acl', 'std', 'sti', 'aids'];

// Source: [derived] clinical word endings (-itis, -ectomy, -plasty ...); exceptions are everyday words.
export const HEALTH_SUFFIXES: readonly string[] = [
  'itis', 'ectomy', 'otomy', 'ostomy', 'plasty', 'oscopy', 'osis', 'emia', 'pathy', 'cillin', 'mycin',
  'oxacin', 'prazole', 'sartan', 'olol', 'glutide',
];
export const HEALTH_SUFFIX_EXCEPTIONS: readonly string[] = [
  'academia', 'empathy', 'sympathy', 'apathy', 'telepathy', 'osmosis', 'diagnosis',
];

// Source: DOMAIN.md 1.6 ("our patient", "survivor") [derived]: words naming someone as a patient.
// "Pt" and "pts" are charting shorthand for patient(s); capitalised "PT" is a physical therapist.
export const PATIENT_NOUNS: readonly string[] = ['patient', "patient's", 'inpatient', 'outpatient', 'pt'];
export const PATIENT_PLURALS: readonly string[] = ['patients', "patients'", 'clients', 'pts'];
// Source: [derived] a person described by their care: "our Invisalign grad", "our little warrior".
export const PATIENT_APPOSITIVES: readonly string[] = [
  'patient', 'grad', 'graduate', 'survivor', 'warrior', 'fighter', 'preemie',
];
// Source: [derived] "every patient", "any patient": a population, not one person.
export const PATIENT_QUANTIFIERS: readonly string[] = ['every', 'each', 'any', 'all', 'no', 'many', 'most', 'some'];
// Source: [derived] therapy animals and mascots named in hospital posts ("our therapy dog Bella").
export const ANIMALS: readonly string[] = [
  'dog', 'dogs', 'pup', 'puppy', 'canine', 'k9', 'cat', 'kitten', 'horse', 'pony', 'mascot', 'rabbit', 'bunny',
];
// Source: [derived] "patient" used for staff or systems, not a person who is a patient.
export const PATIENT_NON_PERSON: readonly string[] = [
  'advocate', 'advocates', 'navigator', 'coordinator', 'liaison', 'relations', 'experience', 'safety',
  'services', 'access', 'care', 'education', 'satisfaction', 'advisory',
];

// Source: [derived] care settings named in stories ("on our rehab unit", "in our care").
export const CARE_SETTING_PHRASES: readonly string[] = [
  'bedside', 'in our care', 'under our care', 'final days', 'passed away', 'on our unit', 'emergency department',
  'emergency room', 'operating room', 'recovery room', 'exam room', 'waiting room', 'nursing home',
  'assisted living', 'memory care', 'labor and delivery', 'cath lab', 'trauma bay', 'step-down', 'step down unit',
];

/**
 * Every health cue, flattened (stems, whole words, phrases), for callers that want one list.
 * Matching rule: a token equal to an entry, or starting with an entry of >= 5 letters.
 */
export const HEALTH_CUES: readonly string[] = [
  ...CARE_EVENT_STEMS, ...CONDITION_STEMS, ...HEALTH_WORDS,
];
