import {
  CARE_EVENT_STEMS, CARE_SETTING_PHRASES, CONDITION_STEMS, HEALTH_SUFFIX_EXCEPTIONS, HEALTH_SUFFIXES,
  HEALTH_WORDS, PATIENT_NOUNS, PATIENT_PLURALS, WEAK_CARE_WORDS,
} from './health.js';
import { INDIVIDUAL_PRONOUNS, RELATIVES } from './people.js';
import {
  CREDENTIALS, HEALTHCARE_OCCUPATIONS, STAFF_FRAMING, STAFF_FRAMING_PHRASES, STAFF_ROLES, STAFF_TITLES,
} from './staff.js';
import { NEWS_WORDS, ORG_EVENT_PHRASES, ORG_EVENT_WORDS, POPULATION_WORDS, PRIVACY_PHRASES } from './framing.js';
import { DRUG_BRANDS, INSURERS } from './non-names.js';

// The index of every cue word of the lexicon: exact words, 5-letter stem buckets, phrases by first word.

/** Kinds of cue a word can give, as bit flags. */
export const CUE = {
  health: 1, weak: 2, patient: 4, patients: 8, setting: 16, relative: 32, individual: 64,
  orgEvent: 128, staff: 256, staffFraming: 512, news: 1024, population: 2048, privacy: 4096,
} as const;
export type CueName = keyof typeof CUE;

const exact = new Map<string, number>();
const stems = new Map<string, { stem: string; bits: number }[]>();
export const phrases = new Map<string, { words: readonly string[]; bits: number }[]>();

function add(list: readonly string[], bits: number, asStems: boolean): void {
  for (const entry of list) {
    if (entry.includes(' ')) {
      const words = entry.split(' ');
      const first = words[0]!;
      const arr = phrases.get(first) ?? [];
      arr.push({ words, bits });
      phrases.set(first, arr);
    } else if (asStems && entry.length >= 5) {
      const key = entry.slice(0, 5);
      const arr = stems.get(key) ?? [];
      arr.push({ stem: entry, bits });
      stems.set(key, arr);
    } else {
      exact.set(entry, (exact.get(entry) ?? 0) | bits);
    }
  }
}
// Staff words first: "therapist" and "prescriber" are staff, not the stems "therap"/"prescri".
add(STAFF_ROLES, CUE.staff, false);
add(STAFF_TITLES, CUE.staff, false);
add(HEALTHCARE_OCCUPATIONS, CUE.staff, false);
add(CARE_EVENT_STEMS, CUE.health, true);
add(CONDITION_STEMS, CUE.health, true);
add(HEALTH_WORDS, CUE.health, false);
add(DRUG_BRANDS, CUE.health, false);
add(INSURERS, CUE.weak, false);
add(CREDENTIALS, CUE.staff, false);
add(WEAK_CARE_WORDS, CUE.weak, false);
add(PATIENT_NOUNS, CUE.patient, false);
add(PATIENT_PLURALS, CUE.patients, false);
add(CARE_SETTING_PHRASES, CUE.setting, false);
add(RELATIVES, CUE.relative, false);
add(INDIVIDUAL_PRONOUNS, CUE.individual, false);
add(ORG_EVENT_WORDS, CUE.orgEvent, false);
add(ORG_EVENT_PHRASES, CUE.orgEvent, false);
add(STAFF_FRAMING, CUE.staffFraming, false);
add(STAFF_FRAMING_PHRASES, CUE.staffFraming, false);
add(NEWS_WORDS, CUE.news, false);
add(POPULATION_WORDS, CUE.population, false);
add(PRIVACY_PHRASES, CUE.privacy, false);

const suffixExceptions = new Set(HEALTH_SUFFIX_EXCEPTIONS);
const suffixesByEnd = new Map<string, string[]>();
for (const suf of HEALTH_SUFFIXES) {
  const arr = suffixesByEnd.get(suf.slice(-2)) ?? [];
  arr.push(suf);
  suffixesByEnd.set(suf.slice(-2), arr);
}
// The lexicon never changes, so a word's cue is memoised; bounded so a long-running process
// (an editor integration) cannot grow it without limit.
const memo = new Map<string, number>();
const MEMO_LIMIT = 20_000;

/** Health meaning of one word alone (exact word, stem or clinical suffix), or 0. */
export function wordCue(lower: string): number {
  let bits = memo.get(lower);
  if (bits === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(lower, (bits = lookup(lower)));
  }
  return bits;
}

function lookup(lower: string): number {
  let bits = exact.get(lower) ?? 0;
  if (bits & CUE.staff) return bits;
  if (lower.length >= 5) {
    for (const s of stems.get(lower.slice(0, 5)) ?? []) if (lower.startsWith(s.stem)) bits |= s.bits;
  }
  if (!(bits & CUE.health) && lower.length >= 7 && !suffixExceptions.has(lower)) {
    for (const suf of suffixesByEnd.get(lower.slice(-2)) ?? []) {
      if (lower.endsWith(suf) && lower.length >= suf.length + 3) return bits | CUE.health;
    }
  }
  return bits;
}
