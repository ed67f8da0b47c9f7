import { describe, expect, it } from 'vitest';
import { lintText } from '../../../src/engine/lint-text.js';
import type { Finding, ResolvedConfig, Rule } from '../../../src/types.js';
import rule from './rule.js';

function lint(body: string, type = 'post'): Finding[] {
  const config: ResolvedConfig = {
    rules: new Map([[rule.meta.id, { severity: 2, options: {} }]]),
    organization: { names: [], phones: [], emails: [], domains: [], addresses: [] },
    ignores: [],
  };
  const text = `---\ntype: ${type}\nauthor: Cedar Grove Dental\n---\n${body}\n`;
  return lintText(text, { filePath: '/virtual/post.md', config, rules: [rule as Rule<unknown>] }).messages;
}

describe('professionalism/derogatory-patient messages', () => {
  it('slang', () => {
    const [f] = lint('Our frequent flyer is back.');
    expect(f).toMatchObject({ severity: 2, column: 5, endColumn: 19 });
    expect(f!.message).toBe('Hospital slang like "frequent flyer" mocks patients, even unnamed ones. '
      + 'Describe the situation without labelling the person.');
  });
  it('insult', () => {
    const [f] = lint('This idiot came in with a toothache.');
    expect(f!.message).toBe('Calling a patient or a member of the public "idiot" is derogatory, even without a name. Remove it.');
  });
  it('taunt', () => {
    const [f] = lint('Patients who skip cleanings and then complain: nice try.');
    expect(f!.message).toBe('"nice try" mocks a patient or a member of the public. Remove it and keep the tone respectful.');
  });
  it('reply: only in replies', () => {
    expect(lint('Help your child learn to read this summer.')).toEqual([]);
    const [f] = lint('Maybe learn to read the appointment card.', 'review-reply');
    expect(f!.message).toBe('"learn to read" taunts the person you are replying to. '
      + 'Keep replies calm and general, and offer to talk offline.');
  });
  it('mockery: a warning, and only when aimed at someone', () => {
    expect(lint('The coffee machine broke again 🙄')).toEqual([]);
    const [f] = lint('When the patient says he flosses daily 🙄');
    expect(f).toMatchObject({ severity: 1, column: 40, endColumn: 42 });
    expect(f!.message).toBe('This mocking marker ("🙄") is aimed at a patient or a member of the public. '
      + 'Remove it and keep the tone respectful.');
  });
});
