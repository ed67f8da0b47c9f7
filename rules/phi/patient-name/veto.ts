import type { RuleContext } from '../../../src/types.js';
import { CUE } from '../../../src/kit/lexicon/cue-index.js';
import { PUBLIC_VISIT, SELF_DISCLOSURE } from '../../../src/kit/lexicon/framing.js';
import { sentenceCues } from '../../../src/kit/patient-context.js';
import type { Candidate } from './candidates.js';
import { CREDIT_TEXT, OUR_CARE, STREET_SUFFIXES } from './data.js';

const DISCLOSURE = new RegExp(String.raw`\b(?:${SELF_DISCLOSURE.join('|')})\b`, 'i');
const VISIT = new RegExp(String.raw`\b(?:${PUBLIC_VISIT.join('|')})\b`, 'i');
const STREETS = new Set(STREET_SUFFIXES);
const REPLY = new Set(['reply', 'review-reply']);
const HOUSE_NUMBER = /\d[\dA-Za-z-]*\s+$/;

/** "Birchwood Lane", "1418 Maple Court": a street, unless a first name leads ("Kayla Lane"). */
function streetName(c: Candidate): boolean {
  if (c.names.length < 2 || !STREETS.has(c.names[c.names.length - 1]!)) return false;
  return c.kinds[0] !== 'given' || HOUSE_NUMBER.test(c.map.text.slice(Math.max(0, c.start - 8), c.start));
}

/** Cue bits of the candidate's sentence and of the next one when it is on the same line. */
function lineCues(ctx: RuleContext<unknown>, c: Candidate): number {
  const list = ctx.analysis.sentences(c.map);
  const next = list[list.indexOf(c.sentence) + 1];
  const same = next !== undefined && !c.map.text.slice(c.sentence.end, next.start).includes('\n');
  return sentenceCues(ctx, c) | (same ? sentenceCues(ctx, { map: c.map, start: next.start, end: next.start }) : 0);
}

/** Why a candidate cannot be a patient, if it cannot. */
export function vetoOf(ctx: RuleContext<unknown>, c: Candidate, own: Set<string>): string | undefined {
  if (c.veto) return c.veto;
  const ev = c.evidence;
  if (c.names.every((n) => own.has(n))) return "the post's author or organisation";
  if (ev.has('patientNoun')) return undefined;
  if (c.prefix === 'staffTitle' || ev.has('staff')) return 'staff';
  const bits = sentenceCues(ctx, c);
  if (ev.has('credit') && bits & CUE.staff) return 'staff';
  // "Governor Moreno announced ...", "Selena Gomez has spoken about her lupus": public health news.
  if (bits & CUE.news) return 'a public figure in the news';
  // "Senator Ellen Marsh, who shared that she's starting treatment": a public figure's own news,
  // unless the organisation says it cared for them ("we treated Mayor Ortiz").
  if (ev.has('public') && (DISCLOSURE.test(c.sentence.text) || VISIT.test(c.sentence.text)) && !OUR_CARE.test(c.sentence.text)) {
    return 'a public figure in the news';
  }
  if (streetName(c)) return 'a street';
  // "Great job, Keisha!", "Thanks, Marco!" in a post (not a reply): praise for someone's work.
  // "We'll miss you, Gloria! Enjoy your retirement.": a farewell to staff.
  if ((ev.has('vocative') || ev.has('greeting')) && !REPLY.has(ctx.post.meta.type ?? '')
    && (CREDIT_TEXT.test(c.sentence.text) || lineCues(ctx, c) & CUE.staffFraming)) return 'staff';
  // "Happy retirement to Linda Torres, our charge nurse": a sentence about staff names staff,
  // unless the name itself is tied to care (an honorific, "Mrs. K's biopsy", a relative).
  const tied = c.prefix === 'honorific' || ev.has('possessiveCare') || ev.has('kin') || ev.has('child');
  if (!tied && bits & CUE.staffFraming && bits & CUE.staff) return 'staff';
  return undefined;
}

