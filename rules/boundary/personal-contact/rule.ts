import { defineRule } from '../../../src/kit/define-rule.js';
import { findAll } from '../../../src/kit/recognizer.js';
import { sentenceAt } from '../../../src/kit/sentence-at.js';
import { PERSONAL_CONTACT, PUBLIC_LINES } from './data.js';

export default defineRule({
  meta: {
    id: 'boundary/personal-contact',
    description: 'A clinician offering personal contact (cell, DMs, personal accounts) to patients in public.',
    severity: 'error',
    scopes: ['body'],
    keywords: ['me', 'my '],
    messages: {
      personal:
        'This offers a personal way to reach a clinician ("{{term}}"). Point people to the office phone, '
        + 'the patient portal or another official channel instead.',
    },
  },
  check(ctx) {
    for (const map of ctx.prose) {
      for (const hit of findAll(map, PERSONAL_CONTACT)) {
        // "If you are in crisis, call or text 988" is public advice, not a personal channel.
        const sentence = sentenceAt(ctx.analysis, hit);
        if (sentence && PUBLIC_LINES.test(sentence.text)) continue;
        ctx.report({ messageId: 'personal', at: hit, data: { term: hit.text } });
      }
    }
  },
});
