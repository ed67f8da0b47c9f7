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
    regex: /(?<=\b(?:on|born|since|dated?|dob|d\.o\.b\.?|until|till|til|by|from|thru|through|effective|admitted|discharged|seen)[:\s]\s*)(?<m>\d{1,2})\/(?<d>\d{1,2})(?![\d/%]|\.\d)/gi,
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
    regex: /\b(?:yesterday|today|tonight|tomorrow|overnight|last\s+night|this\s+(?:morning|afternoon|evening))\b(?:\s+(?:morning|afternoon|evening|night))?/gi,
    score: 0.5,
  },
  // "in April", "last January", "back in May 2024" (the month is a date element; the year alone is not)
  {
    name: 'month',
    regex: new RegExp(String.raw`\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Tt]hrough|[Ll]ast|[Tt]his\s+past|[Ee]arly|[Ll]ate|[Mm]id-?|[Nn]ext|[Tt]his)\s+(?:early\s+|late\s+|mid-)?${FULL_MONTH}\b(?:\s+(?<year>\d{4})\b)?`, 'g'),
    score: 0.5,
  },
];

/** Text right before a date that makes it a birth date. Source: [derived]. */
export const BIRTH_CUE = /\b(?:born|birth\s*date|date\s+of\s+birth|dob|d\.o\.b|b\.)\s*:?\s*(?:on\s+)?$/i;

/** Consent scope terms that cover dates. Source: [derived] (CONTRACT consent.scope is free text). */
export const CONSENT_KINDS: readonly string[] = ['date', 'dates', 'dob', 'date of birth', 'birth date'];
