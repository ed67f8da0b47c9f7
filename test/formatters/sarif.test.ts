import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import sarif from '../../src/formatters/sarif.js';
import { ctx, engineResult, results, SSN_DIGITS } from './fixture-results.js';
import { sarifErrors } from './sarif-schema.js';

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
const EXPECTED = readFileSync(new URL('./expected/sarif.json', import.meta.url), 'utf8').replaceAll('"__VERSION__"', JSON.stringify(VERSION));

interface Log {
  runs: {
    tool: { driver: { rules: { id: string }[] } };
    results: {
      ruleId: string; ruleIndex: number; suppressions?: unknown[];
      locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
    }[];
  }[];
}

describe('sarif formatter', () => {
  it('prints the hand-built results byte for byte as test/formatters/expected/sarif.json', () => {
    expect(sarif(results, ctx)).toBe(EXPECTED);
  });

  it('is valid against the official SARIF 2.1.0 schema: full, empty and engine-built logs', () => {
    expect(sarifErrors(JSON.parse(sarif(results, ctx)))).toEqual([]);
    expect(sarifErrors(JSON.parse(sarif([], ctx)))).toEqual([]);
    const clean = [{ filePath: '/p/a.md', messages: [], errorCount: 0, warningCount: 0, fatalErrorCount: 0 }];
    expect(sarifErrors(JSON.parse(sarif(clean, ctx)))).toEqual([]);
    const e = engineResult();
    expect(sarifErrors(JSON.parse(sarif(e.results, e.ctx)))).toEqual([]);
  });

  it('has a schema check that can fail', () => {
    const log = JSON.parse(sarif(results, ctx)) as { runs: { results: { level: string }[] }[] };
    log.runs[0]!.results[0]!.level = 'fatal';
    expect(sarifErrors(log)).not.toEqual([]);
    expect(sarifErrors({ version: '2.1.0' })).not.toEqual([]);
  });

  it('lists only the rules that have results, and every ruleIndex points at its rule', () => {
    const log = JSON.parse(sarif(results, ctx)) as Log;
    const run = log.runs[0]!;
    const ids = run.tool.driver.rules.map((r) => r.id);
    expect(ids).not.toContain('boundary/personal-contact');
    expect(ids).toEqual([...new Set(run.results.map((r) => r.ruleId))].sort());
    for (const r of run.results) expect(ids[r.ruleIndex]).toBe(r.ruleId);
  });

  it('gives silenced findings an inSource suppression and no others', () => {
    const run = (JSON.parse(sarif(results, ctx)) as Log).runs[0]!;
    expect(run.results.filter((r) => r.suppressions).map((r) => [r.ruleId, r.suppressions])).toEqual([
      ['phi/ssn', [{ kind: 'inSource', justification: 'test data, approved' }]],
      ['phi/date', [{ kind: 'inSource' }]],
    ]);
  });

  it('writes artifact URIs as valid URI references (no spaces, no backslashes)', () => {
    const odd = [{
      filePath: '/p/drafts/my post #1.md', errorCount: 1, warningCount: 0, fatalErrorCount: 0,
      messages: [{ ruleId: 'phi/ssn' as const, severity: 2 as const, message: 'x', line: 1, column: 1, endLine: 1, endColumn: 2 }],
    }];
    const run = (JSON.parse(sarif(odd, ctx)) as Log).runs[0]!;
    expect(run.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('drafts/my%20post%20%231.md');
  });

  it('never prints PHI: an SSN found by the real engine shows masked', () => {
    const e = engineResult();
    expect(e.results[0]!.messages.map((m) => m.ruleId)).toEqual(['phi/ssn']);
    const out = sarif(e.results, e.ctx);
    expect(out).toContain('S** ***-**-****');
    for (const digits of SSN_DIGITS) expect(out).not.toContain(digits);
  });
});
