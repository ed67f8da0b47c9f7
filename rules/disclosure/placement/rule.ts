import { defineRule } from '../../../src/kit/define-rule.js';
import { inspect } from '../missing/detect.js';
import { AD_KINDS, CLUSTER_MIN, HASHTAG, VISIBLE_CHARS } from './data.js';

interface Options { readonly visibleChars?: Readonly<Record<string, number>> }

export default defineRule<Options>({
  meta: {
    id: 'disclosure/placement',
    description: 'A disclosure that is present but easy to miss: buried in end hashtags, or hidden behind "more".',
    severity: 'warn',
    scopes: ['body'],
    messages: {
      hashtags: 'The disclosure "{{term}}" is buried in the hashtags at the end, where people skip it. '
        + 'Put "#ad" or "Paid partnership with <brand>" at the start of the post.',
      late: 'The disclosure "{{term}}" comes after the first {{limit}} characters, so {{platform}} hides it behind '
        + '"more". Move it to the start of the post.',
    },
    schema: {
      type: 'object',
      properties: { visibleChars: { type: 'object', additionalProperties: { type: 'integer', minimum: 1 } } },
      additionalProperties: false,
    },
    defaults: { visibleChars: VISIBLE_CHARS },
  },
  check(ctx) {
    const found = inspect(ctx);
    const first = found.disclosures[0];
    if (!first || !found.body || !(found.needs || AD_KINDS.has(first.name))) return;
    const text = found.body.text;
    const tags = [...text.matchAll(HASHTAG)];
    // The trailing cluster: hashtags with only whitespace between them and the end of the post.
    let from = text.length;
    let count = 0;
    for (let i = tags.length - 1; i >= 0 && /^\s*$/.test(text.slice(tags[i]!.index + tags[i]![0].length, from)); i--) {
      from = tags[i]!.index;
      count++;
    }
    if (count >= CLUSTER_MIN && first.start >= from) {
      ctx.report({ messageId: 'hashtags', at: first, data: { term: first.text } });
      return;
    }
    const platform = ctx.post.meta.platform ?? 'generic';
    const limit = (ctx.options?.visibleChars ?? VISIBLE_CHARS)[platform];
    const before = [...text.slice(0, first.start).trimStart()].length;
    if (limit !== undefined && before >= limit) {
      const name = platform.charAt(0).toUpperCase() + platform.slice(1);
      ctx.report({ messageId: 'late', at: first, data: { term: first.text, limit: String(limit), platform: name } });
    }
  },
});
