import { describe, expect, it } from 'vitest';
import { lintText } from '../../../src/engine/lint-text.js';
import type { Finding, ResolvedConfig, Rule } from '../../../src/types.js';
import rule from './rule.js';

function lint(body: string, front = 'type: post\n', showPhi = false): Finding[] {
  const config: ResolvedConfig = {
    rules: new Map([[rule.meta.id, { severity: 2, options: {} }]]),
    organization: { names: [], phones: [], emails: [], domains: [], addresses: [] },
    ignores: [],
  };
  const text = `---\nauthor: Lakeside Clinic\n${front}---\n${body}\n`;
  return lintText(text, { filePath: '/virtual/post.md', config, rules: [rule as Rule<unknown>], showPhi }).messages;
}

describe('phi/patient-name messages', () => {
  it('name: masks the name and says what to do', () => {
    const [f, ...rest] = lint('So proud of Maria Lopez, who finished chemo today!');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ ruleId: 'phi/patient-name', severity: 2, line: 5, column: 13, endColumn: 24 });
    expect(f!.message).toBe('This may be a patient\'s name ("M**** L****"), and next to details of their care it '
      + 'identifies them. Remove the name, or get their signed authorization and record it in `consent:` (scope: name).');
  });
  it('relative: names the relative as such', () => {
    const [f] = lint('Her husband Omar never left her side after the surgery.');
    expect(f).toMatchObject({ column: 13, endColumn: 17 });
    expect(f!.message).toBe('This may be the name of a patient\'s relative ("O***"), which identifies the patient too. '
      + 'Remove the name, or get signed authorization and record it in `consent:` (scope: name).');
  });
  it('reviewer: the person a reply is addressed to', () => {
    const [f] = lint('Hi Dave, we are glad the extraction healed well.', 'type: review-reply\n');
    expect(f).toMatchObject({ column: 4, endColumn: 8 });
    expect(f!.message).toBe('Naming the person you are replying to ("D***") confirms publicly that they are a patient. '
      + 'Reply without their name, and without any detail of their care.');
  });
  it('prints the name in clear only with --show-phi', () => {
    expect(lint('So proud of Maria Lopez, who finished chemo today!', 'type: post\n', true)[0]!.message)
      .toContain('("Maria Lopez")');
  });
  it('consent that covers names silences it; consent for photos only does not', () => {
    const body = 'So proud of Maria Lopez, who finished chemo today!';
    expect(lint(body, 'type: testimonial\nconsent:\n  id: A-1\n  scope: [name, condition]\n')).toEqual([]);
    expect(lint(body, 'type: testimonial\nconsent:\n  id: A-1\n  scope: [photo]\n')).toHaveLength(1);
  });
  it('a post with no care words is not searched', () => {
    expect(lint('Congratulations to Maria Lopez on winning the county spelling bee!')).toEqual([]);
  });
});
