import { defineRule } from '../../../src/kit/define-rule.js';
import { DEFAULTS, SCHEMA, type GradeOptions } from './data.js';
import { syllables } from './syllables.js';

export default defineRule<GradeOptions>({
  meta: {
    id: 'readability/grade-level',
    description: 'Reading level far above what patients can be expected to read.',
    severity: 'warn',
    scopes: ['body'],
    strictOnly: true,
    schema: SCHEMA,
    defaults: DEFAULTS,
    messages: {
      grade: 'This post reads at about grade {{grade}} (Flesch-Kincaid); aim for grade {{max}} or below. '
        + 'Use shorter sentences and everyday words.',
    },
  },
  check(ctx) {
    const opts = { ...DEFAULTS, ...ctx.options };
    for (const map of ctx.prose) {
      // Hashtags, mentions and numbers are not words a reader sounds out.
      const words = ctx.analysis.tokens(map).filter((t) => !/^\d/.test(t.text)
        && !/[#@]$/.test(map.text.slice(Math.max(0, t.start - 1), t.start)));
      const sentences = ctx.analysis.sentences(map).length;
      if (words.length < opts.minWords || sentences < opts.minSentences) continue;
      const syl = words.reduce((n, t) => n + syllables(t.text), 0);
      const grade = 0.39 * (words.length / sentences) + 11.8 * (syl / words.length) - 15.59;
      if (grade <= opts.maxGrade) continue;
      const first = words[0]!;
      ctx.report({
        messageId: 'grade',
        at: { map, start: first.start, end: first.end },
        data: { grade: grade.toFixed(1), max: String(opts.maxGrade) },
      });
    }
  },
});
