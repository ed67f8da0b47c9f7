// Source: 45 CFR 164.514(b)(2)(i)(P) biometric identifiers, including finger and voice prints, and
// (Q) full-face photographs and any comparable images; 164.508 (authorization must describe what is
// shown); OCR media guidance [S12] and ADA [S13] (patient photos are PHI). Word lists [derived].

/** Audio files: a recording of a voice is a voice print. */
export const AUDIO = /\.(?:m4a|mp3|wav|aac|ogg|oga|flac|opus|amr|wma)(?:$|[?#])/i;

/** Images of a body trait that identifies one person. */
export const BIOMETRIC = /\b(?:retina[l]?|fundus|iris\s+(?:scan|image|photo)|finger\s*prints?|palm\s*prints?|face\s*scans?|facial\s+(?:scan|recognition|geometry|map)|voice\s*prints?|dental\s+impression)\b|retina|fingerprint/i;

/** Said of an image that shows no real person: drawings, stock images, logos. */
export const NOT_A_PERSON = /\b(?:illustrat\w*|graphic|infographic|stock\s+(?:photo|image|picture)|stock|icon|logo|diagram|chart|graph|cartoon|clip\s*art|drawing|rendering|animation|animated|mock-?up|template|poster|flyer|banner|map|mannequin|anatomical\s+model|model\s+of|emoji|AI-generated)\b/i;

/** Staff photos: a role or a staff folder. */
export const STAFF = /\b(?:staff|our\s+team|team\s+photo|Dr\.?|doctor|nurses?|RN|NP|physician|surgeon|dentist|hygienist|pharmacist|therapist|chaplain|volunteers?|employees?|receptionist|technician|coordinator|provider|medical\s+assistant|social\s+worker|dietitian|paramedics?|EMTs?|midwife|doula)\b/i;
export const STAFF_PATH = /(?:^|\/)(?:staff|team|providers|doctors|employees|headshots|bios)\//i;

/** The picture is of a patient or their care. */
export const PATIENT_CUE = /\b(?:patients?|before(?:\s+and\s+|\s*[/&-]\s*|-)after|post-?op|recover(?:y|ing)|rehab|surgery|treatment|procedure|discharge|bedside|hospital\s+bed|nicu|icu|chemo|infusion|hospice|x-?ray|\w+(?:plasty|ectomy|otomy|ostomy)|veneers|tummy\s+tuck|facelift|liposuction|botox|fillers?)\b/i;

/** The picture (or recording) has a person in it. */
export const PERSON_CUE = /\bpatients?\b(?!\s+(?:rooms?|lounge|portal|area|entrance|parking|wing|floor|education|handouts?|forms?))|\b(?:face|faces|portrait|selfie|headshot|smil(?:e|es|ing)|grin(?:s|ning)?|laugh(?:s|ing)?|hug(?:s|ging)?|holding|pos(?:es|ing)|waving|blowing|sing(?:s|ing)?|talks?|talking|speaking|voice|interview|dancing|walking|sitting|standing|man|woman|boy|girl|child|kid|baby|newborn|toddler|teen|mom|dad|mother|father|grandma|grandpa|couple|his|her|their|he|she|front\s+view|side\s+view|profile\s+view|close-?up|eyes?)\b/i;

/** Consent scope words that cover media: a photo consent covers video (and its voice) as well. */
// Source: 45 CFR 164.508(c)(1)(i) (a specific description of what may be disclosed); corpus LABELING scopes.
export const MEDIA_SCOPES: readonly string[] = [
  'photo', 'photos', 'video', 'image', 'images', 'likeness', 'voice', 'audio', 'recording', 'biometric',
];
