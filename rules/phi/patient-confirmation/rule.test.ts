import { describe, expect, it } from 'vitest';
import { lintText } from '../../../src/engine/lint-text.js';
import type { Finding, ResolvedConfig, Rule } from '../../../src/types.js';
import rule from './rule.js';

function lint(body: string, type = 'review-reply'): Finding[] {
  const config: ResolvedConfig = {
    rules: new Map([[rule.meta.id, { severity: 2, options: {} }]]),
    organization: { names: [], phones: [], emails: [], domains: [], addresses: [] },
    ignores: [],
  };
  const text = `---\ntype: ${type}\nauthor: Lakeside Dental\n---\n${body}\n`;
  return lintText(text, { filePath: '/virtual/reply.md', config, rules: [rule as Rule<unknown>] }).messages;
}

describe('phi/patient-confirmation messages', () => {
  it('confirms: an error on the confirming phrase, masked', () => {
    const [f, ...rest] = lint('We are glad your root canal went smoothly.');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ ruleId: 'phi/patient-confirmation', severity: 2, line: 5, column: 13, endColumn: 28 });
    expect(f!.message).toBe('This reply confirms that the person was seen or treated ("y*** r*** c****"), which is private '
      + 'health information. Reply without any detail of their visit, care or bill: thank them, and invite them to call the office.');
  });
  it('borderline: a warning, not an error', () => {
    const [f] = lint('We are sorry to hear about your experience.');
    expect(f).toMatchObject({ severity: 1, column: 8, endColumn: 43 });
    expect(f!.message).toBe('This wording ("s**** t* h*** a**** y*** e*********") may confirm that the person is a patient. '
      + 'A safer reply says nothing about any visit: thank them for the feedback and invite them to call the office.');
  });
  it('ordinary posts and general advice are not replies to confirm', () => {
    expect(lint('Your yearly checkup is a good time to ask about your medications.', 'post')).toEqual([]);
    expect(lint('Talk to your doctor about whether the vaccine is right for you.', 'reply')).toEqual([]);
  });
});
