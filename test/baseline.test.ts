import { describe, expect, it } from 'vitest';
import { applyBaseline, createBaseline, parseBaseline, pruneBaseline } from '../src/baseline/baseline.js';
import { lintText } from '../src/engine/lint-text.js';
import ssn from '../rules/phi/ssn/rule.js';
import type { ResolvedConfig, Rule } from '../src/types.js';

const rules = [ssn] as Rule<unknown>[];
const config: ResolvedConfig = {
  rules: new Map([['phi/ssn', { severity: 2, options: {} }]]),
  organization: { names: [], phones: [], emails: [], domains: [], addresses: [] },
  ignores: [],
};
const salt = 'a'.repeat(32);
const lint = (text: string) => lintText(text, { filePath: '/repo/drafts/a.md', config, rules, fingerprintSalt: salt });

describe('baseline', () => {
  const before = lint('Old post: SSN 412-77-3051.\n');

  it('holds no PHI in clear and survives edits elsewhere in the file', () => {
    const baseline = createBaseline([before], '/repo', salt);
    const text = JSON.stringify(baseline);
    expect(text).not.toContain('412');
    expect(Object.keys(baseline.files)).toEqual(['drafts/a.md']);
    const edited = lint('A new first line.\n\nOld post: SSN 412-77-3051.\n');
    const { results, stale } = applyBaseline([edited], baseline, '/repo');
    expect(results[0]!.messages).toEqual([]);
    expect(results[0]!.errorCount).toBe(0);
    expect(stale).toEqual([]);
  });

  it('reports new findings, and entries that match nothing as stale; prune removes them', () => {
    const baseline = createBaseline([before], '/repo', salt);
    const now = lint('Fixed that. New one: SSN 529-04-1186.\n');
    const { results, stale } = applyBaseline([now], baseline, '/repo');
    expect(results[0]!.messages.map((m) => m.line)).toEqual([1]);
    expect(stale).toEqual([{ file: 'drafts/a.md', ruleId: 'phi/ssn', count: 1 }]);
    expect(pruneBaseline(baseline, [now], '/repo').files).toEqual({});
  });

  it('a different salt gives different fingerprints', () => {
    const other = lintText('Old post: SSN 412-77-3051.\n', { filePath: '/repo/drafts/a.md', config, rules, fingerprintSalt: 'b'.repeat(32) });
    expect(other.messages[0]!.fingerprint).not.toBe(before.messages[0]!.fingerprint);
  });

  it('parseBaseline rejects what is not a baseline', () => {
    expect(parseBaseline('{')).toBeUndefined();
    expect(parseBaseline('{"version":2,"salt":"x","files":{}}')).toBeUndefined();
    expect(parseBaseline(JSON.stringify(createBaseline([before], '/repo', salt)))).toBeDefined();
  });
});
