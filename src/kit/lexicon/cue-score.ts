import { CONTEXT_WEIGHTS as W } from './context-weights.js';
import { CUE, type CueHits } from './cue-index.js';

/** Cue kinds that mean someone's care is being talked about. */
export const CARE = CUE.health | CUE.setting | CUE.patient | CUE.patients;

/**
 * One term of a sentence's patient-context score: its weight, its kind, and its reason as a
 * template whose "%" is the cue word (so reasons cost nothing until someone reads them).
 */
export type Term = [weight: number, kind: 'care' | 'staff' | 'population' | 'other', reason: string, word?: string];

/** A term's reason in words. */
export const reasonOf = (t: Term): string => t[2].replace('%', t[3] ?? '');

/** The terms of a sentence's score. */
export function terms(h: CueHits, population: boolean): Term[] {
  const out: Term[] = [];
  const w = h.words;
  const has = (bit: number): boolean => (h.bits & bit) !== 0;
  const care = has(CARE & ~CUE.patients);
  if (h.health > 0) out.push([W.health + Math.min(W.healthMoreCap, W.healthMore * (h.health - 1)), 'care', 'health word "%"', w.health]);
  else if (has(CUE.weak)) out.push([W.weakCare + (h.weak > 1 ? W.weakMore : 0), 'care', 'care word "%"', w.weak]);
  if (has(CUE.patient)) out.push([W.patient, 'care', '"%"', w.patient]);
  else if (has(CUE.patients)) out.push([W.patients, 'care', '"%"', w.patients]);
  if (has(CUE.setting)) out.push([W.setting, 'care', 'care setting (%)', w.setting]);
  if (care && has(CUE.relative)) out.push([W.relative, 'care', 'relative ("%")', w.relative]);
  // A sentence about one person ("she went home on Friday") next to care words is about the patient.
  if (has(CUE.individual)) out.push([W.individual, 'care', 'about one person']);
  const soften = has(CUE.patient) ? 0.5 : 1;
  if (has(CUE.orgEvent)) out.push([W.orgEvent, 'other', 'organisation event ("%")', w.orgEvent]);
  if (has(CUE.staff)) out.push([W.staff * soften, 'staff', 'staff word ("%")', w.staff]);
  if (has(CUE.staffFraming)) out.push([W.staffFraming * soften, 'staff', 'about staff ("%")', w.staffFraming]);
  if (has(CUE.news)) out.push([W.news, 'other', 'news framing ("%")', w.news]);
  const one = has(CUE.patient | CUE.individual | CUE.relative);
  if (!one && (has(CUE.population) || population)) out.push([W.population, 'population', 'about a population']);
  if (has(CUE.privacy)) out.push([W.privacy, 'other', 'privacy statement']);
  return out;
}
