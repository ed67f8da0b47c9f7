import { defineRule } from '../../../src/kit/define-rule.js';
import { consentCovers, patientContext } from '../../../src/kit/patient-context.js';
import { findAll, type Hit } from '../../../src/kit/recognizer.js';
import { sentenceAt } from '../../../src/kit/sentence-at.js';
import type { RuleContext } from '../../../src/types.js';
import {
  CREDENTIAL_BEFORE, HOLDER_BEFORE, ORG_BEFORE, PATIENT_HOLDER, PERSONAL_DOCUMENT, RECORD_PATTERNS, recordHint,
  ROOM_BED, TITLED_NAME, type RecordKind,
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

const ORG_KINDS: ReadonlySet<RecordKind> = new Set(['account', 'license', 'proLicense', 'caseNumber', 'otherId']);

/** The consent scope word for each kind (corpus LABELING kinds); unnamed kinds are 'other-id'. */
const SCOPE: Partial<Record<keyof typeof MESSAGES, string>> = {
  mrn: 'mrn', healthPlan: 'health-plan', account: 'account', license: 'license',
};

export default defineRule({
  meta: {
    id: 'phi/record-number',
    description: 'Medical record, health plan, account, licence and other unique numbers of a patient are HIPAA identifiers.',
    severity: 'error',
    scopes: ['body', 'alt', 'caption', 'meta.*'],
    sensitive: true,
    messages: MESSAGES,
  },
  check(ctx) {
    for (const map of ctx.prose) {
      const hits = recordHint(map.text) ? findAll(map, RECORD_PATTERNS) : [];
      for (const hit of hits) {
        const kind = kindOf(ctx, hit);
        if (!kind || consentCovers(ctx, SCOPE[kind] ?? 'other-id')) continue;
        // Report the code itself ("0048812"), the part to delete; the cue word stays readable.
        const code = hit.groups.code ?? hit.text;
        ctx.report({ messageId: kind, at: { map, start: hit.end - code.length, end: hit.end }, data: { text: code } });
      }
      // A room counts only beside a titled name, so text without one is not scanned for rooms.
      for (const m of TITLED_NAME.test(map.text) ? map.text.matchAll(ROOM_BED) : []) {
        const at = { map, start: m.index, end: m.index + m[0].length };
        const sentence = sentenceAt(ctx.analysis, at);
        if (!sentence || !TITLED_NAME.test(sentence.text) || consentCovers(ctx, 'other-id')) continue;
        ctx.report({ messageId: 'room', at, data: { text: m[0] } });
      }
    }
  },
});

/** The message for a hit, or undefined when the number is the organisation's or a clinician's own. */
function kindOf(ctx: RuleContext<unknown>, hit: Hit): keyof typeof MESSAGES | undefined {
  const before = hit.map.text.slice(Math.max(0, hit.start - 60), hit.start);
  const kind = hit.pattern.name.split(':')[0] as RecordKind;
  // Only these can be the organisation's own ("our account #", "pharmacy licence #"); an MRN or Rx number never is.
  if (ORG_KINDS.has(kind) && ORG_BEFORE.test(before)) return undefined;
  if (kind === 'medicare') return 'healthPlan';
  if (kind !== 'license' && kind !== 'proLicense') return kind;
  // A driver's licence or passport is always someone's own document.
  if (kind === 'license' && PERSONAL_DOCUMENT.test(hit.text)) return 'license';
  const sentence = sentenceAt(ctx.analysis, hit)?.text ?? '';
  if (PATIENT_HOLDER.test(sentence)) return 'license';
  // A clinician's licence in a bio or ad, or a licence number in a footer, is not a patient's.
  if (kind === 'proLicense' || CREDENTIAL_BEFORE.test(before)) return undefined;
  return HOLDER_BEFORE.test(before) || patientContext(ctx, hit).isPatient ? 'license' : undefined;
}
