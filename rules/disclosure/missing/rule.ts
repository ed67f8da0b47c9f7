import { defineRule } from '../../../src/kit/define-rule.js';
import { inspect } from './detect.js';

export default defineRule({
  meta: {
    id: 'disclosure/missing',
    description: 'Sponsored, gifted, affiliate or partner content without a clear disclosure such as #ad.',
    severity: 'error',
    scopes: ['body'],
    messages: {
      missing: 'This post looks like paid or partner content ({{reason}}) but has no clear disclosure. '
        + 'Start it with "#ad", "Sponsored" or "Paid partnership with <brand>".',
      unclear: '"{{term}}" is not a clear disclosure: tags like #sp, #spon, #collab or #partner are easy to '
        + 'misread. Start the post with "#ad", "Sponsored" or "Paid partnership with <brand>".',
    },
  },
  check(ctx) {
    const found = inspect(ctx);
    if (!found.needs || found.disclosures.length > 0 || !found.body) return;
    const tag = found.signals.find((s) => s.name === 'tag');
    if (tag) {
      ctx.report({ messageId: 'unclear', at: tag, data: { term: tag.text } });
      return;
    }
    // With only "sponsored: true" to go on, point at the first sentence, where the label belongs.
    const at = found.signals[0] ?? ctx.analysis.sentences(found.body)[0] ?? { map: found.body, start: 0, end: 0 };
    ctx.report({ messageId: 'missing', at, data: { reason: found.reason } });
  },
});
