import { describe, expect, it } from 'vitest';
import { lintText } from '../../../src/engine/lint-text.js';
import type { ResolvedConfig, Rule } from '../../../src/types.js';
import rule from './rule.js';

const config: ResolvedConfig = {
  rules: new Map([[rule.meta.id, { severity: 2, options: undefined }]]),
  organization: { names: [], phones: [], emails: [], domains: [], addresses: [] },
  ignores: [],
};

function messages(body: string, showPhi = false): string[] {
  const text = `---\ntype: reply\nauthor: Lakeview Family Clinic\n---\n${body}\n`;
  return lintText(text, { filePath: '/virtual/post.md', config, rules: [rule as Rule<unknown>], showPhi })
    .messages.map((m) => m.message);
}

describe('phi/contact messages', () => {
  it('phone: names the kind, masks the number, says what to do', () => {
    expect(messages('Hi Rosa, we left a voicemail at 555-201-7734 about your refill.')).toEqual([
      'This looks like a patient\'s or their family\'s phone number ("***-***-****"). A phone number identifies a person: remove it and reach them privately.',
    ]);
  });
  it('fax', () => {
    expect(messages('We faxed your results to your employer at (555) 201-3390.')).toEqual([
      'This looks like a patient\'s, family\'s or employer\'s fax number ("(***) ***-****"). A fax number identifies a person: remove it from the post.',
    ]);
  });
  it('email, spelled out', () => {
    expect(messages('His daughter asked us to share her email: leila dot haddad at example dot com')).toEqual([
      'This looks like a patient\'s or their family\'s e-mail address ("l**** d** h***** a* e****** d** c**"), even if spelled out. Remove it; contact the person privately instead.',
    ]);
  });
  it('prints the match in clear only with --show-phi', () => {
    expect(messages('We left a voicemail at 555-201-7734.', true)[0]).toContain('"555-201-7734"');
  });
});
