// Tables of phi/patient-confirmation. Lower-case words; regexes are built once at module load.
// Source for the whole rule: OCR review-reply settlements (Elite Dental 2019, Igbinadolor 2022,
// New Vision Dental 2022, Manasa 2023) [S6-S9] and ADA, "A Dentist's Guide to the Law" [S13]:
// a reply must not confirm a visit, a treatment, insurance or a bill (DOMAIN.md 1.3, 1.4, 1.6).

const alt = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');

// Source: [derived] things of a person's care that "your ..." confirms; any health word counts too.
export const CARE_NOUNS: readonly string[] = [
  'visit', 'visits', 'appointment', 'appointments', 'appt', 'procedure', 'surgery', 'operation', 'treatment',
  'treatments', 'cleaning', 'filling', 'fillings', 'crown', 'crowns', 'root canal', 'extraction', 'implant',
  'implants', 'veneers', 'braces', 'aligners', 'denture', 'dentures', 'exam', 'checkup', 'check-up', 'x-ray',
  'x-rays', 'scan', 'mri', 'labs', 'lab work', 'results', 'test', 'tests', 'biopsy', 'chart', 'records',
  'record', 'file', 'prescription', 'prescriptions', 'refill', 'refills', 'rx', 'meds', 'medication',
  'medications', 'dose', 'therapy', 'session', 'sessions', 'stay', 'admission', 'discharge', 'bill', 'balance',
  'statement', 'claim', 'copay', 'co-pay', 'deductible', 'insurance', 'coverage', 'account', 'invoice',
  'payment', 'diagnosis', 'condition', 'symptoms', 'levels', 'recovery', 'referral', 'stitches', 'cast',
  'hearing aid', 'hearing aids', 'glasses', 'paperwork', 'intake', 'wait', 'plan', 'care plan', 'consult',
  'consultation', 'follow-up', 'procedure', 'injection', 'infusion', 'shot', 'vaccine', 'vaccination',
];

// Source: [derived] procedures named by what was done ("the tongue-tie release", "the frenum repair"):
// care only after "since/after the" or "your".
export const PROCEDURE_NOUNS: readonly string[] = [
  'release', 'repair', 'removal', 'revision', 'placement', 'fitting', 'adjustment', 'delivery', 'birth',
  'c-section', 'induction', 'reduction', 'graft', 'transfer', 'retrieval', 'reconstruction', 'lift', 'draining',
];

// Source: [derived] body parts a rehab or surgery plan is named after ("your rotator cuff program").
export const BODY_PARTS: readonly string[] = [
  'shoulder', 'shoulders', 'knee', 'knees', 'hip', 'hips', 'back', 'neck', 'ankle', 'ankles', 'wrist', 'wrists',
  'elbow', 'elbows', 'spine', 'rotator', 'cuff', 'hamstring', 'achilles', 'acl', 'meniscus', 'jaw', 'tmj', 'hand',
  'hands', 'foot', 'feet', 'leg', 'legs', 'arm', 'arms', 'pelvic', 'floor', 'gums', 'gum', 'bite', 'skin', 'scalp',
  'heel', 'toe', 'toes', 'thumb', 'finger', 'fingers', 'hernia', 'incision', 'scar', 'stitches', 'labrum',
];
/** What a body part's care is called after it ("knee program", "shoulder range of motion"). */
export const BODY_CARE: readonly string[] = [
  'program', 'exercises', 'exercise', 'routine', 'protocol', 'range', 'mobility', 'motion', 'strength', 'brace',
  'splint', 'sling', 'plan', 'recovery', 'rehab', 'surgery', 'injury', 'pain', 'x-ray', 'mri', 'scan', 'healing',
  'treatment', 'therapy', 'sessions', 'appointment', 'follow-up', 'improved', 'improving', 'progress', 'looks',
];

// Source: [derived] nouns after "your" that say nothing about care ("your feedback", "your family").
export const GENERIC_AFTER_YOUR: readonly string[] = [
  'health', 'questions', 'question', 'concerns', 'concern', 'feedback', 'review', 'comment', 'comments',
  'patience', 'time', 'privacy', 'family', 'loved', 'kind', 'safety', 'wellbeing', 'well-being', 'own', 'local',
  'area', 'community', 'story', 'words', 'support', 'trust', 'business', 'input', 'message', 'note',
];

