// Source: Flesch-Kincaid Grade Level = 0.39 (words/sentences) + 11.8 (syllables/words) - 15.59 [S40].
// Thresholds [derived]: NIH recommends patient materials below 8th grade [S37]; AAFP 5th-6th [S36].
// Formulas are unstable on short texts, so posts under the minimums are not scored [S40].
export interface GradeOptions {
  readonly maxGrade: number;
  readonly minWords: number;
  readonly minSentences: number;
}

export const DEFAULTS: GradeOptions = { maxGrade: 8, minWords: 30, minSentences: 3 };

export const SCHEMA = {
  type: 'object',
  properties: {
    maxGrade: { type: 'number', minimum: 1, maximum: 20 },
    minWords: { type: 'integer', minimum: 1 },
    minSentences: { type: 'integer', minimum: 1 },
  },
  additionalProperties: false,
} as const;
