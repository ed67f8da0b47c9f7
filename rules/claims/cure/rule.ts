import { defineRule } from '../../../src/kit/define-rule.js';
import { assertedHits, inProperName, sourcedEducation, wordsAfter, wordsBefore } from '../claim-kit.js';
import { CONDITION, CURE_PATTERNS, MATERIAL_PREFIX, NOT_MEDICAL, PERSON_OBJECT, PUBLIC_HEALTH_GOAL, SEEKING } from './data.js';

// "healing from surgery", "healing after a stroke": recovery, not a product curing a disease.
const PREPOSITION = /^(?:from|after|of|since|during|with|through|in|at|for)\b/;
// "my eczema is cured", "diabetes can be reversed": the condition comes before the verb.
// "in many cases cure", "usually heals": hedged clinical talk, not a promise.
const HEDGE = /\b(?:most|many|some|often|usually|typically|frequently|sometimes|can\s+often)\b/;
const PASSIVE = /\b(?:be|been|being|is|are|was|were|got|gets|get)(?:\s+(?:\w+ly|now|all))?$/;

export default defineRule({
  meta: {
    id: 'claims/cure',
    description: 'Promises that a product or treatment cures, heals, reverses or eliminates a disease.',
    severity: 'error',
    scopes: ['body', 'alt', 'caption', 'meta.title'],
    keywords: ['cur', 'heal', 'revers', 'eliminat', 'eradicat'],
    messages: {
      cure:
        'This promises a cure ("{{term}}"). Regulators treat cure claims as misleading unless solid clinical '
        + 'evidence backs them. Say what the treatment can do, in measured words, and cite the evidence.',
    },
  },
  check(ctx) {
    for (const { hit, sentence } of assertedHits(ctx, CURE_PATTERNS)) {
      if (inProperName(hit)) continue;
      if (hit.pattern.name !== 'cure-all') {
        const map = hit.map;
        const noun = hit.pattern.name === 'noun';
        const next = noun ? wordsAfter(map, hit.end, 6).replace(/^for\s+/, '') : wordsAfter(map, hit.end, 5);
        const prev = wordsBefore(map, sentence.start, hit.start, 6);
        if (SEEKING.test(prev) || HEDGE.test(prev.split(' ').slice(-4).join(' ')) || NOT_MEDICAL.test(next) || MATERIAL_PREFIX.test(map.text.slice(Math.max(0, hit.start - 6), hit.start))) continue;
        const forward = (noun || !PREPOSITION.test(next)) && (CONDITION.test(next) || (/^cur/i.test(hit.text) && PERSON_OBJECT.test(next)));
        const passive = hit.pattern.name === 'verb' && PASSIVE.test(prev) && CONDITION.test(prev);
        if (!forward && !passive) continue;
        if (/^eliminat/i.test(hit.text) && PUBLIC_HEALTH_GOAL.test(map.text.slice(hit.end, sentence.end))) continue;
        if (sourcedEducation(ctx, sentence)) continue;
      }
      ctx.report({ messageId: 'cure', at: hit, data: { term: hit.text } });
    }
  },
});
