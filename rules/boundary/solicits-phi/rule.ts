import { defineRule } from '../../../src/kit/define-rule.js';
import { sentenceAt } from '../../../src/kit/sentence-at.js';
import { NEGATED_BEFORE, SECURE_CHANNEL, SOLICIT, SOLICIT_WEAK, SOLICIT_WITH_PROMISE } from './data.js';

export default defineRule({
  meta: {
    id: 'boundary/solicits-phi',
    description: 'Asking people to post their own health details in public comments or personal DMs.',
    severity: 'error',
    scopes: ['body'],
    messages: {
      solicit:
        'This asks people to share their own health details in public ("{{term}}"). Anything they post, '
        + 'and any answer you give, can expose their care. Ask them to call or use the patient portal instead.',
    },
  },
  check(ctx) {
    for (const map of ctx.prose) {
      const reported: { start: number; end: number }[] = [];
      for (const re of [SOLICIT, SOLICIT_WEAK, SOLICIT_WITH_PROMISE]) {
        re.lastIndex = 0;
        for (let m = re.exec(map.text); m; m = re.exec(map.text)) {
          const at = { map, start: m.index, end: m.index + m[0].length };
          const sentence = sentenceAt(ctx.analysis, at)?.text ?? '';
          if (SECURE_CHANNEL.test(sentence)) continue;
          if (NEGATED_BEFORE.test(map.text.slice(Math.max(0, at.start - 30), at.start))) continue;
          // One finding per request: the promise form only adds requests the first form missed.
          if (reported.some((r) => r.start < at.end && at.start < r.end)) continue;
          reported.push(at);
          ctx.report({ messageId: 'solicit', at, data: { term: m[0] } });
        }
      }
    }
  },
});
