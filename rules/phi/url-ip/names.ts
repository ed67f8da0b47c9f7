import { patientContext } from '../../../src/kit/patient-context.js';
import type { RuleContext } from '../../../src/types.js';
import { NOT_NAMES, PATIENT_FRAMING } from './data.js';

// A capital (Latin, Greek or Cyrillic block; checked below) and two or more lower-case letters. The
// character before is checked by hand: a leading look-behind or \p{Lu} is tried at every position.
const CAPITALISED = /[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u024F\u0370-\u03FF\u0400-\u04FF]\p{Ll}{2,}(?!\p{L})/gu;
const WORD_BEFORE = /[\p{L}\p{N}'’@#]/u;
// Staff are named after a title or role ("Dr. Maya Chen", "our nurse Jamal", "Chaplain Dana Whitlock").
const TITLE_BEFORE = /(?:\b(?:Dr|Doctor|Nurse|Chaplain|Pharmacist|Therapist|Dietitian|Coach|Rev|Prof|Professor|nurse|doctor|dentist|hygienist|pharmacist|therapist|chaplain|worker|manager|coordinator|advocate|volunteer|director|surgeon|physician)\.?\s+(?:\p{Lu}\p{Ll}+\s+)?)$/u;
const CREDENTIAL_AFTER = /^(?:\s+\p{Lu}\p{Ll}+)?,?\s+(?:MD|DO|RN|NP|PA|DDS|DMD|RD|LCSW|PhD|PharmD|PT|DPT|PsyD)\b/u;
const SENTENCE_START = /(?:^|[.!?\n])[^\p{L}\p{N}]*$/u;

/**
 * Lower-case words that look like the names of people in the post other than staff and the author:
 * capitalised words not opening a sentence (unless another capitalised word follows), minus
 * titled staff names, the author line and the organisation's names. Shared by the URL and photo rules.
 */
export function personNames(ctx: RuleContext<unknown>): ReadonlySet<string> {
  return ctx.analysis.shared('phi/person-name-words', () => {
    const own = new Set(
      [ctx.post.meta.author ?? '', ...ctx.organization.names].join(' ').toLowerCase().split(/[^\p{L}]+/u),
    );
    const out = new Set<string>();
    for (const map of ctx.post.prose) {
      const text = map.text;
      for (const m of text.matchAll(CAPITALISED)) {
        const first = m[0][0]!;
        if (first === first.toLowerCase() || (m.index > 0 && WORD_BEFORE.test(text[m.index - 1]!))) continue;
        const word = m[0].toLowerCase();
        if (NOT_NAMES.has(word) || own.has(word)) continue;
        const before = text.slice(Math.max(0, m.index - 40), m.index);
        const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
        if (TITLE_BEFORE.test(before) || CREDENTIAL_AFTER.test(after)) continue;
        if (SENTENCE_START.test(before) && !/^\s+\p{Lu}\p{Ll}/u.test(after)) continue;
        out.add(word);
      }
    }
    return out;
  });
}

/** Whether any sentence of the post's prose reads as being about a patient (memoised per post). */
export function aboutPatient(ctx: RuleContext<unknown>): boolean {
  return ctx.analysis.shared('phi/about-patient', () => ctx.post.prose.some((map) => PATIENT_FRAMING.test(map.text)
    || ctx.analysis.sentences(map).some((s) => patientContext(ctx, s).isPatient)));
}
