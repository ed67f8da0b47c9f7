import { describe, expect, it } from 'vitest';
import { lintText } from '../../../src/engine/lint-text.js';
import type { ResolvedConfig, Rule } from '../../../src/types.js';
import rule from './rule.js';

const config: ResolvedConfig = {
  rules: new Map([[rule.meta.id, { severity: 2, options: undefined }]]),
  organization: { names: [], phones: [], emails: [], domains: [], addresses: [] },
  ignores: [],
};

function messages(front: string, body = 'Our patient Sam is back on the court after his knee surgery.'): string[] {
  const text = `---\ntype: testimonial\nauthor: Lakeview Family Clinic\n${front}---\n${body}\n`;
  return lintText(text, { filePath: '/virtual/post.md', config, rules: [rule as Rule<unknown>] }).messages.map((m) => m.message);
}

const consent = (scope: string): string => `consent:\n  id: AUTH-1\n  scope: [${scope}]\n`;
const media = (src: string, alt: string, id?: string): string =>
  `media:\n  - src: ${src}\n    alt: ${alt}\n${id ? `    consent: ${id}\n` : ''}`;

describe('phi/photo-biometric messages', () => {
  it('photo', () => expect(messages(media('images/sam.jpg', 'Sam smiling on the court'))).toEqual([
    'This image seems to show a patient ("i*****/s**.j**") and no signed photo consent covers it. Add `consent: <authorization id>` to the image with "photo" in the consent scope, or use an image without the patient.',
  ]));
  it('mismatch', () => expect(messages(consent('name, photo') + media('images/sam.jpg', 'Sam smiling', 'AUTH-9'))).toEqual([
    'This image seems to show a patient ("i*****/s**.j**"), but its consent id does not match the post\'s signed authorization. Fix the id, or remove the image.',
  ]));
  it('scope', () => expect(messages(consent('name, condition') + media('images/sam.jpg', 'Sam smiling', 'AUTH-1'))).toEqual([
    'This image seems to show a patient ("i*****/s**.j**"), but the signed authorization does not cover photos. Get an authorization that includes photos, or remove the image.',
  ]));
  it('biometric', () => expect(messages(media('images/scan.png', 'Retinal scan of a patient\'s left eye'))).toEqual([
    'This image is a biometric identifier of a patient ("i*****/s***.p**"), such as a retina scan or fingerprint. Remove it, or use a de-identified teaching image.',
  ]));
  it('voice', () => expect(messages(media('audio/sam.m4a', 'Audio of Sam singing'))).toEqual([
    'This recording carries a patient\'s voice ("a****/s**.***"), which is a biometric identifier. Post it only with a signed authorization that covers recordings.',
  ]));
});
