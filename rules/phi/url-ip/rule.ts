import { defineRule } from '../../../src/kit/define-rule.js';
import { consentCovers, patientContext } from '../../../src/kit/patient-context.js';
import { sentenceAt } from '../../../src/kit/sentence-at.js';
import type { RuleContext, Span, TextMap } from '../../../src/types.js';
import { ownerIn } from '../contact/owner.js';
import {
  BRAND_AFTER, BRAND_BEFORE, CARE_MILESTONE_AFTER, HANDLE, HELPER_AFTER, IPV4, IPV4_HINT, IPV6_CANDIDATE, IPV6_HINT,
  PRAISE_BEFORE, PRONOUN_BEFORE, SPONSORED, VERSION_BEFORE,
} from './data.js';
import { personalV4, personalV6 } from './ip.js';
import { urlCandidates } from './urls.js';

export default defineRule({
  meta: {
    id: 'phi/url-ip',
    description: 'Web addresses, social handles and IP addresses that lead to a patient are HIPAA identifiers.',
    severity: 'error',
    scopes: ['body', 'alt', 'caption', 'meta.*'],
    sensitive: true,
    messages: {
      url: 'This link ("{{text}}") leads to a page about the patient, such as a fundraiser or personal profile. Remove it; let the family share it themselves.',
      handle: 'This social handle ("{{text}}") points to the patient\'s own account. Remove the tag unless they signed an authorization that covers it.',
      ip: 'An IP address ("{{text}}") can trace back to the patient\'s home or device. Remove it from the post.',
    },
  },
  check(ctx) {
    if (!consentCovers(ctx, 'url')) {
      for (const c of urlCandidates(ctx)) ctx.report({ messageId: 'url', at: c.at, data: { text: c.url } });
      for (const map of ctx.prose) {
        if (!map.text.includes('@')) continue;
        for (const m of map.text.matchAll(HANDLE)) checkHandle(ctx, spanOf(map, m), m[0]);
      }
    }
    if (consentCovers(ctx, 'ip')) return;
    for (const map of ctx.prose) {
      const text = map.text;
      for (const m of IPV4_HINT.test(text) ? text.matchAll(IPV4) : []) {
        const version = VERSION_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index));
        if (personalV4(m[0]) && !version) checkIp(ctx, spanOf(map, m), m[0]);
      }
      for (const m of IPV6_HINT.test(text) ? text.matchAll(IPV6_CANDIDATE) : []) {
        if (personalV6(m[0])) checkIp(ctx, spanOf(map, m), m[0]);
      }
    }
  },
});

function spanOf(map: TextMap, m: RegExpMatchArray): Span {
  const start = m.index ?? 0;
  return { map, start, end: start + m[0].length };
}

/** "her usual home IP is", "you checked in from": a person's; "our server at": the organisation's. */
function checkIp(ctx: RuleContext<unknown>, at: Span, text: string): void {
  const owner = ownerIn(ctx, at.map.text, at.start, at.end);
  if (owner === 'org' || owner === 'self') return;
  if (owner !== 'person' && !patientContext(ctx, at).isPatient) return;
  ctx.report({ messageId: 'ip', at, data: { text } });
}

/** A tagged account in a post about a patient, not the author's, a sponsor's or the organisation's. */
function checkHandle(ctx: RuleContext<unknown>, at: Span, handle: string): void {
  const lower = handle.toLowerCase();
  const own = [ctx.post.meta.author ?? '', ...ctx.organization.names].join(' ').toLowerCase();
  if (own.includes(lower) || ctx.post.meta.sponsored === true || SPONSORED.test(ctx.analysis.lowerText)) return;
  const before = at.map.text.slice(Math.max(0, at.start - 60), at.start);
  const after = at.map.text.slice(at.end, at.end + 80);
  if (BRAND_BEFORE.test(before) || BRAND_AFTER.test(after) || HELPER_AFTER.test(after)) return;
  // "Shoutout to @x who finished chemo": the praise is for finishing their own care.
  const praised = PRAISE_BEFORE.test(before) && CARE_MILESTONE_AFTER.test(after);
  const owner = ownerIn(ctx, at.map.text, at.start, at.end);
  if (!praised && (owner === 'org' || owner === 'self') && !PRONOUN_BEFORE.test(before)) return;
  if (praised || nearPatient(ctx, at)) ctx.report({ messageId: 'handle', at, data: { text: handle } });
}

/** The handle's sentence, or the one before it ("...in remission! Show her some love: @x"), is about a patient. */
function nearPatient(ctx: RuleContext<unknown>, at: Span): boolean {
  if (patientContext(ctx, at).isPatient) return true;
  const sentence = sentenceAt(ctx.analysis, at);
  const list = ctx.analysis.sentences(at.map);
  const i = sentence ? list.indexOf(sentence) : -1;
  return i > 0 && patientContext(ctx, list[i - 1]!).isPatient;
}
