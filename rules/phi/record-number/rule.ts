import { defineRule } from '../../../src/kit/define-rule.js';
import { consentCovers } from '../../../src/kit/patient-context.js';
import { findAll, type Hit } from '../../../src/kit/recognizer.js';
import { sentenceAt } from '../../../src/kit/sentence-at.js';
import type { RuleContext } from '../../../src/types.js';
import {
  CREDENTIAL_BEFORE, ORG_BEFORE, PATIENT_HOLDER, RECORD_PATTERNS, ROOM_BED, TITLED_NAME, type RecordKind,
} from './data.js';

const MESSAGES: Record<Exclude<RecordKind, 'proLicense' | 'medicare'> | 'room', string> = {
  mrn: 'A medical record number ("{{text}}") points straight to one patient\'s chart. Remove it from the post.',
  healthPlan: 'A health plan, member or Medicaid ID ("{{text}}") identifies the patient. Remove it from the post.',
  account: 'An account number ("{{text}}") identifies the customer and their bill. Remove it; discuss billing privately.',
  license: 'A licence or certificate number ("{{text}}") identifies the person who holds it. Remove it from the post.',
  rx: 'A prescription number ("{{text}}") is a unique code tied to one patient. Remove it; tell them privately.',
  lab: 'A lab accession or specimen number ("{{text}}") is a unique code tied to one patient. Remove it.',
  claim: 'An insurance claim number ("{{text}}") is tied to one patient\'s care. Remove it from the post.',
  caseNumber: 'A case number ("{{text}}") is a unique code that can lead back to the patient. Remove it.',
  otherId: 'This unique code ("{{text}}") can lead back to one patient. Remove it from the post.',
  room: 'A room or bed number ("{{text}}") next to a patient\'s name tells people where to find them. Remove one or both.',
};

/** The consent scope word for each kind (corpus LABELING kinds); unnamed kinds are 'other-id'. */
const SCOPE: Partial<Record<keyof typeof MESSAGES, string>> = {
  mrn: 'mrn', healthPlan: 'health-plan', account: 'account', license: 'license',
};

export default defineRule({
  meta: {
    id: 'phi/record-number',
    description: 'Medical record, health plan, account, licence and other unique numbers of a patient are HIPAA identifiers.',
    severity: 'error',
    scopes: ['body', 'alt', 'caption'],
    sensitive: true,
    messages: MESSAGES,
  },
  check(ctx) {
    for (const map of ctx.prose) {
      for (const hit of findAll(map, RECORD_PATTERNS)) {
        const kind = kindOf(ctx, hit);
        if (kind && !consentCovers(ctx, SCOPE[kind] ?? 'other-id')) {
          ctx.report({ messageId: kind, at: hit, data: { text: hit.text } });
        }
      }
      for (const m of map.text.matchAll(ROOM_BED)) {
        const at = { map, start: m.index, end: m.index + m[0].length };
        const sentence = sentenceAt(ctx.analysis, at);
        if (sentence && TITLED_NAME.test(sentence.text) && !consentCovers(ctx, 'other-id')) ctx.report({ messageId: 'room', at, data: { text: m[0] } });
      }
    }
  },
});

/** The message for a hit, or undefined when the number is the organisation's or a clinician's own. */
function kindOf(ctx: RuleContext<unknown>, hit: Hit): keyof typeof MESSAGES | undefined {
  const before = hit.map.text.slice(Math.max(0, hit.start - 60), hit.start);
  if (ORG_BEFORE.test(before)) return undefined;
  let kind = hit.pattern.name.split(':')[0] as RecordKind;
  if (kind === 'license' && /^lic/i.test(hit.text) && CREDENTIAL_BEFORE.test(before)) kind = 'proLicense';
  if (kind === 'medicare') return 'healthPlan';
  if (kind !== 'proLicense') return kind;
  // A nurse's or therapist's own licence number is routine in bios; it is PHI only when they are the patient.
  const sentence = sentenceAt(ctx.analysis, hit);
  return sentence && PATIENT_HOLDER.test(sentence.text) ? 'license' : undefined;
}
