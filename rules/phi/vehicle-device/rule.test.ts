import { describe, expect, it } from 'vitest';
import { lintText } from '../../../src/engine/lint-text.js';
import type { ResolvedConfig, Rule } from '../../../src/types.js';
import rule from './rule.js';

const config: ResolvedConfig = {
  rules: new Map([[rule.meta.id, { severity: 2, options: undefined }]]),
  organization: { names: [], phones: [], emails: [], domains: [], addresses: [] },
  ignores: [],
};

function messages(body: string, front = ''): string[] {
  const text = `---\ntype: post\nauthor: Lakeview Family Clinic\n${front}---\n${body}\n`;
  return lintText(text, { filePath: '/virtual/post.md', config, rules: [rule as Rule<unknown>] }).messages.map((m) => m.message);
}

describe('phi/vehicle-device messages', () => {
  it('plate', () => expect(messages('Our patient left his keys: plate reads 8-LMN-302.')).toEqual([
    'A licence plate ("*-L**-***") identifies the driver. Remove it from the post.',
  ]));
  it('vin', () => expect(messages('Her VIN is 1HGCM82633A004352.')).toEqual([
    'A vehicle identification number ("*H***************") identifies the owner. Remove it from the post.',
  ]));
  it('platePhoto', () => expect(messages('Long night.', 'media:\n  - src: images/crash.jpg\n    alt: Pickup in a ditch, plate visible\n')).toEqual([
    'The image description says a licence plate can be read ("i*****/c****.j**"). Blur or crop the plate before posting.',
  ]));
  it('serial', () => expect(messages('Her insulin pump (serial MMT-7781-0442) is back.')).toEqual([
    'A device serial number ("M**-****-****") identifies the patient who uses it. Remove it; the model name alone is fine.',
  ]));
  it('udi', () => expect(messages('His implant card: (01)00643169007222(21)A1B2C3.')).toEqual([
    'A device identifier (UDI) with a serial ("(**)**************(**)******") identifies the patient who has it. Remove it.',
  ]));
  it('mac', () => expect(messages('Her hearing aid pairs as 00:1A:2B:3C:4D:5E.')).toEqual([
    'A device\'s hardware (MAC) address ("**:**:**:**:**:**") can identify its owner. Remove it from the post.',
  ]));
});
