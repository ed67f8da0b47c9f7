import { defineRule } from '../../../src/kit/define-rule.js';
import { patientContext } from '../../../src/kit/patient-context.js';
import { findAll, type Hit } from '../../../src/kit/recognizer.js';
import type { RuleContext } from '../../../src/types.js';
import {
  EMAIL_PATTERNS, FAX_AFTER, FAX_CUE, PHONE_CUE, PHONE_PATTERNS, PUBLIC_LINES, ROLE_MAILBOX, TOLL_FREE,
} from './data.js';
import { normalizeEmail, phoneDigits, sameNumber } from './normalize.js';
import { contactOwner } from './owner.js';

export default defineRule({
  meta: {
    id: 'phi/contact',
    description: 'Phone numbers, fax numbers and e-mail addresses of a patient or their family are HIPAA identifiers.',
    severity: 'error',
    scopes: ['body', 'alt', 'caption'],
    sensitive: true,
    messages: {
      phone: 'This looks like a patient\'s or their family\'s phone number ("{{text}}"). A phone number identifies a person: remove it and reach them privately.',
      fax: 'This looks like a patient\'s, family\'s or employer\'s fax number ("{{text}}"). A fax number identifies a person: remove it from the post.',
      email: 'This looks like a patient\'s or their family\'s e-mail address ("{{text}}"), even if spelled out. Remove it; contact the person privately instead.',
    },
  },
  check(ctx) {
    for (const map of ctx.prose) {
      for (const hit of findAll(map, PHONE_PATTERNS)) {
        if (isPublicNumber(ctx, phoneDigits(hit.text))) continue;
        if (!belongsToPerson(ctx, hit)) continue;
        ctx.report({ messageId: isFax(hit) ? 'fax' : 'phone', at: hit, data: { text: hit.text } });
      }
      for (const hit of findAll(map, EMAIL_PATTERNS)) {
        if (isOrgEmail(ctx, normalizeEmail(hit.text))) continue;
        if (!belongsToPerson(ctx, hit)) continue;
        ctx.report({ messageId: 'email', at: hit, data: { text: hit.text } });
      }
    }
  },
});

/** The organisation's own lines, national hotlines and toll-free numbers are never a patient's. */
function isPublicNumber(ctx: RuleContext<unknown>, digits: string): boolean {
  const national = digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
  if (national.length === 10 && TOLL_FREE.has(national.slice(0, 3))) return true;
  if (PUBLIC_LINES.some((p) => sameNumber(p, digits))) return true;
  return ctx.organization.phones.some((p) => sameNumber(phoneDigits(p), digits));
}

function isOrgEmail(ctx: RuleContext<unknown>, email: string): boolean {
  if (ROLE_MAILBOX.test(email)) return true;
  const domain = email.slice(email.indexOf('@') + 1);
  return ctx.organization.emails.some((e) => e.toLowerCase() === email)
    || ctx.organization.domains.some((d) => domain === d.toLowerCase() || domain.endsWith(`.${d.toLowerCase()}`));
}

/** Introduced as someone's own ("left a voicemail at", "your work number"), or unclaimed beside care talk. */
function belongsToPerson(ctx: RuleContext<unknown>, hit: Hit): boolean {
  const owner = contactOwner(hit.map.text, hit.start, hit.end, ctx.post.meta.author);
  if (owner !== 'unknown') return owner === 'person';
  return patientContext(ctx, hit).isPatient;
}

function isFax(hit: Hit): boolean {
  const text = hit.map.text;
  const lineStart = text.lastIndexOf('\n', hit.start - 1) + 1;
  const before = text.slice(Math.max(lineStart, hit.start - 60), hit.start);
  if (FAX_AFTER.test(text.slice(hit.end, hit.end + 8))) return true;
  return lastIndex(before, FAX_CUE) > lastIndex(before, PHONE_CUE);
}

function lastIndex(text: string, re: RegExp): number {
  let last = -1;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) last = m.index;
  return last;
}
