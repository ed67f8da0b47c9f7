import { describe, expect, it } from 'vitest';
import { lintText } from '../../../src/engine/lint-text.js';
import type { ResolvedConfig, Rule } from '../../../src/types.js';
import rule from './rule.js';

const config: ResolvedConfig = {
  rules: new Map([[rule.meta.id, { severity: 2, options: undefined }]]),
  organization: { names: [], phones: [], emails: [], domains: [], addresses: [] },
  ignores: [],
};

function messages(body: string): string[] {
  const text = `---\ntype: post\nauthor: Lakeview Family Clinic\n---\n${body}\n`;
  return lintText(text, { filePath: '/virtual/post.md', config, rules: [rule as Rule<unknown>] }).messages.map((m) => m.message);
}

describe('phi/url-ip messages', () => {
  it('url', () => expect(messages('Our patient Leo finished chemo! His dad posts updates at caringbridge.example.org/leo-marsh')).toEqual([
    'This link ("c***********.e******.o**/l**-m****") leads to a page about the patient, such as a fundraiser or personal profile. Remove it; let the family share it themselves.',
  ]));
  it('handle', () => expect(messages('Our patient Tamsin is in remission from lupus!\nGo show her some love: @tamsin.vs.lupus')).toEqual([
    'This social handle ("@t*****.v*.l****") points to the patient\'s own account. Remove the tag unless they signed an authorization that covers it.',
  ]));
  it('ip', () => expect(messages('A patient checked in from 198.51.100.87 for her appointment.')).toEqual([
    'An IP address ("***.**.***.**") can trace back to the patient\'s home or device. Remove it from the post.',
  ]));
});
