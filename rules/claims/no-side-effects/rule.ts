import { defineRule } from '../../../src/kit/define-rule.js';
import { assertedHits, sourcedEducation, wordsAfter, wordsBefore } from '../claim-kit.js';
import { HEDGE, NOT_PRODUCT_SAFETY_AFTER, NOT_PRODUCT_SAFETY_BEFORE, SAFETY_PATTERNS } from './data.js';

export default defineRule({
  meta: {
    id: 'claims/no-side-effects',
    description: 'Promises of "no side effects", "zero risk" or "completely safe", and "natural, so it is safe".',
    severity: 'error',
    scopes: ['body', 'alt', 'caption', 'meta.title'],
    keywords: ['side effect', 'side-effect', 'adverse', 'risk', 'safe', 'harmless'],
    messages: {
      safety:
        'This promises complete safety ("{{term}}"). Every treatment can have side effects, and regulators treat '
        + 'such promises as misleading. Say what the common side effects are, or that they are usually mild, and cite the source.',
    },
  },
  check(ctx) {
    for (const { hit, sentence } of assertedHits(ctx, SAFETY_PATTERNS)) {
      const prev = wordsBefore(hit.map, sentence.start, hit.start, 4);
      if (hit.pattern.name === 'safe'
        && (NOT_PRODUCT_SAFETY_AFTER.test(wordsAfter(hit.map, hit.end, 3)) || NOT_PRODUCT_SAFETY_BEFORE.test(prev))) continue;
      if (hit.pattern.name !== 'natural' && HEDGE.test(prev)) continue;
      // "No serious side effects were seen in the trials" with a CDC link is education, not a sales promise.
      if (hit.pattern.name !== 'natural' && sourcedEducation(ctx, sentence)) continue;
      ctx.report({ messageId: 'safety', at: hit, data: { term: hit.text } });
    }
  },
});
