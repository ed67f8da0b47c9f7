import type { Hit } from '../../../src/kit/recognizer.js';
import { patientContext } from '../../../src/kit/patient-context.js';
import type { RuleContext, Sentence } from '../../../src/types.js';
import {
  GROUP_AFTER, GROUP_BEFORE, MAX_AGE, MIN_AGE, NOT_AGE_AFTER, ORG_SUBJECT_BEFORE, OURS_BEFORE, PATIENT_CUE, SELF_PATIENT, STAFF,
  THING_AFTER,
} from './data.js';
import { ageValue } from './number.js';

/** The age a hit states or implies, or NaN. Birth years count from `refYear` (or the death year). */
export function hitAge(hit: Hit, refYear: number): number {
  const g = hit.groups;
  if (g.birth) {
    const end = g.death && /^\d{4}$/.test(g.death) ? Number(g.death) : refYear;
    return end - Number(g.birth);
  }
  if (hit.pattern.name === 'centenarian') return 100;
  return ageValue(g.n ?? g.w ?? '');
}

// Forms that start with their own verb or ordinal, so the words before them are their subject.
const SUBJECT_FIRST: ReadonlySet<string> = new Set(['turned', 'birthday', 'possessive-ordinal']);
const TO_ORG_AFTER = /^\s+to\s+(?:us|our|all of us|the (?:hospital|clinic|practice|team))\b/i;

/**
 * Whether an age of 90 or more belongs to an individual patient (report) rather than a group,
 * a thing, an organisation or a staff member or volunteer. `sentences` are the hit's map's.
 */
export function isPatientAge(ctx: RuleContext<unknown>, hit: Hit, sentences: readonly Sentence[], age: number): boolean {
  if (!(age >= MIN_AGE && age <= MAX_AGE)) return false;
  const text = hit.map.text;
  const before = text.slice(Math.max(0, hit.start - 40), hit.start);
  const after = text.slice(hit.end, hit.end + 40);
  if (NOT_AGE_AFTER.test(after) && !hit.groups.birth) return false;
  // "adults 90 and older", "patients aged 90": a group; but in "one of our residents turned 103"
  // the word before "turned" is the person who did.
  if (GROUP_AFTER.test(after) || (!SUBJECT_FIRST.has(hit.pattern.name) && GROUP_BEFORE.test(before))) return false;
  if (hit.pattern.name === 'years-old' && THING_AFTER.test(after)) return false;
  if (ORG_SUBJECT_BEFORE.test(before) || TO_ORG_AFTER.test(after)) return false;
  if ((hit.pattern.name === 'birthday' || hit.pattern.name === 'turned') && OURS_BEFORE.test(before)) return false;

  const i = sentences.findIndex((s) => s.start <= hit.start && hit.start < s.end);
  const here = sentences[i]?.text ?? text;
  const around = [sentences[i - 1]?.text, sentences[i + 1]?.text].filter(Boolean).join('\n');
  const near = `${around}\n${here}`;
  // A volunteer or staff member is not a patient unless the sentence itself says they are.
  if (STAFF.test(here) && !SELF_PATIENT.test(here)) return false;
  if (STAFF.test(around) && !PATIENT_CUE.test(here)) return false;
  if (PATIENT_CUE.test(near) || patientContext(ctx, hit).isPatient) return true;
  // Hashtags and short lines ("#Centenarian") lean on the rest of the post.
  return ctx.prose.some((m) => PATIENT_CUE.test(m.text)) && !ctx.prose.some((m) => STAFF.test(m.text));
}
