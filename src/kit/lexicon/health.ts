// Source: hcpost's own list [derived] of care events, care settings and common conditions in
// healthcare social posts, drawn from DOMAIN.md section 1.6 ("patient/care vocabulary").
// Lower-case word stems; a token matches when it starts with a stem of >= 5 letters or equals a shorter one.
export const HEALTH_CUES: readonly string[] = [
  'patient', 'surgery', 'surgical', 'diagnos', 'admitted', 'admission', 'discharg', 'recover',
  'treatment', 'treated', 'chemo', 'radiation', 'therapy', 'cancer', 'tumor', 'stroke', 'heart attack',
  'transplant', 'replacement', 'fracture', 'broken', 'injur', 'icu', 'er', 'hospice', 'rehab',
  'procedure', 'biopsy', 'infusion', 'dialysis', 'diabetes', 'covid', 'pneumonia', 'sepsis',
  'prescri', 'medication', 'dose', 'appointment', 'visit', 'root canal', 'crown', 'filling',
  'extraction', 'implant', 'stitches', 'cast', 'wheelchair', 'ventilator', 'nicu', 'birth',
  'baby', 'delivered', 'labor', 'pregnan', 'miscarriage', 'overdose', 'seizure', 'concussion',
  'survivor', 'remission', 'relapse', 'condition', 'illness', 'disease', 'disorder', 'symptom',
];
