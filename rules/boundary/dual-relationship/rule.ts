import { defineRule } from '../../../src/kit/define-rule.js';
import { findAll } from '../../../src/kit/recognizer.js';
import { DUAL } from './data.js';

export default defineRule({
  meta: {
    id: 'boundary/dual-relationship',
    description: 'Friendships, dating, gifts or favours with patients: a dual relationship.',
    severity: 'error',
    scopes: ['body'],
    messages: {
      dual:
        'This describes a personal relationship, gift or favour with a patient ("{{term}}"). Keep contact '
        + 'with patients professional and remove this from public posts.',
    },
  },
  check(ctx) {
    for (const map of ctx.prose) {
      for (const hit of findAll(map, DUAL)) {
        ctx.report({ messageId: 'dual', at: hit, data: { term: hit.text } });
      }
    }
  },
});
