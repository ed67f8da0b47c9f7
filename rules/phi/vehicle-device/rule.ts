import { defineRule } from '../../../src/kit/define-rule.js';
import { consentCovers, patientContext } from '../../../src/kit/patient-context.js';
import { findAll, type Hit } from '../../../src/kit/recognizer.js';
import { sentenceAt } from '../../../src/kit/sentence-at.js';
import type { RuleContext } from '../../../src/types.js';
import {
  DEVICE_HINT, DEVICE_PATTERNS, HOLDER, ORG_EQUIPMENT, PERSONAL_DEVICE, PLATE_VISIBLE, VEHICLE_PATTERNS, vehicleHint,
} from './data.js';

export default defineRule({
  meta: {
    id: 'phi/vehicle-device',
    description: 'Licence plates, VINs and the serial numbers of a patient\'s devices are HIPAA identifiers.',
    severity: 'error',
    scopes: ['body', 'alt', 'caption', 'meta.*'],
    sensitive: true,
    messages: {
      plate: 'A licence plate ("{{text}}") identifies the driver. Remove it from the post.',
      vin: 'A vehicle identification number ("{{text}}") identifies the owner. Remove it from the post.',
      platePhoto: 'The image description says a licence plate can be read ("{{text}}"). Blur or crop the plate before posting.',
      serial: 'A device serial number ("{{text}}") identifies the patient who uses it. Remove it; the model name alone is fine.',
      udi: 'A device identifier (UDI) with a serial ("{{text}}") identifies the patient who has it. Remove it.',
      mac: 'A device\'s hardware (MAC) address ("{{text}}") can identify its owner. Remove it from the post.',
    },
  },
  check(ctx) {
    if (!consentCovers(ctx, 'vehicle')) {
      for (const map of ctx.prose) {
        for (const hit of vehicleHint(map.text) ? findAll(map, VEHICLE_PATTERNS) : []) {
          // Whoever drives it, a readable plate or VIN in a provider's post points to one person.
          if (!ORG_EQUIPMENT.test(sentenceText(ctx, hit))) report(ctx, hit);
        }
      }
      for (const item of ctx.post.media) {
        const said = [item.alt, item.caption].find((t) => t && PLATE_VISIBLE.test(t.value));
        const at = item.src?.span ?? said?.span;
        if (said && at) ctx.report({ messageId: 'platePhoto', at, data: { text: item.src?.value ?? said.value } });
      }
    }
    if (consentCovers(ctx, 'device')) return;
    for (const map of ctx.prose) {
      for (const hit of DEVICE_HINT.test(map.text) ? findAll(map, DEVICE_PATTERNS) : []) {
        if (isPatientsDevice(ctx, hit)) report(ctx, hit);
      }
    }
  },
});

/** Reports the identifier itself ("8-LMN-302"), not its cue word ("plate reads"). */
function report(ctx: RuleContext<unknown>, hit: Hit): void {
  const code = hit.groups.code ?? hit.text;
  const at = { map: hit.map, start: hit.end - code.length, end: hit.end };
  ctx.report({ messageId: hit.pattern.name, at, data: { text: code } });
}

function sentenceText(ctx: RuleContext<unknown>, hit: Hit): string {
  return sentenceAt(ctx.analysis, hit)?.text ?? hit.map.text;
}

/** A pump, pacemaker or hearing aid, or one said to be someone's; not the clinic's scanner or a recall list. */
function isPatientsDevice(ctx: RuleContext<unknown>, hit: Hit): boolean {
  const text = sentenceText(ctx, hit);
  if (HOLDER.test(text)) return true;
  if (ORG_EQUIPMENT.test(text)) return false;
  return PERSONAL_DEVICE.test(text) || patientContext(ctx, hit).isPatient;
}