// Source: [derived] general advice ("talk to your doctor about ...") is not a confirmation.
export const ADVICE = new RegExp(
  `\\b(?:ask|talk\\s+(?:to|with)|see|call|check\\s+with|consult|tell|contact|reach\\s+out\\s+to|speak\\s+(?:to|with)|visit)\\s+your\\s+(?:own\\s+|local\\s+|regular\\s+)?(?:${alt([
    'doctor', 'provider', 'gp', 'pcp', 'dentist', 'pharmacist', 'care team', 'physician', 'clinician', 'ob',
    'nurse', 'therapist', 'specialist', 'health care provider', 'healthcare provider', 'primary care',
  ])})\\b`, 'gi');

// Source: [derived] clinicians a reply may claim to be ("as your dentist", "I'm your doctor").
export const CLINICIANS: readonly string[] = [
  'doctor', 'dentist', 'therapist', 'provider', 'nurse', 'pharmacist', 'surgeon', 'physician', 'counselor',
  'counsellor', 'psychiatrist', 'psychologist', 'care team', 'midwife', 'clinician', 'pcp', 'pediatrician',
  'hygienist', 'orthodontist', 'ob', 'obgyn', 'ob-gyn', 'optometrist', 'audiologist', 'chiropractor',
];
const CLIN = alt(CLINICIANS);

