// Weights and thresholds of the patient-context decision (src/kit/patient-context.ts).
// Source: [derived] design values, checked on the dev corpus (scripts/dev-score.mjs --family phi)
// and the phi rule fixtures; change them there, never per rule.

export const CONTEXT_WEIGHTS = {
  /** First strong health or care word in the sentence, and each further distinct one (capped). */
  health: 0.45,
  healthMore: 0.1,
  healthMoreCap: 0.2,
  /** Weak care words ("visit", "room") alone. */
  weakCare: 0.2,
  weakMore: 0.1,
  /** A singular patient noun ("our patient"), a plural one ("patients"). */
  patient: 0.4,
  patients: 0.25,
  /** A care setting ("in our care", "on our unit", "4 West"). */
  setting: 0.35,
  /** A relative ("her son"), only when care is also mentioned; a third-person pronoun. */
  relative: 0.1,
  individual: 0.1,
  /** Share of the best neighbouring sentence's score that carries over. */
  neighbour: 0.5,
  /** Added when some other sentence of the post has a strong care cue. */
  postCare: 0.15,
  /** Post types whose subject is the person addressed or shown. */
  reply: 0.3,
  testimonial: 0.4,
  /** Discounts for the span's own sentence. */
  orgEvent: -0.35,
  staff: -0.15,
  staffFraming: -0.3,
  news: -0.45,
  population: -0.25,
  privacy: -0.5,
  /** Score at or above which a span is treated as a patient's. */
  threshold: 0.5,
} as const;
