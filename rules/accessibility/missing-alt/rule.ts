import { defineRule } from '../../../src/kit/define-rule.js';
import type { Span } from '../../../src/types.js';

export default defineRule({
  meta: {
    id: 'accessibility/missing-alt',
    description: 'Images need alt text so people using screen readers get the same message (WCAG 1.1.1).',
    severity: 'warn',
    scopes: [],
    messages: {
      missing: 'This image has no alt text. Describe what it shows in a short sentence, so people using '
        + 'screen readers get the message too.',
    },
  },
  check(ctx) {
    for (const item of ctx.post.media) {
      if (item.alt && item.alt.value.trim() !== '') continue;
      const at: Span | undefined = item.src?.span ?? item.alt?.span;
      if (at) ctx.report({ messageId: 'missing', at });
    }
  },
});
