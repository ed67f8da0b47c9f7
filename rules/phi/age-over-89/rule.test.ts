import { describe, expect, it } from 'vitest';
import { lintText } from '../../../src/engine/lint-text.js';
import type { Finding, ResolvedConfig, Rule } from '../../../src/types.js';
import rule from './rule.js';

function lint(body: string, options: object = {}, front = ''): Finding[] {
  const config: ResolvedConfig = {
    rules: new Map([[rule.meta.id, { severity: 2, options }]]),
    organization: { names: [], phones: [], emails: [], domains: [], addresses: [] },
    ignores: [],
  };
  const text = `---\ntype: post\nauthor: Brightwater Rehab\n${front}---\n${body}\n`;
  return lintText(text, { filePath: '/virtual/post.md', config, rules: [rule as Rule<unknown>] }).messages;
}

describe('phi/age-over-89 messages', () => {
  it('age: masks the age and suggests "90 or older"', () => {
    const [f, ...rest] = lint('Our 93-year-old patient walked the whole hallway after her hip surgery.');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ ruleId: 'phi/age-over-89', line: 5, column: 5, endColumn: 16 });
    expect(f!.message).toBe('A patient age over 89 ("**-y***-o**") can identify them. Say "90 or older" instead.');
    expect(f!.suggestions).toEqual([{ desc: 'Replace the exact age with "90 or older".' }]);
  });
  it('birthYear: points at the year only', () => {
    const [f] = lint('Our patient Violet, born in 1931, is home after her surgery.', { referenceYear: 2025 });
    expect(f).toMatchObject({ column: 29, endColumn: 33 });
    expect(f!.message).toBe('This birth year ("****") shows the patient is over 89, which can identify them. Remove it or say "90 or older".');
  });
  it('reads keycap emoji digits, even when no other digit is in the post', () => {
    expect(lint('Miss Opal turned 1️⃣0️⃣2️⃣ on our rehab unit!').map((m) => [m.column, m.endColumn])).toEqual([[11, 27]]);
  });
  it('counts a birth year from the reference year, and from the post date first', () => {
    const body = 'Our patient Frank, born in 1935, is home after his surgery.';
    expect(lint(body, { referenceYear: 2024 })).toEqual([]);
    expect(lint(body, { referenceYear: 2025 })).toHaveLength(1);
    expect(lint(body, { referenceYear: 2025 }, 'date: 2024-06-01\n')).toEqual([]);
  });
});
