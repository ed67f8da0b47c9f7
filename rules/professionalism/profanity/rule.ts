import { defineRule } from '../../../src/kit/define-rule.js';
import { usage } from '../../../src/kit/term-rule.js';
import { findProfanity, mayHold } from './matcher.js';
import { NAME_WORDS } from './data.js';

const TITLE = /\b(?:dr|mr|mrs|ms|mx|prof|sen|rep|judge|rev)\.?\s+$/i;
const LETTERS = /[\p{L}\p{N}*#%@$!|]/u;

export default defineRule({
  meta: {
    id: 'professionalism/profanity',
    description: 'Swearing, including masked and look-alike spellings, in a post from a healthcare organisation or clinician.',
    severity: 'error',
    scopes: ['body', 'alt', 'caption', 'meta.title'],
    messages: {
      profanity: 'Swearing ("{{term}}") looks unprofessional in a healthcare post, masked or not. Remove it or use a plain word.',
      mild: '"{{term}}" is mild, but it still reads as unprofessional in a healthcare post. Consider a plainer word.',
    },
  },
  check(ctx) {
    if (!mayHold(ctx.analysis.lowerText)) return;
    for (const map of ctx.prose) {
      const text = map.text;
      let lineStart = 0;
      for (const line of text.split('\n')) {
        for (const p of findProfanity(line)) {
          let start = lineStart + p.start;
          let end = lineStart + p.end;
          // Report the whole word as written ("f***ing", "bullshit"), not only the listed part.
          while (start > lineStart && LETTERS.test(text[start - 1]!)) start--;
          while (end < lineStart + line.length && LETTERS.test(text[end]!) && text[end] !== '!') end++;
          while (text[start] === '#') start++;
          const term = text.slice(start, end);
          if (NAME_WORDS.has(p.word) && isName(text, start, end)) continue;
          // Someone else's words in quotes, or the word only mentioned, is still on the page: warn.
          const quotedOrMentioned = usage(text, start, end) !== 'use';
          ctx.report({
            messageId: p.mild ? 'mild' : 'profanity',
            at: { map, start, end },
            data: { term },
            ...(p.mild || quotedOrMentioned ? { severity: 1 as const } : {}),
          });
        }
        lineStart += line.length + 1;
      }
    }
  },
});

// "Dr. Hooker", "Dick Van Dyke", "Senator Crapo": a capitalised word after a title, next to another
// capitalised word, or in mid-sentence is a name.
function isName(text: string, start: number, end: number): boolean {
  if (!/^\p{Lu}/u.test(text.slice(start, end))) return false;
  const before = text.slice(Math.max(0, start - 12), start);
  if (TITLE.test(before)) return true;
  if (/^\s+\p{Lu}/u.test(text.slice(end, end + 3))) return true;
  if (/\p{Lu}[\p{L}.]*\s+$/u.test(before)) return true;
  return !/(?:^|[.!?\n]\s*|^\s*)$/.test(before);
}
