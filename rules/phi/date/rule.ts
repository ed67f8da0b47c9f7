import { defineRule } from '../../../src/kit/define-rule.js';
import { consentCovers } from '../../../src/kit/patient-context.js';
import { findAll } from '../../../src/kit/recognizer.js';
import { CONSENT_KINDS, DATE_PATTERNS } from './data.js';
import { decideDate } from './decide.js';

export default defineRule({
  meta: {
    id: 'phi/date',
    description: 'A day or month tied to a patient\'s care or life event is a HIPAA identifier; the year alone is not.',
    severity: 'error',
    scopes: ['body', 'alt', 'caption', 'meta.*'],
    sensitive: true,
    messages: {
      date: 'This date ("{{text}}") is tied to a patient\'s care or life, and a day or month can identify them. '
        + 'Leave it out or make it general, such as "this spring" or just the year.',
      birthDate: 'A birth date ("{{text}}") identifies a person. Remove it; the year alone is allowed if the person is under 90.',
    },
  },
  check(ctx) {
    if (CONSENT_KINDS.some((k) => consentCovers(ctx, k))) return;
    for (const map of ctx.prose) {
      for (const hit of findAll(map, DATE_PATTERNS)) {
        const decision = decideDate(ctx, hit);
        if (!decision.report) continue;
        ctx.report({
          messageId: decision.birth ? 'birthDate' : 'date',
          at: hit,
          data: { text: hit.text },
          suggestions: [{ desc: 'Remove the day and month, or say "this spring", "recently" or just the year.' }],
        });
      }
    }
  },
});
