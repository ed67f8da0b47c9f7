import type { Hit, Pattern } from '../../../src/kit/recognizer.js';
import { realDate } from './calendar.js';

// Source: 45 CFR 164.514(b)(2)(i)(C) [S1]: "all elements of dates (except year) for dates directly
// related to an individual". The shapes below are how US social posts write a day or month
// [derived]; each pattern only finds candidates, decide.ts says whether one belongs to a person.

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
const FULL_MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;
const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
const WEEKDAY_ABBR = String.raw`(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?`;
const TIME = String.raw`(?:,?\s+(?:at\s+)?\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.))`;
const ORDINAL = String.raw`(?:st|nd|rd|th)`;

const monthDay = (h: Hit): boolean => realDate(h.groups.month ?? '', h.groups.day ?? '', h.groups.year);
const numeric = (h: Hit): boolean =>
  realDate(h.groups.m ?? '', h.groups.d ?? '', h.groups.y) || (h.groups.y !== undefined && h.groups.y.length === 4
    && realDate(h.groups.d ?? '', h.groups.m ?? '', h.groups.y));
const dayOnly = (h: Hit): boolean => Number(h.groups.day) >= 1 && Number(h.groups.day) <= 31;

/** Candidate day or month mentions, most specific first. Source: [derived] from US date usage. */
export const DATE_PATTERNS: readonly Pattern[] = [
  // "March 3", "Mar. 3rd, 2024", "Tuesday, March 3", "Sat Oct 18, 9am"
  {
    name: 'month-day',
    regex: new RegExp(String.raw`\b(?:(?:${WEEKDAY}|${WEEKDAY_ABBR}),?\s+)?(?<month>${MONTH})\.?\s+(?<day>\d{1,2})${ORDINAL}?\b(?:,?\s+(?<year>\d{4})\b)?${TIME}?`, 'g'),
    score: 0.9,
    validate: monthDay,
  },
  // "3 March", "14th of March 2024"
  {
    name: 'day-month',
    regex: new RegExp(String.raw`\b(?:the\s+)?(?<day>\d{1,2})${ORDINAL}?\s+(?:of\s+)?(?<month>${MONTH})\b(?:,?\s+(?<year>\d{4})\b)?`, 'g'),
    score: 0.85,
    validate: monthDay,
  },
  // "11.4.58", "02/09/1971", "3-14-2024", "2025-10-14": three parts are a date in any separator.
  {
    name: 'numeric-full',
    regex: /(?<![\d/.\-$])(?:(?<m>\d{1,2})(?<sep>[/.-])(?<d>\d{1,2})\k<sep>(?<y>\d{4}|\d{2})|(?<y2>\d{4})-(?<m2>\d{2})-(?<d2>\d{2}))(?![\d/]|[.-]\d)/g,
    score: 0.9,
    validate: (h) => (h.groups.y2 ? realDate(h.groups.m2 ?? '', h.groups.d2 ?? '', h.groups.y2) : numeric(h)),
  },
  // "on 3/14", "born 6/2": two parts are a fraction ("1/2 cup") unless a date word leads in.
  {
    name: 'numeric-short',
    // Clinical shorthand leads in too: "adm 3/14", "d/c 3/18", "DOS 2/2", "s/p 1/9", "f/u 4/1", "given here 09/18".
    // (The lookahead for a digit first, so the costly lookbehind runs only where a number starts.)
    regex: /(?=\d)(?<=\b(?:on|born|since|dated?|dob|d\.o\.b\.?|until|till|til|by|from|thru|through|effective|admitted|discharged|seen|adm|admit|d\/c|dc['’]?d|dos|s\/p|f\/u|dx|sx|tx|given(?:\s+here)?|received|vaccinated|boosted)[:\s]\s*)(?<m>\d{1,2})\/(?<d>\d{1,2})(?![\d/%]|\.\d)/gi,
    score: 0.75,
    validate: numeric,
  },
  // "the 14th", "on the 9th" (not "the 3rd floor": see ORDINAL_NOUN in decide.ts)
  {
    name: 'ordinal-day',
    regex: new RegExp(String.raw`\bthe\s+(?<day>\d{1,2})${ORDINAL}\b`, 'g'),
    score: 0.6,
    validate: dayOnly,
  },
  // Holidays name one calendar day. Source: 5 U.S.C. 6103 federal holidays plus common observed days.
  {
    name: 'holiday',
    regex: /\b(?:Christmas(?:\s+(?:Eve|Day|morning|night))?|New\s+Year'?s(?:\s+(?:Eve|Day))?|Thanksgiving(?:\s+(?:Day|morning|night))?|Easter(?:\s+(?:Sunday|morning))?|Halloween|Valentine'?s\s+Day|Independence\s+Day|(?:the\s+)?Fourth\s+of\s+July|Labor\s+Day|Memorial\s+Day|Mother'?s\s+Day|Father'?s\s+Day|Veterans\s+Day|Juneteenth|St\.?\s+Patrick'?s\s+Day|Good\s+Friday)\b/g,
    score: 0.7,
  },
  // "last Thursday", "on Friday", "Tuesday 10am", "Saturday night" (plural "Tuesdays" is a schedule)
  {
    name: 'weekday',
    regex: new RegExp(String.raw`\b(?:(?:[Ll]ast|[Tt]his\s+past|[Tt]his|[Nn]ext|[Ee]arly|[Ll]ate)\s+)?${WEEKDAY}\b(?:\s+(?:morning|afternoon|evening|night))?${TIME}?`, 'g'),
    score: 0.55,
  },
  // "yesterday", "tonight", "this morning", "last night"
  {
    name: 'relative-day',
    regex: /\b(?:yesterday|today|tonight|tomorrow|overnight|last\s+night|this\s+(?:morning|afternoon|evening)|(?:earlier\s+|later\s+)?this\s+week(?:end)?|last\s+week(?:end)?|over\s+the\s+weekend)\b(?:\s+(?:morning|afternoon|evening|night))?/gi,
    score: 0.5,
  },
  // "in April", "last January", "back in May 2024" (the month is a date element; the year alone is not)
  {
    name: 'month',
    regex: new RegExp(String.raw`\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Tt]hrough|[Ll]ast|[Tt]his\s+past|[Ee]arly|[Ll]ate|[Mm]id-?|[Nn]ext|[Tt]his|[Ff]rom)\s+(?:early\s+|late\s+|mid-)?${FULL_MONTH}\b(?:\s+(?<year>\d{4})\b)?`, 'g'),
    score: 0.5,
  },
];

/** Text right before a date that makes it a birth date. Source: [derived]. */
export const BIRTH_CUE = /\b(?:born|birth\s*date|date\s+of\s+birth|dob|d\.o\.b|b\.)\s*:?\s*(?:on\s+)?$/i;

/** Consent scope terms that cover dates. Source: [derived] (CONTRACT consent.scope is free text). */
export const CONSENT_KINDS: readonly string[] = ['date', 'dates', 'dob', 'date of birth', 'birth date'];

/** Builds a case-insensitive whole-word alternation from a word list. */
const words = (list: readonly string[], flags = 'i'): RegExp =>
  new RegExp(String.raw`(?<![\w-])(?:${list.join('|')})(?![\w-])`, flags);

// Source: [derived] care and life events a date can belong to (DOMAIN.md 1.6, "admitted on
// March 3", "born 4/12", "surgery last Tuesday"), as regex fragments.
export const EVENT = words([
  'born', 'birth', 'birthday', 'gave birth', 'delivered', 'delivery', 'arriv\\w*', 'labou?r', 'c-section',
  'admitted', 'admission', 'discharged?', 'went home', 'sent home', 'came home', 'headed home', 'going home',
  'came in', 'comes? in', 'rolled in', 'brought in', 'came through', 'checked in', 'showed up', 'walked (?:in|out)',
  'was seen', 'were seen', 'saw (?:him|her)', 'visit(?:ed)?', 'appointment', 'appt', 'slot', 'consult',
  'follow-?up', 'check-?up', 'cleaning', 'exam', 'procedure', 'surgery', 'operation', 'operated', 'transplant',
  'replacement', 'biopsy', 'scan', 'x-?ray', 'treat(?:ed|ment)', 'chemo\\w*', 'radiation', 'infusion', 'dialysis',
  'therapy', 'rehab', 'diagnos\\w*', 'tested positive', 'case', 'passed away', 'died', 'death', 'funeral',
  'fell', 'a fall', 'accident', 'crash', 'rollover', 'injur\\w*', 'fractur\\w*', 'broke(?:n)?', 'extubated',
  'intubated', 'coded', 'resuscitat\\w*', 'airlift\\w*', 'transferred', 'the save', 'prescri\\w*', 'refill',
  'root canal', 'crown', 'filling', 'extraction', 'implant', 'aligners?', 'braces', 'stroke', 'heart attack',
  'seizure', 'overdose', 'post-op', 'recover\\w*', 'labs', 'bloodwork', 'rang (?:the|our|his|her) bell',
  'burns?', 'burned', 'burnt', 'blast', 'explosion', 'swallowed', 'ingested', 'choked', 'collapsed', 'bitten',
  'drown\\w*', 'rushed', 'ambulance', 'adm', 'admit', 'd/c', 's/p', 'f/u', 'dos', 'booster', 'vaccinat\\w*',
  'immuni[sz]\\w*', 'shots?', 'dose', 'bill', 'statement', 'claim', 'copay', 'balance',
  'turn(?:s|ed|ing)? \\d+', 'turn(?:s|ed|ing)? [\\d\\uFE0F\\u20E3]+',
], 'i');
// Source: [derived] care-setting acronyms, written in capitals ("ER", not "er").
export const EVENT_ACRONYM = /\b(?:ER|ED|ICU|NICU|PICU|OR|PACU|EMS|OD|MRI|CT|PT)\b/;

// Source: [derived] for the three lists below.
// Care events that make even a staff member a patient ("our nurse Ana was admitted Monday").
export const STAFF_AS_PATIENT = words(['admitted', 'discharged']);

// Past-tense events of one person: with a name nearby ("Kendra delivered twins"), worth asking compromise.
export const CARE_VERB = words([
  'delivered', 'gave birth', 'went home', 'came in', 'rolled in', 'brought in', 'was admitted', 'discharged',
  'diagnosed', 'passed away', 'died', 'rang (?:the|our|his|her) bell', 'had (?:her|his) (?:surgery|baby|procedure)',
]);

// Events that only happen to a person, so they tie a date to one even with no name nearby.
export const SELF_EVENT = words([
  'born', 'gave birth', 'admitted', 'discharged', 'passed away', 'died', 'birthday', 'went into labou?r',
]);

// Source: [derived] offices one person holds ("a certain well-known city council president"): a person.
const OFFICE_HOLDER = String.raw`(?:mayor|(?:council\s+)?president|principal|council(?:man|woman|member)|alderman|commissioner|senator|governor|sheriff|superintendent|pastor|rabbi|imam|priest|bishop|judge|coach|quarterback|anchor)`;
// Source: [derived] references to one individual other than the author (DOMAIN.md 1.6 anchor signals).
const PERSON_NOUN = String.raw`(?:patient|client|resident|grad(?:uate)?|recipient|survivor|warrior|fighter|champ|soldier|marine|sailor|firefighter|baby|newborn|preemie|infant|toddler|kiddo|kid|child|boy|girl|man|woman|guy|gentleman|lady|teen(?:ager)?|grader|student|driver|rider|passenger|pedestrian|cyclist|biker|victim|mom|mother|dad|father|grand(?:ma|pa|mother|father|daughter|son)|son|daughter|husband|wife|veteran|family|${OFFICE_HOLDER})`;
export const PERSON: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:our|the|a|an|this|that|same|his|her|their)\s+(?:[\w'-]+\s+){0,4}?${PERSON_NOUN}\b(?!s)`, 'i'),
  /\b(?:he|she|him|her|his|hers|himself|herself)\b/i,
  /(?<!\b(?:people|anyone|those|adults|patients|everyone|someone|kids|children|parents|families|you|others|folks|women|men|staff|team|one)\s)\bwho(?:se|m)?\b/i,
  /\b(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+[A-Z]|\b(?:[Bb]aby|[Ll]ittle)\s+[A-Z][a-z]+/,
  /\b\d{1,3}[- ]?(?:years?|yrs?|months?|weeks?|days?)[- ]old\b|\b\d{1,3}\s?(?:yo|y\/o)\b/i,
  /\b(?:mrn|chart|pt)\b/i,
];
// A patient rather than just a person (so "Dr. Patel" in the same sentence does not make it staff).
export const PATIENT_STRONG = new RegExp(String.raw`\b(?:our|the|a|this|that)\s+(?:[\w'-]+\s+){0,2}?(?:patient|client|recipient|survivor|baby|newborn|preemie)\b(?!s|\s+(?:advocate|coordinator|navigator|liaison|experience|portal|services|relations|safety|education|line|lounge|parking|shower))|\bin our care\b|\bmrn\b`, 'i');
export const HONORIFIC = /\b(?:Mr|Mrs|Ms|Miss|Sgt|Cpl|Pvt|Lt|Capt|Officer|Deputy|Trooper)\.?\s+[A-Z]/;
export const ADDRESSEE = /\b(?:you|your|you're|you've|you'll|yours)\b/i;
export const FIRST_PERSON = /\b(?:I|I'm|I've|I'd|me|my|myself)\b/;

// Source: [derived] staff and volunteer cues (DOMAIN.md 1.6: staff birthdays, employee spotlights).
export const STAFF = words([
  'dr', 'doctor', 'nurse', 'rn', 'np', 'lpn', 'cna', 'md', 'dds', 'dmd', 'pharmd', 'lcsw', 'staff', 'employee',
  'colleague', 'co-?worker', 'team member', 'volunteer', 'chaplain', 'physician', 'surgeon', 'hygienist',
  'receptionist', 'pharmacist', 'technician', 'manager', 'director', 'ceo', 'joined (?:our team|us)', 'hired',
  'work anniversary', 'years of service', 'retir(?:es|ing|ement)', 'retired (?:after|from (?:our|the))',
  'specialist', 'coordinator', 'educator', 'navigator', 'counsel+or', 'dietitian', 'midwife', 'paramedic', 'peer support', 'co-lead\\w*',
  'therapists?', 'physiologist', 'sonographer', 'phlebotomist', 'doula', 'physician assistant', 'nurse practitioner',
  'aide', 'scheduler', 'scribe', 'dietician', 'optometrist', 'audiologist', 'chiropractor', 'dentist',
]);

// Source: DOMAIN.md 1.6 traps: organisation events, opening hours, public deadlines, observances.
export const ORG_EVENT = words([
  'closed', 'closing', 'closes', 'close early', 'reopen\\w*', 'open(?!-heart| heart)', 'opens',
  '(?:opening|office|clinic|holiday|business|extended|new) hours',
  'holidays?', 'free', 'event', 'events', 'flu clinic', 'vaccin\\w* clinic', 'clinic day', 'screening day',
  'health fair', 'open house', 'grand opening', 'ribbon[- ]cutting', 'cut(?:s|ting)? the ribbon', 'memorial service', 'vigil', 'fundraiser',
  'gala', '5k', 'fun run', 'festival', 'parade', '(?:blood|food|toy|coat|vaccine) drive', 'drive-th(?:ru|rough)',
  'webinar', 'workshop', 'seminar', 'lecture', 'class(?:es)?', 'info session', 'information session',
  'town hall', 'go(?:ing)? live', 'live ?stream', 'support group', 'group (?:class|session|visit)', 'meets',
  'meeting', 'meet-?up', 'join us', 'join our', 'rsvp', 'register', 'registration', 'sign up',
  'save (?:the date|a spot|your spot)',
  'tickets', 'deadline', 'enroll\\w*', 'walk-?ins', 'walk-in', 'drop-?in', 'no appointment',
  'book (?:now|today|online|yours)', 'call (?:us|today|now)', 'stop by', 'come (?:see|visit|by)', 'visit us',
  'live on (?:our|the|this) (?:page|channel|feed|stream|account)', 'q&a', 'ask (?:me|us) anything', 'answer(?:s|ing)? your questions',
]);
// Source: DOMAIN.md 1.6 traps ("World Heart Day, Sept 29", awareness months); [derived] shapes below.
export const OBSERVANCE = /\bawareness\b|\bobservance\b|\b[A-Z][\w'-]+ (?:Awareness )?Month\b|\b(?:World|National|International|Global)\s+(?:[A-Z][\w'-]*\s+){0,4}(?:Day|Week|Month)\b/;
export const DEADLINE_BEFORE = /\b(?:by|before|until|till|thru|through|no later than)\s+$/i;
export const DEADLINE_VERB = words(['call', 'book', 'schedule', 'sign up', 'register', 'apply', 'enroll', 'order', 'submit', 'request', 'renew', 'pick up']);
export const REPORTING_BEFORE = /\b(?:announced|reported|posted|shared|published|released|said|wrote)\s+(?:on\s+)?$/i;
export const RECURRING_BEFORE = /\b(?:every|each|other|alternate)\s+$/i;
export const TIME_RANGE_AFTER = /^\s*,?\s*(?:[-–—]\s*(?:noon|midnight|\d)|\d{1,2}(?::\d{2})?\s?(?:am|pm)?\s*[-–—]\s*(?:noon|\d))/i;
// "the 3rd floor", "the 5th grade", "the 100th patient": ordinals that count things, not days.
export const ORDINAL_NOUN_AFTER = /^\s+(?:of\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))|[a-z-]*(?:floor|grade|graders?|century|percentile|place|time|round|annual|anniversary|birthday|year|street|st|avenue|ave|amendment|district|ward|precinct|caller|visitor|person|customer|patient|baby|week|month|day|hole|inning|edition|generation|cycle|dose|session|visit|attempt|try|guy|man|woman|lady|kid|child|one|case|call|admit|referral|appointment|surgery|procedure|delivery|transplant|straight|consecutive|row))\b/;
// "a Christmas card", "the Thanksgiving potluck": the holiday names a thing, not a day.
export const HOLIDAY_NOUN_AFTER = /^\s+(?:cards?|party|parties|tree|gifts?|presents?|lights|cookies?|music|dinner|lunch|potluck|sweaters?|spirit|season|break|carols?|wish(?:es)?|decorations?|market|concert|special|sale|hours|closure|schedule|eve\s+hours)\b/i;
// "Monday to Friday", "Tuesday-Thursday": a weekday range is opening hours.
export const WEEKDAY_RANGE = /^\s*(?:to|through|thru|until|[-–—])\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)/;
export const WEEKDAY_RANGE_BEFORE = /(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\s*(?:to|through|thru|until|[-–—])\s*$/;
// "Happy Mother's Day", "Merry Christmas": a greeting, not the date of an event.
export const GREETING_BEFORE = /\b(?:happy|merry|blessed|joyous)\s+$/i;
// Source: LABELING.md ("relative dates count when tied to a named or otherwise identifiable
// patient"): relative days count only with a name, a reply to one person, or another identifier.
export const RELATIVE_FORMS: ReadonlySet<string> = new Set(['weekday', 'relative-day', 'month']);
export const IDENTIFIABLE: readonly RegExp[] = [
  /\b(?:Mr|Mrs|Ms|Miss|Mx|Sgt|Cpl|Pvt|Lt|Capt|Officer|Deputy|Trooper)\.?\s+[A-Z]|\b(?:[Bb]aby|[Ll]ittle|[Gg]randpa|[Gg]randma|[Aa]unt|[Uu]ncle)\s+[A-Z][a-z]+/,
  /\b(?:patient|client|grad|recipient|survivor|warrior|son|daughter|husband|wife|friend|neighbou?r)\s+[A-Z][a-z]+\b/,
  /\b[A-Z][a-z]+(?:'s|’s)\s+(?:place|house|home|farm|mom|dad|son|daughter|family|wife|husband)\b|\bthe\s+[A-Z][a-z]+\s+family\b|#[A-Z][a-z]+Strong\b/,
  /\b(?:mrn|chart|acct|account|rx)\s*#?\s*:?\s*[a-z]?\d|\btattoo|\bsame\s+(?:guy|lady|woman|man|patient|kid|girl|boy)\b|\bplate\b|\bzip(?:\s*code)?\s*\d{3}|\b(?:route|hwy|highway)\s+\d/i,
  /\b\d+\s+[A-Z][a-z]+\s+(?:St|Street|Ave|Avenue|Rd|Road|Ln|Lane|Dr|Drive|Blvd)\b/,
  // A first and last name ("Evelyn Marsh-Tanaka"), when neither word is an organisation or place word.
  /\b(?!(?:Our|The|This|Happy|Dr|Nurse|Welcome|Thank|Meet)\b)[A-Z][a-z]+\s+(?!(?:Hospital|Medical|Center|Centre|Clinic|General|Memorial|Health|Care|Department|University|County|Street|Avenue|Road|Unit|Team|Month|Day|Week|Park|Lake|Heart|Cancer)\b)[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?![\w-]*\s+(?:Hospital|Medical|Center|Clinic|Health|Care|Dental|Pharmacy))\b/,
];
// "our Tuesday 6pm group", "the March 3 clinic": the date names an organisation's session.
export const SESSION_AFTER = /^\s+(?:group|class(?:es)?|clinic|session|meeting|workshop|webinar|event|hours|drop-in|walk-in|program|service|market|lecture|screening|huddle|rounds|shift|meetup|livestream)\b/i;
export const OURS_BEFORE = /\b(?:our|your)\s+(?:next\s+|weekly\s+|monthly\s+|regular\s+)?$/i;
// ... unless a care event follows: "your Tuesday visit" is the patient's.
export const OURS_CARE_AFTER = /^\s+(?:visit|appointment|appt|surgery|procedure|check-?up|cleaning|follow-?up)\b/i;

// Source: [derived] public news about a person ("her public announcement this week"): their own disclosure.
export const NEWS_FRAMING = /\b(?:announc\w*|press\s+(?:release|conference)|told\s+(?:reporters|fans)|publicly|in\s+a\s+statement|headlines?|went\s+public|opened\s+up|opens\s+up|revealed|disclosed|(?:in\s+an?|new)\s+interview|memoir|podcast)\b/i;
export const OUR_CARE = /\b(?:our\s+patient|we\s+(?:treated|cared\s+for|saw|admitted|delivered))\b/i;
// "I can squeeze you in this weekend": an offer of a future slot, not the date of someone's care.
export const OFFER = /\b(?:can|could|happy\s+to|able\s+to|glad\s+to|we['’]ll|we\s+will|let['’]s)\s+(?:squeeze|fit|get|see|book|take)\s+(?:you|them|him|her)\b/i;