/** Strong confirmations, other than "your <care>" (found word by word in the rule). */
export const CONFIRM_PATTERNS: readonly RegExp[] = [
  // "as your therapist", "I'm your doctor", "we're your care team"
  new RegExp(`\\b(?:as|i['’]?m|i\\s+am|we['’]?re|we\\s+are)\\s+your\\s+(?:[\\w-]+\\s+)?(?:${CLIN})\\b`, 'gi'),
  // "your dentist explained", "your surgeon said"
  new RegExp(`\\byour\\s+(?:${CLIN})\\s+(?:explained|said|told|noted|mentioned|recommended|ordered|prescribed|reviewed|saw|placed|did)\\b`, 'gi'),
  // "when you came in", "since you were here", "the day you visited"
  /\b(?:when|since|after|before|the\s+day|the\s+last\s+time|last\s+time|while)\s+you\s+(?:came\s+in|came\s+by|were\s+(?:here|in|seen|admitted|with\s+us)|visited|stopped\s+(?:in|by)|checked\s+in|had\s+your|got\s+your|saw\s+(?:us|dr)|left\s+(?:the|our))\b/gi,
  // "you checked in", "you were admitted", "you were on a 72-hour hold"
  /\byou\s+(?:checked\s+in|came\s+in|showed\s+up|were\s+(?:admitted|seen|treated|discharged|diagnosed|prescribed|referred|hospitalized|hospitalised|sedated|intubated|placed\s+on|put\s+on))\b/gi,
  /\byou\s+were\s+(?:on|in|under)\s+(?:a|an|the|our)?\s*(?:\d+[-\s]hour\s+hold|hold|dialysis|oxygen|(?:the\s+)?(?:icu|nicu|er|ed|unit|ward|floor)|anesthesia|observation|suicide\s+watch)\b/gi,
  // "the crown I placed", "the root canal Dr. Patel did"
  /\b(?:the|that|this|your)\s+(?:[\w-]+\s+){0,2}?(?:crown|filling|root\s+canal|implant|extraction|surgery|procedure|stitches|injection|cast|prescription|treatment)\s+(?:i|we|dr\.?\s+[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'-]+)\s+(?:placed|did|performed|prescribed|filled|put\s+in|removed|extracted|ordered|gave|started|fitted)\b/gi,
  // "we treated you", "I placed your", "we re-ran your", "call in that refill"
  /\b(?:i|we)(?:['’]ll|\s+will|\s+have|['’]ve)?\s+(?:placed|did|performed|prescribed|filled|removed|extracted|ordered|treated|saw|examined|reviewed|admitted|discharged|re-ran|ran|faxed|billed|called\s+in|call\s+in)\s+(?:you\b|your\s+[\w-]+|that\s+(?:refill|prescription|rx)\b)/gi,
  // "reviewed your chart", "looked into your claim"
  /\b(?:reviewed|pulled|checked|looked\s+(?:at|into|over)|went\s+over|read|updated|processed)\s+your\s+(?:chart|records?|file|history|results|notes|account|claim|labs|x-rays|referral|forms?|bill)\b/gi,
  // "our records show", "our system shows you"
  /\b(?:our|the)\s+(?:records|system|chart|notes|files|schedule)\s+(?:show|shows|showed|indicate|indicates|say|says)\b/gi,
  // "your message about the UTI symptoms": a private message repeated in public
  /\byour\s+(?:message|email|e-mail|call|voicemail|dm|direct\s+message|portal\s+message|note)\s+(?:about|regarding|re|on|concerning)\b/gi,
  // "after his bypass", "since her surgery" (a relative, in a reply)
  /\b(?:after|since|following|before)\s+(?:his|her|their|your)\s+(?:[\w-]+\s+)?(?:surgery|procedure|bypass|operation|treatment|transplant|delivery|stroke|heart\s+attack|fall|fracture|chemo|biopsy|admission|discharge|appointment|visit)\b/gi,
  // "biopsy results are in", "your labs came back"
  /\b(?:results|labs|tests?|x-rays|scans?|biopsy)\s+(?:are|is|came|come)\s+(?:in|back|ready)\b/gi,
  // "you missed two appointments", "you had a filling", "you cancelled your cleaning" (not "if you missed ...")
  new RegExp(String.raw`(?<!\b(?:if|when|whenever|unless|anyone|everyone|who)\s+)\byou(?:['’]ve|\s+have)?\s+(?:missed|cancel+ed|rescheduled|skipped|no-showed|booked|had|got|received|needed|came\s+(?:in\s+)?for|started|finished|completed)\s+(?:[\w-]+\s+){0,2}?(?:${alt(CARE_NOUNS)})\b`, 'gi'),
  // "see you both at the 2-week follow-up", "see you at your next cleaning"
  /\bsee\s+(?:you|y['’]all|you\s+guys)\s+(?:both\s+|two\s+|all\s+)?(?:again\s+|back\s+)?(?:at|for|on|in)\s+(?:the|your|their|her|his)\s+(?:[\w-]+\s+){0,2}?(?:follow-?up|appointment|appt|visit|check-?up|cleaning|session|recheck|post-op|adjustment|consult|fitting|procedure|surgery)s?\b/gi,
  // "thanks for coming in", "thank you for being our patient"
  /\bthank(?:s|\s+you)\s+(?:so\s+much\s+)?for\s+(?:coming\s+in|coming\s+to\s+see\s+us|visiting\s+us|stopping\s+by|being\s+(?:a|our)\s+(?:\w+\s+)?(?:patient|client))\b/gi,
];

/** Borderline wording: reported as a warning (DOMAIN.md 1.6: "warn, don't fail"). */
export const BORDERLINE_PATTERNS: readonly RegExp[] = [
  /\b(?:sorry|sad|disappointed|saddened)\s+(?:to\s+hear\s+|to\s+learn\s+|that\s+|about\s+)?(?:about\s+)?your\s+(?:recent\s+)?experience\b/gi,
  /\byour\s+(?:recent\s+)?experience\s+(?:with\s+us|at\s+our|here|in\s+our|with\s+our)\b/gi,
  /\bthank(?:s|\s+you)\s+(?:so\s+much\s+)?for\s+(?:choosing|trusting)\s+(?:us|our\s+\w+)(?:\s+with\s+your\s+care)?\b/gi,
  /\b(?:see|seeing)\s+you\s+(?:again|back)\b/gi,
  /\byour\s+care\b/gi,
];

// Source: [derived] a post that opens like a reply to one person ("@dana_k", "Hi Dave,", "Thanks for the 5 stars").
export const REPLY_OPENING = /^\s*(?:@[\w.]+|(?:hi|hello|hey|dear)\s+[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'’-]+\s*[,!]|thank(?:s|\s+you)\s+(?:so\s+much\s+)?for\s+(?:your|the)\s+(?:\d\s+stars?|(?:kind\s+|great\s+|wonderful\s+)?(?:review|feedback|words|rating|comment)))/i;

// Source: [derived] a "<number>-hour" token before "hold" ("72-hour hold") is a psychiatric hold.
export const HOLD_BEFORE = /^\d+-hours?$/;
