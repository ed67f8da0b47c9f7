import { defineRule } from '../../../src/kit/define-rule.js';
import { consentCovers, patientContext } from '../../../src/kit/patient-context.js';
import { findAll, type Hit } from '../../../src/kit/recognizer.js';
import type { RuleContext } from '../../../src/types.js';
import {
  DIGIT_PHONE_PATTERNS, DIGIT_RUN, emailHint, EMAIL_PATTERNS, PHONE_PATTERNS, PUBLIC_LINES, ROLE_MAILBOX, SPELLED, SPELLED_PHONE, TOLL_FREE,
} from './data.js';
import { isFax } from './fax.js';
import { normalizeEmail, phoneDigits, sameNumber } from './normalize.js';
import { ownerIn } from './owner.js';

export default defineRule({
  meta: {
    id: 'phi/contact',
    description: 'Phone numbers, fax numbers and e-mail addresses of a patient or their family are HIPAA identifiers.',
    severity: 'error',
    scopes: ['body', 'alt', 'caption', 'meta.*'],
    sensitive: true,
    messages: {
      phone: 'This looks like a patient\'s or their family\'s phone number ("{{text}}"). A phone number identifies a person: remove it and reach them privately.',
      fax: 'This looks like a patient\'s, family\'s or employer\'s fax number ("{{text}}"). A fax number identifies a person: remove it from the post.',
      email: 'This looks like a patient\'s or their family\'s e-mail address ("{{text}}"), even if spelled out. Remove it; contact the person privately instead.',
    },
  },
  check(ctx) {
    for (const map of ctx.prose) {
      // Cheap gates first: most sentences hold no three-digit run, no "@" and no spelled-out "dot".
      const spelled = SPELLED.test(map.text);
      const phones = DIGIT_RUN.test(map.text) ? (spelled ? PHONE_PATTERNS : DIGIT_PHONE_PATTERNS) : spelled ? [SPELLED_PHONE] : [];
      for (const hit of findAll(map, phones)) {
        if (isPublicNumber(ctx, phoneDigits(hit.text)) || !belongsToPerson(ctx, hit)) continue;
        // A scope that names the kind ("phone") covers it; name/photo/condition scopes do not.
        const messageId = isFax(hit) ? 'fax' : 'phone';
        if (!consentCovers(ctx, messageId)) ctx.report({ messageId, at: hit, data: { text: hit.text } });
      }
      if (!emailHint(map.text) || consentCovers(ctx, 'email')) continue;
      for (const hit of findAll(map, EMAIL_PATTERNS)) {
        if (isOrgEmail(ctx, normalizeEmail(hit.text)) || !belongsToPerson(ctx, hit)) continue;
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

/**
 * Introduced as someone's own ("left a voicemail at", "your work number"), or unclaimed beside care
 * talk. A seven-digit run ("555-0126") is a number only when introduced as someone's.
 */
function belongsToPerson(ctx: RuleContext<unknown>, hit: Hit): boolean {
  const owner = ownerIn(ctx, hit.map.text, hit.start, hit.end);
  if (owner !== 'unknown') return owner === 'person';
  return hit.pattern.name !== 'local-7' && patientContext(ctx, hit).isPatient;
}
