import { defineRule } from '../../../src/kit/define-rule.js';
import { findAll } from '../../../src/kit/recognizer.js';
import { SSN_PATTERNS } from './data.js';

export default defineRule({
  meta: {
    id: 'phi/ssn',
    description: 'A Social Security number (or its last four digits) is a HIPAA identifier.',
    severity: 'error',
    scopes: ['body', 'alt', 'caption', 'meta.*'],
    sensitive: true,
    messages: {
      ssn: 'This looks like a Social Security number ("{{text}}"). Never publish one: remove it.',
      lastFour: 'The last four digits of a Social Security number ("{{text}}") still identify a person. Remove them.',
    },
  },
  check(ctx) {
    // Any SSN in a published post is a disclosure, whoever it belongs to, so no patient-context test.
    for (const map of ctx.prose) {
      for (const hit of findAll(map, SSN_PATTERNS)) {
        const lastFour = hit.pattern.name.startsWith('last-four');
        ctx.report({ messageId: lastFour ? 'lastFour' : 'ssn', at: hit, data: { text: hit.text } });
      }
    }
  },
});
