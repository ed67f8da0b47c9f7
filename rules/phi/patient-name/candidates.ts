import type { Sentence, TextMap, Token } from '../../../src/types.js';
import { isSurname, nameLike, wordKind, type WordKind } from '../../../src/kit/lexicon/word-kinds.js';
import { CALENDAR, SURNAME_PLACE_WORDS } from '../../../src/kit/lexicon/non-names.js';
import { NAME_PARTICLES } from './data.js';
import { leadingInitial, nameShaped, skippable, stripPossessive } from './shape.js';

export type Evidence =
  | 'initial' | 'nickname' | 'possessive' | 'possessiveCare' | 'patientNoun' | 'kin' | 'child' | 'family' | 'greeting'
  | 'vocative' | 'staff' | 'credit' | 'locative' | 'article' | 'who' | 'age' | 'hashtag' | 'initials' | 'public';

/** A capitalised run that may be a person's name, with what is known about it so far. */
export interface Candidate {
  readonly map: TextMap;
  readonly sentence: Sentence;
  /** Reported span: the name plus an honorific or kinship title before it. */
  readonly start: number;
  end: number;
  /** Lower-case name words, possessive removed ("harold", "jennings"). */
  readonly names: string[];
  readonly kinds: WordKind[];
  readonly prefix?: WordKind;
  readonly atStart: boolean;
  /** Token indexes: first token before the name words, first and last name token. */
  readonly before: number;
  readonly first: number;
  readonly last: number;
  /** Index of the first token of the sentence. */
  readonly sentenceFirst: number;
  readonly evidence: Set<Evidence>;
  person: number;
  veto?: string;
}

const PARTICLES = new Set(NAME_PARTICLES);
const SURNAME_PLACES = new Set(SURNAME_PLACE_WORDS);
const TITLES = new Set<WordKind>(['honorific', 'staffTitle', 'publicTitle', 'kinTitle', 'staffRole']);
// Words written with a period that continue a name: "Dr. Chen", "M. Jones", "St. Luke's", "Mt. Hope".
const DOTTED = new Set<WordKind>([...TITLES, 'institution', 'place']);
const MONTHS = new Set(CALENDAR.slice(0, 24));
const ENTITY = new Set<WordKind>(['place', 'observance', 'institution', 'brand', 'eponym', 'health', 'calendar', 'staffRole']);

/** Capitalised runs of a text map that could be person names (hashtags and initials aside). */
export function findRuns(map: TextMap, tokens: readonly Token[], sentences: readonly Sentence[]): Candidate[] {
  const text = map.text;
  const out: Candidate[] = [];
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (s < sentences.length - 1 && t.start >= sentences[s]!.end) s++;
    if (!nameShaped(t.text) || skippable(text, t)) continue;
    // A lone capital starts a name only as an initial before one ("T. Nakamura"), not "I" or "A".
    if (t.text.length === 1 && !leadingInitial(text, t, tokens[i + 1])) continue;
    const sentence = sentences[s]!;
    const run = [i];
    const nick: number[] = [];
    for (let k = i; run.length < 7; ) {
      const nxt = tokens[k + 1];
      if (!nxt || nxt.start >= sentence.end) break;
      const gap = text.slice(tokens[k]!.end, nxt.start);
      const afterNext = tokens[k + 2];
      if ((gap === ' ' || (gap === '. ' && (tokens[k]!.text.length === 1 || DOTTED.has(wordKind(tokens[k]!.lower)))))
        && nameShaped(nxt.text) && !skippable(text, nxt)) { run.push(++k); continue; }
      if (gap === ' ' && PARTICLES.has(nxt.text) && afterNext && nameShaped(afterNext.text)) { run.push(++k); continue; }
      if (/^ ['"‘“]$/.test(gap) && afterNext && /^['"’”] $/.test(text.slice(nxt.end, afterNext.start))
        && nameShaped(nxt.text) && nameShaped(afterNext.text)) { nick.push(k + 1); run.push(k + 1, k + 2); k += 2; continue; }
      break;
    }
    i = run[run.length - 1]!;
    const c = coreOf(map, sentence, tokens, run, nick);
    if (c) out.push(c);
  }
  return out;
}

