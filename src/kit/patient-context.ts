import type { RuleContext, Span, TextMap } from '../types.js';
import { CONTEXT_WEIGHTS as W } from './lexicon/context-weights.js';
import { scanCues, type CueHits } from './lexicon/cue-index.js';
import { CARE, reasonOf, terms, type Term } from './lexicon/cue-score.js';

/** Whether a match plausibly belongs to a patient, with the reasons (Presidio's decision process). */
export interface PatientDecision { readonly isPatient: boolean; readonly score: number; readonly reasons: readonly string[] }

/** Options of `patientContext`: `person`, the span is a name whose rule checked staff cues itself. */
export interface ContextOptions { readonly person?: boolean }

/** One sentence's cues and own score (before neighbours and post type); `personScore` leaves out staff and population terms. */
interface SentenceCues {
  readonly start: number; readonly end: number; readonly hits: CueHits;
  readonly score: number; readonly personScore: number; readonly population: boolean;
}

/** Per map sentence cues, the number of care sentences, and every cue kind found in the post. */
interface PostCues { readonly maps: Map<TextMap, readonly SentenceCues[]>; careSentences: number; bits: number }

// "1 in 3 adults", "90%": statements about populations, not about one person.
const POPULATION_TEXT = /%|\b\d+\s+(?:in|out of)\s+\d+\b/;

// A person's name was already checked for staff cues by its rule, and names one person.
const personTerm = (t: Term): boolean => t[1] !== 'staff' && t[1] !== 'population';

function analyseMap(ctx: RuleContext<unknown>, map: TextMap): SentenceCues[] {
  const tokens = ctx.analysis.tokens(map);
  const out: SentenceCues[] = [];
  let i = 0;
  for (const s of ctx.analysis.sentences(map)) {
    while (i < tokens.length && tokens[i]!.start < s.start) i++;
    let j = i;
    while (j < tokens.length && tokens[j]!.end <= s.end) j++;
    // An emoji-only "sentence" ("💉") has no cues and must not stand between two neighbours.
    if (j === i) continue;
    const hits = scanCues(tokens, i, j, map.text);
    const population = POPULATION_TEXT.test(s.text);
    let score = 0;
    let personScore = 0;
    for (const t of terms(hits, population)) {
      score += t[0];
      if (personTerm(t)) personScore += t[0];
    }
    out.push({ start: s.start, end: s.end, hits, score, personScore, population });
    i = j;
  }
  return out;
}

function postCues(ctx: RuleContext<unknown>): PostCues {
  return ctx.analysis.shared('kit/patient-context', () => {
    const cues: PostCues = { maps: new Map(), careSentences: 0, bits: 0 };
    for (const map of ctx.post.prose) {
      const list = analyseMap(ctx, map);
      cues.maps.set(map, list);
      for (const s of list) {
        if (s.hits.bits & CARE) cues.careSentences++;
        cues.bits |= s.hits.bits;
      }
    }
    return cues;
  });
}

function sentencesOf(ctx: RuleContext<unknown>, map: TextMap): readonly SentenceCues[] {
  const cues = postCues(ctx);
  let list = cues.maps.get(map);
  if (!list) cues.maps.set(map, (list = analyseMap(ctx, map)));
  return list;
}

/** Cue bits (`CUE` of lexicon/cue-index.ts) of the sentence holding `at` (and its neighbours, if `near`). */
export function sentenceCues(ctx: RuleContext<unknown>, at: Span, near = false): number {
  const list = sentencesOf(ctx, at.map);
  if (!list.length) return 0;
  const k = sentenceAt(list, at.start);
  return list[k]!.hits.bits | (near ? (list[k - 1]?.hits.bits ?? 0) | (list[k + 1]?.hits.bits ?? 0) : 0);
}

/** Index of the sentence holding `offset` (or the last one before it). */
function sentenceAt(list: readonly SentenceCues[], offset: number): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (list[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Decides whether the identifier at `at` belongs to a patient (or their relative). Care and
 * health words in its sentence raise the score, those of the neighbouring sentences half as
 * much; replies and testimonials add to it; organisation events, staff, news, population and
 * privacy framing of its own sentence lower it. Per-sentence cues are computed once per post.
 */
export function patientContext(ctx: RuleContext<unknown>, at: Span, options?: ContextOptions): PatientDecision {
  const cues = postCues(ctx);
  const list = sentencesOf(ctx, at.map);
  const person = options?.person === true;
  const k = list.length > 0 ? sentenceAt(list, at.start) : -1;
  const own = list[k];
  let score = 0;
  let near = 0;
  let elsewhere = false;
  if (own) {
    score = person ? own.personScore : own.score;
    near = Math.max(0, list[k - 1]?.score ?? 0, list[k + 1]?.score ?? 0);
    score += W.neighbour * near;
    elsewhere = cues.careSentences > (own.hits.bits & CARE ? 1 : 0);
    if (elsewhere) score += W.postCare;
  }
  const type = ctx.post.meta.type;
  const typed = type === 'reply' || type === 'review-reply' || type === 'testimonial';
  if (typed) score += type === 'testimonial' ? W.testimonial : W.reply;
  score = Math.round(score * 100) / 100;
  return {
    isPatient: score >= W.threshold,
    score,
    // Reasons are words for people, built only when someone reads them.
    get reasons() {
      const mine = own ? terms(own.hits, own.population).filter((t) => !person || personTerm(t)) : [];
      return [mine.map((t) => `${reasonOf(t)} in the sentence`).join('; '), near > 0 ? 'care words in a neighbouring sentence' : '',
        elsewhere ? 'care words elsewhere in the post' : '', typed ? `post type ${type}` : ''].filter(Boolean);
    },
  };
}

/** The best own-sentence score in the post's prose: how much the post is about someone's care. */
export function postCareScore(ctx: RuleContext<unknown>): number {
  let best = 0;
  for (const list of postCues(ctx).maps.values()) for (const s of list) best = Math.max(best, s.score);
  return best;
}

/** Cue bits (`CUE` of lexicon/cue-index.ts) found anywhere in the post's prose: a cheap gate for rules. */
export function postCueBits(ctx: RuleContext<unknown>): number {
  return postCues(ctx).bits;
}

/** True when the post's consent covers this kind of identifier (name, photo, condition, ...). */
export function consentCovers(ctx: RuleContext<unknown>, kind: string): boolean {
  const consent = ctx.post.meta.consent;
  return consent !== undefined && consent.scope.some((s) => s.trim().toLowerCase() === kind);
}
