import type { Pattern } from '../../../src/kit/recognizer.js';

// Source: 45 CFR 164.514(b)(2)(i)(C) [S1]: "all ages over 89 and all elements of dates (including
// year) indicative of such age", which may be aggregated into a single category of age 90 or older.

/** An age written as digits, keycap emoji digits ("9️⃣5️⃣") or English words ("ninety-two"). */
const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const WORDS = String.raw`(?:ninety(?:[- ](?:${UNITS}))?|(?:one|a)[- ]hundred(?:(?:[- ]|\s+and\s+)(?:${UNITS}|${TEENS}|(?:twenty|thirty)(?:[- ](?:${UNITS}))?))?)`;
const KEYCAP = String.raw`(?:[0-9]\uFE0F?\u20E3){2,3}`;
const NUM = String.raw`(?<n>\d{2,3}|${KEYCAP}|${WORDS})`;
const ORD_WORDS = String.raw`(?:ninetieth|ninety[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|(?:one\s+)?hundredth|(?:one\s+)?hundred(?:\s+and)?[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))`;
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?`;

/** Forms of one person's age. Source: [derived] from how posts write ages (DOMAIN.md 1.6). */
export const AGE_PATTERNS: readonly Pattern[] = [
  // "92-year-old", "93 year old", "ninety-one-year-old", "100 years young", "95 years of age"
  { name: 'years-old', regex: new RegExp(String.raw`\b${NUM}(?:\s*-\s*|\s+)(?:years?|yrs?|yr)(?:\s*-\s*|\s+)(?:old|young)\b`, 'gi'), score: 0.8 },
  { name: 'years-of-age', regex: new RegExp(String.raw`\b${NUM}\s+years\s+of\s+age\b`, 'gi'), score: 0.8 },
  // "93yo", "93 y/o", "93 y.o."
  { name: 'yo', regex: /\b(?<n>\d{2,3})\s?(?:yo|y\/o|y\.o\.?)(?![\w/])/gi, score: 0.75 },
  // "age 94", "aged 93", "(age 96!)", "age: 91", "at age 91"
  { name: 'age-n', regex: new RegExp(String.raw`\b(?:age|aged)\s*:?\s*${NUM}(?![\d.,]\d)`, 'gi'), score: 0.8 },
  // "turned 101", "turns ninety", "turning 9️⃣5️⃣"
  { name: 'turned', regex: new RegExp(String.raw`\b(?:turned|turns|turning|will\s+turn|to\s+turn)\s+${NUM}(?!\s*(?:%|percent|degrees|°))`, 'gi'), score: 0.8 },
  // "100th birthday", "ninetieth birthday", "#100thBirthday"
  { name: 'birthday', regex: new RegExp(String.raw`(?:#|\b)(?:(?<n>\d{2,3})(?:st|nd|rd|th)|(?<w>${ORD_WORDS}))\s*(?:birthday|bday|b-day)`, 'gi'), score: 0.8 },
  // "Mabel's 105th!", "her 100th today": an ordinal of 90+ after a person, ending the phrase
  { name: 'possessive-ordinal', regex: /(?<=(?:\p{Lu}\p{Ll}+['’]s|\b(?:her|his))\s+)(?<n>9\d|1[01]\d)(?:st|nd|rd|th)\b(?=\s*(?:[!.,;)]|$|today|tomorrow|yesterday|this\s+(?:week|weekend|month)|on\s|with\s|in\s|at\s))/gu, score: 0.7 },
  // "#Centenarian", "a centenarian", "supercentenarian" (plural "centenarians" is a group: see decide.ts)
  { name: 'centenarian', regex: /(?:#|\b)(?:super)?centenarian(?!s)\b/gi, score: 0.7 },
  // "#100YearsYoung", "#95yo"
  { name: 'hashtag', regex: /#(?<n>\d{2,3})(?:years?(?:young|old)|yo)\b/gi, score: 0.7 },
  // "Harriet is 91", "she's 94 and", "now 102!" (a person's age said plainly)
  { name: 'is-n', regex: new RegExp(String.raw`(?<=\b(?:is|was|she's|he's|now|just)\s+)(?<n>9\d|1[01]\d|${WORDS})(?=\s*(?:[,.!?;)]|and\b|but\b|years?\b|$))`, 'gi'), score: 0.5 },
  // "Margaret Hill, 94, of ...": an age in apposition after a capitalised name
  { name: 'apposition', regex: /(?<=\b\p{Lu}[\p{L}'-]+,\s)(?<n>9\d|1[01]\d)(?=,)/gu, score: 0.55 },
  // "At 94, she still gardens"
  { name: 'at-n', regex: /\b[Aa]t\s+(?<n>9\d|1[01]\d)(?=,|\s+(?:she|he|they)\b)/g, score: 0.5 },
  // "born 1931", "born in March 1931", "born 4/12/1931", "b. 1931": a birth year implying 90 or more
  { name: 'born-year', regex: new RegExp(String.raw`\b(?:born|b\.|dob:?|date of birth:?)\s+(?:(?:in|on)\s+)?(?:${MONTH}\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?|\d{1,2}[/.-]\d{1,2}[/.-])?(?<birth>1[89]\d{2})\b`, 'gi'), score: 0.75 },
  // "(1931–2025)", "(1931-present)": a life span after a name
  { name: 'life-span', regex: /\((?<birth>1[89]\d{2})\s*[–—-]\s*(?<death>(?:19|20)\d{2}|present|today)?\s*\)/gi, score: 0.7 },
];

// Source: [derived] what an "N-year-old" can be other than a person ("our 100-year-old hospital").
export const THING_AFTER = /^[\s-]+(?:[\w-]+\s+)?(?:hospital|building|church|chapel|house|home|barn|farm|tree|oak|tradition|recipe|company|business|practice|clinic|institution|organi[sz]ation|school|bridge|mill|theat(?:er|re)|piano|car|truck|tractor|quilt|bible|photo|photograph|picture|letter|book|painting|clock|watch|ring|building|tower|wing|campus|charter|pharmacy|town|city|county|community|brand|law|rule|policy|record)s?\b/i;
// Source: [derived] group statements that HIPAA's aggregate category allows ("adults 90 and older").
export const GROUP_AFTER = /^\s*(?:\+|-?plus\b|and\s+(?:older|over|up|above|beyond)|or\s+(?:older|over|above|more)|years?\s+(?:and|or)\s+(?:older|over)|-year-olds\b|\s*year\s+olds\b|s\b)/i;
export const GROUP_BEFORE = /\b(?:over|above|under|older\s+than|younger\s+than|past|ages|between|to|from|adults|patients|people|women|men|folks|residents|seniors|those|anyone|everyone|veterans|members|individuals|persons)\s+(?:(?:aged?|age[sd]?)\s+)?$/i;
// Source: [derived] staff and volunteers (DOMAIN.md corpus note: a 91-year-old volunteer is not a patient).
export const STAFF = /\b(?:volunteers?|staff|employee|colleague|co-?worker|team member|nurse|doctor|physician|surgeon|chaplain|pharmacist|board member|trustee|founder|donor|auxiliary|retir(?:es|ing|ement)|retired\s+(?:after|from\s+(?:our|the))|years of service|hired|joined (?:our|the) team|dr\.?\s+[A-Z])\b/i;
// Source: [derived] words that make the person a patient even when staff are also named.
export const PATIENT_CUE = /\b(?:patient|in our care|under our care|treated|admitted|discharged|surgery|surgical|diagnosed|recovering|rehab|hospice patient|resident|our (?:[\w-]+\s+)?(?:unit|floor|ward)|bedside|hip|knee|fracture|tumou?r|transplant|implant|chemo|dialysis|pneumonia|stroke|fall|fell|ER|ED|ICU|emergency)\b/i;
// Source: [derived] for the cue lists below.
// Stricter: the person themself is a patient, so a staff word nearby does not make them staff.
export const SELF_PATIENT = /\b(?:(?:our|the|a)\s+(?:[\w-]+\s+)?patient|in our care|under our care|(?:was|were|is|got|been)\s+(?:treated|admitted|discharged|diagnosed|seen)|recovering|admitted|discharged)\b(?!s)/i;
// An organisation as the one having the birthday or turning 100 ("our clinic turns 90", "we turned 100").
export const ORG_SUBJECT_BEFORE = /\b(?:hospital|clinic|practice|center|centre|company|church|organi[sz]ation|office|pharmacy|department|foundation|institution|school|building)(?:'s)?\s+(?:just\s+|officially\s+|will\s+|is\s+)?$/i;
// "our 100th birthday", "we turned 90": the organisation itself (not "our 97-year-old patient").
export const OURS_BEFORE = /\b(?:our|we|us|we've|we're)\s+(?:just\s+|officially\s+|will\s+|all\s+)?$/i;
// "fever of 101", "101 degrees": a temperature, not an age.
export const NOT_AGE_AFTER = /^\s*(?:°|degrees|%|percent|mg|ml|lbs?|pounds|kg|minutes?|mins?|hours?|days?|miles?|bpm|mmhg|points?)/i;

/** Consent scope terms that cover an age. Source: [derived]. */
export const CONSENT_KINDS: readonly string[] = ['age', 'ages', 'date of birth', 'dob'];

/** Below 90 an age is not itself an identifier; above 125 it is not a human age. Source: [S1]. */
export const MIN_AGE = 90;
export const MAX_AGE = 125;
