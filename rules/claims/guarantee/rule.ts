import { defineRule } from '../../../src/kit/define-rule.js';
import { assertedHits, wordsAfter, wordsBefore } from '../claim-kit.js';
import { GUARANTEE_PATTERNS, OUTCOME, SERVICE } from './data.js';

export default defineRule({
  meta: {
    id: 'claims/guarantee',
    description: 'Guaranteed, 100% or permanent results, and risk-free or money-back promises about health outcomes.',
    severity: 'error',
    scopes: ['body', 'alt', 'caption', 'meta.title'],
    keywords: ['guarant', '100', 'permanent', 'risk-free', 'risk free', 'money back', 'money-back', 'works for', 'works every'],
    messages: {
      guarantee:
        'This guarantees a health result ("{{term}}"). No treatment works for everyone, and regulators treat '
        + 'guaranteed results as misleading. Describe typical results honestly instead.',
      riskFree:
        'A "{{term}}" promise on a health product implies it is sure to work, which regulators treat as misleading. '
        + 'Describe typical results honestly, and keep any refund terms apart from health claims.',
    },
  },
  check(ctx) {
    for (const { hit, sentence } of assertedHits(ctx, GUARANTEE_PATTERNS)) {
      if (hit.pattern.name === 'guarantee' || hit.pattern.name === 'risk-free') {
        // "Same-day appointments, guaranteed" promises a service; "relief guaranteed within hours" does not.
        const near = `${wordsBefore(hit.map, sentence.start, hit.start, 5)} ${wordsAfter(hit.map, hit.end, 5)}`;
        if (SERVICE.test(near) && !OUTCOME.test(near)) continue;
      }
      ctx.report({ messageId: hit.pattern.name === 'risk-free' ? 'riskFree' : 'guarantee', at: hit, data: { term: hit.text } });
    }
  },
});