function coreOf(map: TextMap, sentence: Sentence, tokens: readonly Token[], run: number[], nick: number[]): Candidate | undefined {
  let p = 0;
  let prefix: WordKind | undefined;
  const evidence = new Set<Evidence>();
  while (p < run.length) {
    const kind = wordKind(stripPossessive(tokens[run[p]!]!.lower));
    // "Pt Carla Ruiz": charting shorthand for patient (capitalised "PT" is a physical therapist).
    if (tokens[run[p]!]!.text === 'Pt' && p + 1 < run.length) { evidence.add('patientNoun'); p++; break; }
    if (TITLES.has(kind) && p + 1 < run.length) { prefix = kind === 'staffRole' ? 'staffTitle' : kind; p++; break; }
    if (nameLike(kind)) break;
    if (kind === 'place' || kind === 'institution' || kind === 'brand' || kind === 'eponym' || kind === 'observance') return undefined;
    p++;
  }
  const names: string[] = [];
  const kinds: WordKind[] = [];
  let q = p;
  const initialStart = q;
  while (q < run.length - 1 && tokens[run[q]!]!.text.length === 1 && map.text[tokens[run[q]!]!.end] === '.') q++;
  if (q > initialStart) evidence.add('initial');
  let trailing = false;
  for (; q < run.length; q++) {
    const tok = tokens[run[q]!]!;
    if (PARTICLES.has(tok.text)) continue;
    const lower = stripPossessive(tok.lower);
    let kind = nick.includes(run[q]!) ? 'given' : wordKind(lower);
    if (tok.text.length === 1) {
      // "Jake M." ends with an initial; "Things I wish" does not.
      if (names.length && map.text[tok.end] === '.') { evidence.add('initial'); trailing = true; }
      break;
    }
    if (kind === 'commonShape' && names.length) kind = 'unknown';
    // "Mr. Hill", "Zoe Park": a place word that is also a surname, after an honorific or a given name.
    if (kind === 'place' && SURNAME_PLACES.has(lower) && (prefix === 'honorific' || kinds[0] === 'given')) kind = 'surname';
    if (!nameLike(kind)) break;
    names.push(lower);
    kinds.push(kind);
    if (nick.includes(run[q]!)) evidence.add('nickname');
    if (lower !== tok.lower) { evidence.add('possessive'); q++; break; }
  }
  if (!names.length) return undefined;
  // "rang the bell June 23", "since April 2": a month before a day or year is a date, not a name.
  const after = tokens[run[q - 1]! + 1];
  if (names.length === 1 && MONTHS.has(names[0]!) && after && /^\d{1,4}(?:st|nd|rd|th)?$/.test(after.lower)) return undefined;
  const next = run[q] !== undefined ? tokens[run[q]!]! : undefined;
  if (next && !next.text.match(/^\p{Lu}$/u)) {
    const nk = wordKind(stripPossessive(next.lower));
    const surnameLike = SURNAME_PLACES.has(next.lower) && kinds[0] === 'given';
    if (ENTITY.has(nk) && !surnameLike) return undefined;
    // "Danny Boy", "Harold Says": a capitalised everyday word after the name makes a title, not a name.
    if (nk === 'common' && !isSurname(next.lower) && !evidence.has('possessive')) return undefined;
  }
  const lastIdx = trailing ? run[q]! : run[q - 1]!;
  const firstTok = tokens[run[p]!]!;
  const lastTok = tokens[lastIdx]!;
  const startTok = prefix ? tokens[run[p - 1]!]! : firstTok;
  const end = trailing ? lastTok.end + 1 : lastTok.end;
  return {
    map, sentence, start: startTok.start, end, names, kinds, evidence, person: 0,
    ...(prefix ? { prefix } : {}),
    sentenceFirst: firstTokenOf(tokens, sentence),
    atStart: run[0]! === firstTokenOf(tokens, sentence) && p === 0,
    before: run[prefix ? p - 1 : p]! - 1, first: run[p]!, last: lastIdx,
  };
}

function firstTokenOf(tokens: readonly Token[], s: Sentence): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < s.start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
