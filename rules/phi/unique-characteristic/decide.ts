import type { Hit } from '../../../src/kit/recognizer.js';
import { patientContext } from '../../../src/kit/patient-context.js';
import type { RuleContext, Sentence, Severity } from '../../../src/types.js';
import { CARE_CLAIM, FAMILY, GENERAL, NEWS, PATIENT_NOUN, QUALIFIER_AFTER, SERVICE, STAFF } from './data.js';

/** How sure the rule is: undefined = do not report, 2 = error, 1 = warning (borderline). */
export type Verdict = Severity | undefined;

// A person who received care: then a staff word in the sentence names the carers, not the person.
const RECEIVED = /\b(?:treated|to\s+(?:receive|undergo|get|be\s+(?:treated|given|fitted|born)|survive))\b/i;
const PRONOUN = /\b(?:he|she|him|her|his|guy|man|woman|lady|kid|boy|girl|patient)\b/i;

/** Whether a unique-fact candidate singles out one patient, and how confidently. */
export function judge(ctx: RuleContext<unknown>, hit: Hit, sentences: readonly Sentence[]): Verdict {
  const i = sentences.findIndex((s) => s.start <= hit.start && hit.start < s.end);
  const here = sentences[i]?.text ?? hit.map.text;
  const near = [sentences[i - 1]?.text, here, sentences[i + 1]?.text].filter(Boolean).join('\n');
  const after = hit.map.text.slice(hit.end, hit.end + 80);
  if (NEWS.test(here)) return undefined;
  const cared = (): boolean => CARE_CLAIM.test(near) || patientContext(ctx, hit).isPatient;
  switch (hit.pattern.name) {
    case 'superlative': {
      // "the first woman in the state to become a surgeon" is staff; "our team treated the first
      // child in the state to receive ..." is the team's patient.
      if (STAFF.test(here) && !/\bpatient\b/i.test(here) && !RECEIVED.test(here)) return undefined;
      const noun = /(\w+)$/.exec(hit.text)?.[1] ?? '';
      if (!PATIENT_NOUN.test(noun) && !cared()) return undefined;
      // "first patient in the state to receive" and "our youngest recipient" are one person;
      // "our first patient of the day" happens every morning.
      if (QUALIFIER_AFTER.test(after) || /\b(?:world|nation|country|state|county|city|town|region)/i.test(hit.text)) return 2;
      return /^(?:first|only)/i.test(hit.groups.sup ?? '') ? undefined : 2;
    }
    case 'one-of-few':
      return cared() ? 2 : undefined;
    case 'multiple-birth':
      if (GENERAL.test(here) || !FAMILY.test(near)) return undefined;
      return hit.groups.many ? 2 : 1;
    case 'tattoo':
      if (SERVICE.test(here) || !PRONOUN.test(near)) return undefined;
      return cared() || ctx.prose.some((m) => CARE_CLAIM.test(m.text)) ? 2 : undefined;
    case 'role':
      // The mayor visiting the new wing is news; the mayor "who we treated" is a patient.
      return CARE_CLAIM.test(near) && !STAFF.test(here) ? 2 : undefined;
    default:
      return undefined;
  }
}
