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
  const text = `---\ntype: post\nauthor: Brightwater General Hospital\n---\n${body}\n`;
  return lintText(text, { filePath: '/virtual/post.md', config, rules: [rule as Rule<unknown>] }).messages;
}

describe('phi/unique-characteristic messages', () => {
  it('superlative: "first" needs a qualifier ("in the state"); "youngest" does not', () => {
    const [f] = lint('She became the first patient in the state to receive the new valve.');
    expect(f).toMatchObject({ severity: 2, line: 5, column: 12, endColumn: 29 });
    expect(f!.message).toBe('This detail ("t** f**** p******") singles out one patient: few people fit it, so readers can work out who it is. '
      + 'Describe the care without the record or the "first", or get the patient\'s written consent.');
    expect(lint('Our first patient at the new surgery center is home after her knee surgery.')).toEqual([]);
    expect(lint('Our youngest heart transplant recipient is home.')[0]).toMatchObject({ severity: 2, column: 1, endColumn: 40 });
  });
  it('multipleBirth: quintuplets are an error, triplets a warning', () => {
    expect(lint('Congratulations to the family who welcomed quintuplets in our NICU!').map((m) => [m.severity, m.message])).toEqual([
      [2, 'A birth like this ("q**********") is rare enough to identify the family. Leave it out unless the family has signed consent.'],
    ]);
    expect(lint('Our NICU sent home a set of triplets, and their mom says hi!').map((m) => m.severity)).toEqual([1]);
  });
  it('feature: a distinctive tattoo', () => {
    expect(lint('The man with the anchor tattoo on his neck came back to our ER with chest pain.').map((m) => m.message)).toEqual([
      'A distinctive mark ("w*** t** a***** t***** o* h** n***") can identify a patient. Remove the description.',
    ]);
  });
  it('role: a public role with a care claim', () => {
    expect(lint('We treated the county sheriff for a broken ankle last week.').map((m) => m.message)).toEqual([
      'A patient\'s public role ("t** c***** s******") identifies them as surely as a name. Remove it.',
    ]);
  });
});
