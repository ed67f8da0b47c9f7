import { CONTEXT_WEIGHTS as W } from './context-weights.js';
import { CUE, type CueHits } from './cue-index.js';

/** Cue kinds that mean someone's care is being talked about. */
export const CARE = CUE.health | CUE.setting | CUE.patient | CUE.patients;

/** One term of a sentence's patient-context score. */
export type Term = [weight: number, kind: 'care' | 'staff' | 'population' | 'other', reason: () => string];

/**
 * The terms of a sentence's score: weight, kind and reason. Scores are summed on every call;
 * reason strings are only built when a caller reads them.
 */
export function terms(h: CueHits, population: boolean): Term[] {
  const out: Term[] = [];
  const w = h.words;
  const has = (bit: number): boolean => (h.bits & bit) !== 0;
  const care = has(CARE & ~CUE.patients);
  const add = (weight: number, kind: Term[1], reason: () => string): void => { out.push([weight, kind, reason]); };
  if (h.health > 0) add(W.health + Math.min(W.healthMoreCap, W.healthMore * (h.health - 1)), 'care', () => `health word "${w.health}"`);
  else if (has(CUE.weak)) add(W.weakCare + (h.weak > 1 ? W.weakMore : 0), 'care', () => `care word "${w.weak}"`);
  if (has(CUE.patient)) add(W.patient, 'care', () => `"${w.patient}"`);
  else if (has(CUE.patients)) add(W.patients, 'care', () => `"${w.patients}"`);
  if (has(CUE.setting)) add(W.setting, 'care', () => `care setting (${w.setting})`);
  if (care && has(CUE.relative)) add(W.relative, 'care', () => `relative ("${w.relative}")`);
  if (care && has(CUE.individual)) add(W.individual, 'care', () => 'about one person');
  const soften = has(CUE.patient) ? 0.5 : 1;
  if (has(CUE.orgEvent)) add(W.orgEvent, 'other', () => `organisation event ("${w.orgEvent}")`);
  if (has(CUE.staff)) add(W.staff * soften, 'staff', () => `staff word ("${w.staff}")`);
  if (has(CUE.staffFraming)) add(W.staffFraming * soften, 'staff', () => `about staff ("${w.staffFraming}")`);
  if (has(CUE.news)) add(W.news, 'other', () => `news framing ("${w.news}")`);
  const one = has(CUE.patient | CUE.individual | CUE.relative);
  if (!one && (has(CUE.population) || population)) add(W.population, 'population', () => 'about a population');
  if (has(CUE.privacy)) add(W.privacy, 'other', () => 'privacy statement');
  return out;
}
