import { defineRule } from '../../../src/kit/define-rule.js';
import { upperBound, weights } from './count.js';
import { LIMITS } from './data.js';

export default defineRule({
  meta: {
    id: 'platform/too-long',
    description: 'Post text longer than the target platform allows.',
    severity: 'error',
    scopes: ['body'],
    messages: {
      tooLong: 'This post is {{length}} characters as {{platform}} counts them; the limit is {{limit}}. '
        + 'Text from here on will not fit: shorten it or split it into a thread.',
    },
  },
  check(ctx) {
    const platform = ctx.post.meta.platform;
    const limit = platform ? LIMITS[platform] : undefined;
    const body = ctx.prose.find((m) => m.scope === 'body');
    // No grapheme weighs more than 4 per UTF-16 unit (Threads' emoji bytes), 2 elsewhere.
    const perUnit = limit?.counting === 'threads' ? 4 : 2;
    if (!limit || !body || body.text.length * perUnit <= limit.limit) return;
    // Bare URLs are published as written but are not prose; X counts each as a 23-character t.co link.
    // A Markdown link publishes its text, which is already in the prose.
    let total = 0;
    for (const link of ctx.post.links) {
      if (link.kind === 'bare-url' || link.kind === 'autolink') total += limit.urlLength ?? link.url.length;
    }
    const text = body.text.trim();
    if (total + upperBound(text, limit.counting) <= limit.limit) return;
    const lead = body.text.indexOf(text);
    let cut = -1;
    for (const { index, weight } of weights(text, limit.counting)) {
      total += weight;
      if (cut < 0 && total > limit.limit) cut = lead + index;
    }
    if (cut < 0) return;
    ctx.report({
      messageId: 'tooLong',
      at: { map: body, start: cut, end: lead + text.length },
      data: { length: String(total), limit: String(limit.limit), platform: limit.name },
    });
  },
});
