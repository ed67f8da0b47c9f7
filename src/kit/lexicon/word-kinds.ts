import { COMMON_SUFFIX_MIN_STEM, COMMON_SUFFIXES, COMMON_WORDS } from './common-words.js';
import { CUE, wordCue } from './cue-index.js';
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES } from './first-names.js';
import { LEXICON_GIVEN_NAMES, LEXICON_SURNAMES } from './given-names.js';
import { NON_NAME_VOCATIVES, HONORIFICS, KIN_TITLES } from './people.js';
import {
  CALENDAR, COMPANY_NAMES, DRUG_BRANDS, EPONYMS, INSURERS, NAMED_INSTITUTIONS, NATIONALITIES,
  OBSERVANCE_WORDS, PLACE_WORDS,
} from './non-names.js';
import { PUBLIC_TITLES } from './framing.js';
import { HEALTHCARE_OCCUPATIONS, STAFF_ROLES, STAFF_TITLES } from './staff.js';

/**
 * What a capitalised word is, for telling person names from everything else that is capitalised.
 * `given`: a given name; `ambiguous`: a given name that is also an everyday word ("Grace");
 * `surname`; the title kinds come before a name; `commonShape`: an unknown word with an everyday
 * ending ("Wishing", "Transformation"), which can still be a surname after a given name ("Henning");
 * the rest are never names.
 */
export type WordKind =
  | 'given' | 'ambiguous' | 'surname' | 'honorific' | 'staffTitle' | 'publicTitle' | 'kinTitle'
  | 'calendar' | 'eponym' | 'institution' | 'brand' | 'nationality' | 'place' | 'observance'
  | 'health' | 'staffRole' | 'common' | 'commonShape' | 'unknown';

const split = (s: string): string[] => s.trim().split(/\s+/);
const kinds = new Map<string, WordKind>();
const put = (list: readonly string[], kind: WordKind): void => {
  for (const w of list) if (!kinds.has(w)) kinds.set(w, kind);
};
const common = new Set([...COMMON_WORDS, ...NON_NAME_VOCATIVES]);
const ambiguous = new Set(AMBIGUOUS_FIRST_NAMES);
// Order is precedence: the first list that names a word decides its kind.
put(HONORIFICS, 'honorific');
put(STAFF_TITLES, 'staffTitle');
put(PUBLIC_TITLES, 'publicTitle');
put(KIN_TITLES, 'kinTitle');
put(EPONYMS, 'eponym');
put(NAMED_INSTITUTIONS, 'institution');
put([...DRUG_BRANDS, ...INSURERS, ...COMPANY_NAMES], 'brand');
for (const w of [...FIRST_NAMES, ...split(LEXICON_GIVEN_NAMES)]) {
  if (kinds.has(w)) continue;
  kinds.set(w, ambiguous.has(w) || common.has(w) || CALENDAR.includes(w) ? 'ambiguous' : 'given');
}
put(AMBIGUOUS_FIRST_NAMES, 'ambiguous');
put(CALENDAR, 'calendar');
put(NATIONALITIES, 'nationality');
put(PLACE_WORDS, 'place');
put(OBSERVANCE_WORDS, 'observance');
put(STAFF_ROLES, 'staffRole');
put(HEALTHCARE_OCCUPATIONS.filter((w) => !w.includes(' ')), 'staffRole');
put([...common], 'common');
const surnames = new Set(split(LEXICON_SURNAMES));

/** Kind of a word, from its lower-case form (possessive "'s" already removed). */
export function wordKind(lower: string): WordKind {
  const k = kinds.get(lower);
  if (k) return k;
  const cue = wordCue(lower);
  if (cue & (CUE.health | CUE.weak)) return 'health';
  if (cue & CUE.staff) return 'staffRole';
  for (const suf of COMMON_SUFFIXES) {
    if (lower.endsWith(suf) && lower.length >= suf.length + COMMON_SUFFIX_MIN_STEM) return 'commonShape';
  }
  return surnames.has(lower) ? 'surname' : 'unknown';
}

/** True for a known surname, whatever else the word is ("Young", "Baker"). */
export function isSurname(lower: string): boolean {
  return surnames.has(lower);
}

/** Kinds that can be part of a person's name. */
export function nameLike(kind: WordKind): boolean {
  return kind === 'given' || kind === 'ambiguous' || kind === 'surname' || kind === 'unknown';
}
