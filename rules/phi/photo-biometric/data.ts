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
export const STAFF = /\b(?:staff|our\s+team|team\s+photo|Dr\.?|doctor|nurses?|RN|NP|physician|surgeon|dentist|hygienist|pharmacist|therapist|chaplain|volunteers?|employees?|receptionist|technician|coordinator|navigators?|provider|medical\s+assistant|social\s+worker|dietitian|paramedics?|EMTs?|midwife|doula)\b/i;
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

/** A care or enrollment scene: with a named person in it, the image shows a client being served. */
// Source: OCR media guidance [S12] (presence at a provider's care or enrollment event is health information) [derived].
export const SCENE = /\b(?:enrol(?:l)?(?:ment|ing|ed|s)?|sign(?:ing|s|ed)?[\s-]+up|check(?:ing|s|ed)?[\s-]+in|check-?ups?|visits?|appointments?|sessions?|exams?|screenings?|intake|consult(?:ation)?s?|vaccinations?|(?:flu|covid|booster)\s+shots?|follow-?ups?|help(?:s|ed|ing)?|assist(?:s|ed|ing)?|(?:medicaid|medicare|insurance|health\s+plan|member|benefits?)\s+(?:id\s+)?cards?)\b/i;

// Source: [derived] courtesy titles (never staff titles) and the shape of a first and last name.
export const HONORIFIC_NAME = /\b(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+[A-Z][a-z'’-]+/g;
export const NAME_PAIR = /\b([A-Z][a-z'’-]+)\s+([A-Z][a-z'’-]+)\b/g;
/** A staff title, role or public office right before a name: "Dr. ", "our navigator ", "Mayor ". */
export const STAFF_BEFORE_NAME = /\b(?:Mayor|Senator|Governor|Rep|Representative|Councilmember|Councilwoman|Councilman|Commissioner|Chief|Sheriff|Judge|Superintendent|Principal|President|CEO|Chair|Dr|Doctor|Nurse|Pharmacist|Chaplain|Coach|Prof|Professor|Rev|Chef|Officer|Navigator|navigator|Coordinator|coordinator|Therapist|therapist|Dietitian|dietitian|Educator|educator|Manager|manager|Director|director|Volunteer|volunteer|Midwife|midwife|Doula|doula|nurse|doctor|dentist|hygienist|pharmacist|surgeon|physician|advocate|worker|receptionist|technician|assistant|RN|NP|PA|MD|CNA|EMT|Paramedic|paramedic)\.?\s+(?:[A-Z][a-z'’-]+\s+)?$/;
