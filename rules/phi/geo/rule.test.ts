import { describe, expect, it } from 'vitest';
import { lintText } from '../../../src/engine/lint-text.js';
import type { Finding, ResolvedConfig, Rule } from '../../../src/types.js';
import rule from './rule.js';

const config: ResolvedConfig = {
  rules: new Map([[rule.meta.id, { severity: 2, options: undefined }]]),
  organization: { names: [], phones: [], emails: [], domains: [], addresses: [] },
  ignores: [],
};

function lint(body: string): Finding[] {
  const text = `---\ntype: post\nauthor: Brightwater Pediatrics\n---\n${body}\n`;
  return lintText(text, { filePath: '/virtual/post.md', config, rules: [rule as Rule<unknown>] }).messages;
}

describe('phi/geo messages', () => {
  it('address: a street tied to a patient', () => {
    const [f, ...rest] = lint('Our patient Ben, who lives on Cobble Hill Road, is back at school after his surgery.');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ ruleId: 'phi/geo', line: 5, column: 31, endColumn: 47 });
    expect(f!.message).toBe('This street or road ("C***** H*** R***") places a patient. Remove the street; the state is as specific as you can go.');
  });
  it('zip: a ZIP code tied to a patient', () => {
    expect(lint('A 4-year-old boy living in ZIP 04011 has measles.').map((m) => m.message)).toEqual([
      'A ZIP code ("Z** *****") places a patient. Remove it, or give only the state.',
    ]);
  });
  it('place: a town, school or landmark', () => {
    expect(lint('Get well soon to our patient Ava from Millbrook, who had her tonsils out!').map((m) => m.message)).toEqual([
      'This place ("M********") can locate a patient: a town, neighbourhood, school or landmark narrows it down to one person. '
        + 'Remove it or use the state or "our area" instead.',
    ]);
  });
});
