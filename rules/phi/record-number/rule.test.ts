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

describe('phi/record-number messages', () => {
  const cases: [string, string][] = [
    ['MRN#0048812', 'A medical record number ("*******") points straight to one patient\'s chart. Remove it from the post.'],
    ['Medicaid ID 44J7-201-88', 'A health plan, member or Medicaid ID ("****-***-**") identifies the patient. Remove it from the post.'],
    ['account #88120-44', 'An account number ("*****-**") identifies the customer and their bill. Remove it; discuss billing privately.'],
    ['DL# S530-7714-2290', 'A licence or certificate number ("****-****-****") identifies the person who holds it. Remove it from the post.'],
    ['Rx #6120934', 'A prescription number ("*******") is a unique code tied to one patient. Remove it; tell them privately.'],
    ['accession S24-11873', 'A lab accession or specimen number ("***-*****") is a unique code tied to one patient. Remove it.'],
    ['claim #2025-881234', 'An insurance claim number ("****-******") is tied to one patient\'s care. Remove it from the post.'],
    ['case no. 24-11873', 'A case number ("**-*****") is a unique code that can lead back to the patient. Remove it.'],
    ['study ID 4471-B', 'This unique code ("****-*") can lead back to one patient. Remove it from the post.'],
    ['Mrs. Okafor is in room 412.', 'A room or bed number ("r*** ***") next to a patient\'s name tells people where to find them. Remove one or both.'],
  ];
  for (const [body, message] of cases) {
    it(body, () => expect(messages(body)).toEqual([message]));
  }
});
