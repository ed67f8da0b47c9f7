import type { RuleContext, Span } from '../types.js';
import { HEALTH_CUES } from './lexicon/health.js';

/** Whether a match plausibly belongs to a patient, with the reasons (Presidio's decision process). */
export interface PatientDecision {
  readonly isPatient: boolean;
  readonly score: number;
  readonly reasons: readonly string[];
}

/**
 * Decides whether the identifier at `at` belongs to a patient (or their relative): care and
 * health words near it raise the score, staff and organisation cues lower it.
 * First version: health cues anywhere in the same sentence, or a reply/testimonial post.
 */
export function patientContext(ctx: RuleContext<unknown>, at: Span): PatientDecision {
  const reasons: string[] = [];
  let score = 0;
  const type = ctx.post.meta.type;
  if (type === 'review-reply' || type === 'reply' || type === 'testimonial') {
    score += 0.4;
    reasons.push(`post type ${type}`);
  }
  const sentence = ctx.analysis.sentences(at.map).find((s) => s.start <= at.start && at.end <= s.end);
  const window = sentence ? sentence.text.toLowerCase() : at.map.text.toLowerCase();
  const cue = HEALTH_CUES.find((c) => window.includes(c));
  if (cue) {
    score += 0.5;
    reasons.push(`health word "${cue}" nearby`);
  }
  return { isPatient: score >= 0.5, score, reasons };
}

/** True when the post's consent covers this kind of identifier (name, photo, condition, ...). */
export function consentCovers(ctx: RuleContext<unknown>, kind: string): boolean {
  const consent = ctx.post.meta.consent;
  return consent !== undefined && consent.scope.includes(kind);
}
