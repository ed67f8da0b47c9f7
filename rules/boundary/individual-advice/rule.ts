import { defineRule } from '../../../src/kit/define-rule.js';
import { findAll } from '../../../src/kit/recognizer.js';
import { sentenceAt } from '../../../src/kit/sentence-at.js';
import { ADVICE, EMERGENCY, NOT_DX_ANY, NOT_DX_FIRST } from './data.js';

export default defineRule({
  meta: {
    id: 'boundary/individual-advice',
    description: 'Individual medical advice, dosing or a diagnosis given in public.',
    severity: 'error',
    scopes: ['body'],
    messages: {
      advice:
        'This gives one person medical advice in public ("{{term}}"). Invite them to a visit or a call '
        + 'instead, where a clinician can assess them privately.',
    },
  },
  check(ctx) {
    const type = ctx.post.meta.type;
    const isReply = type === 'reply' || type === 'review-reply';
    for (const map of ctx.prose) {
      for (const hit of findAll(map, ADVICE)) {
        const sentence = sentenceAt(ctx.analysis, hit)?.text ?? '';
        if (EMERGENCY.test(sentence)) continue;
        const dx = hit.groups.dx?.toLowerCase().split(/\s+/);
        if (dx && (NOT_DX_FIRST.has(dx[0]!) || dx.some((w) => NOT_DX_ANY.has(w)))) continue;
        // In a post to everyone, "take 500 mg" or "you should get screened" is general education;
        // only a diagnosis addressed to someone ("sounds like you have shingles") counts there.
        if (!isReply && (hit.pattern.name !== 'diagnosis' || !/\byou(?:r|'re|'ve)?\b/i.test(sentence))) continue;
        ctx.report({ messageId: 'advice', at: hit, data: { term: hit.text } });
      }
    }
  },
});
