import type { RuleContext, TextMap } from '../../../src/types.js';
import { defineRule } from '../../../src/kit/define-rule.js';
import { TermMatcher, unitsOf, usage, type TermHit } from '../../../src/kit/term-rule.js';
import { DEROGATORY_TERMS, MOCK_EMOJI, MOCK_WORDS } from './data.js';
import { isReply, markerTarget, target } from './target.js';

const matcher = new TermMatcher(DEROGATORY_TERMS);
const MESSAGE: Readonly<Record<string, string>> = { slang: 'slang', always: 'taunt', label: 'insult', insult: 'insult', taunt: 'taunt', reply: 'reply' };

export default defineRule({
  meta: {
    id: 'professionalism/derogatory-patient',
    description: 'Mocking or derogatory talk about patients, their families or people replied to, even without a name.',
    severity: 'error',
    scopes: ['body', 'alt', 'caption', 'meta.title'],
    messages: {
      slang: 'Hospital slang like "{{term}}" mocks patients, even unnamed ones. Describe the situation without labelling the person.',
      insult: 'Calling a patient or a member of the public "{{term}}" is derogatory, even without a name. Remove it.',
      taunt: '"{{term}}" mocks a patient or a member of the public. Remove it and keep the tone respectful.',
      reply: '"{{term}}" taunts the person you are replying to. Keep replies calm and general, and offer to talk offline.',
      mockery: 'This mocking marker ("{{term}}") is aimed at a patient or a member of the public. Remove it and keep the tone respectful.',
    },
  },
  check(ctx) {
    for (const map of ctx.prose) {
      for (const hit of matcher.find(map, unitsOf(ctx, map))) {
        // Someone else's words in quotes (a quoted review) or a word being taught is not the author's insult.
        if (hit.usage !== 'use' || !aimed(ctx, map, hit)) continue;
        ctx.report({ messageId: MESSAGE[hit.entry.tag ?? 'insult'] ?? 'insult', at: hit, data: { term: hit.text } });
      }
      // Emoji live in the astral planes (a surrogate pair); the words need one of their letters runs.
      const lower = map.text.toLowerCase();
      const markers = [...(/[\ud83d\ud83e]/.test(map.text) ? map.text.matchAll(MOCK_EMOJI) : []),
        ...(/smh|eye|palm|sure/.test(lower) ? map.text.matchAll(MOCK_WORDS) : [])];
      for (const m of markers) {
        const start = m.index;
        const end = start + m[0].length;
        if (usage(map.text, start, end) !== 'use') continue;
        if (!isReply(ctx) && markerTarget(ctx, map, start) !== 'person') continue;
        // A marker is weaker evidence than a word: a warning.
        ctx.report({ messageId: 'mockery', at: { map, start, end }, data: { term: m[0] }, severity: 1 });
      }
    }
  },
});

function aimed(ctx: RuleContext<unknown>, map: TextMap, hit: TermHit): boolean {
  const tag = hit.entry.tag;
  if (tag === 'slang' || tag === 'always') return true;
  if (tag === 'reply') return isReply(ctx);
  const who = target(ctx, map, hit.start);
  if (tag === 'label') return who === 'person' || who === 'none';
  if (tag === 'taunt') return isReply(ctx) || who === 'person';
  return who === 'person' || (who === 'none' && isReply(ctx));
}
