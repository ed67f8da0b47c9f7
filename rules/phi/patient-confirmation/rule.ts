import { defineRule } from '../../../src/kit/define-rule.js';
import { ADVICE, BORDERLINE_PATTERNS, CONFIRM_PATTERNS, REPLY_OPENING } from './data.js';
import { matches, yourCare, type Found } from './find.js';

export default defineRule({
  meta: {
    id: 'phi/patient-confirmation',
    description: 'A reply that confirms someone was seen, treated or billed discloses that they are a patient.',
    severity: 'error',
    scopes: ['body'],
    sensitive: true,
    messages: {
      confirms: 'This reply confirms that the person was seen or treated ("{{phrase}}"), which is private health information. '
        + 'Reply without any detail of their visit, care or bill: thank them, and invite them to call the office.',
      borderline: 'This wording ("{{phrase}}") may confirm that the person is a patient. A safer reply says nothing about '
        + 'any visit: thank them for the feedback and invite them to call the office.',
    },
  },
  check(ctx) {
    const type = ctx.post.meta.type;
    const reply = type === 'reply' || type === 'review-reply'
      || ((type === undefined || type === 'post') && ctx.prose.some((m) => REPLY_OPENING.test(m.text)));
    if (!reply) return;
    for (const map of ctx.prose) {
      const advice: [number, number][] = [];
      ADVICE.lastIndex = 0;
      for (let m = ADVICE.exec(map.text); m; m = ADVICE.exec(map.text)) advice.push([m.index, m.index + m[0].length]);
      const found: Found[] = [];
      matches(map, CONFIRM_PATTERNS, 2, found);
      yourCare(map, ctx.analysis.tokens(map), advice, found);
      matches(map, BORDERLINE_PATTERNS, 1, found);
      // Strong findings first, then the longer one: overlapping phrases are reported once.
      found.sort((a, b) => a.start - b.start || b.severity - a.severity || b.end - a.end);
      let last = -1;
      for (const f of found) {
        if (f.start < last) continue;
        last = f.end;
        ctx.report({
          messageId: f.severity === 2 ? 'confirms' : 'borderline',
          at: { map, start: f.start, end: f.end },
          data: { phrase: map.text.slice(f.start, f.end) },
          ...(f.severity === 1 ? { severity: 1 as const } : {}),
        });
      }
    }
  },
});
