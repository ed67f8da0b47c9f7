import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FileResult } from '../../src/types.js';
import { sarifErrors } from './sarif-schema.js';

// The real binary on the demo drafts, built by test/setup/build.ts (vitest globalSetup).
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'bin/hcpost.js');
// Each test spawns node and lints 14 drafts: allow for a busy CI machine.
const SLOW = 30_000;

function hcpost(format: string): { code: number | null; stdout: string; stderr: string } {
  const env: Record<string, string | undefined> = { ...process.env };
  delete env['FORCE_COLOR'];
  const r = spawnSync(process.execPath, [BIN, 'lint', '--format', format, 'fixtures/drafts'], { cwd: ROOT, env, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The same run as --format json: what the other formats must agree with. */
let reference: FileResult[];
let findings: { file: string; line: number; column: number; ruleId: string | null; severity: number }[];

beforeAll(() => {
  const run = hcpost('json');
  expect(run.code).toBe(1);
  reference = JSON.parse(run.stdout) as FileResult[];
  findings = reference.flatMap((r) => r.messages.map((m) => ({
    file: path.relative(ROOT, r.filePath).split(path.sep).join('/'), line: m.line, column: m.column, ruleId: m.ruleId, severity: m.severity,
  })));
  // the demo drafts have findings of both severities, or these tests would prove little
  expect(findings.some((f) => f.severity === 1) && findings.some((f) => f.severity === 2)).toBe(true);
}, SLOW);

describe('hcpost lint --format (real binary, fixtures/drafts)', () => {
  it('sarif: a valid SARIF 2.1.0 log with the same findings as json', () => {
    const run = hcpost('sarif');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout) as {
      runs: { results: { ruleId: string; level: string; suppressions?: unknown; locations: {
        physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number; startColumn: number } };
      }[] }[] }[];
    };
    expect(sarifErrors(log)).toEqual([]);
    const shown = log.runs[0]!.results.filter((r) => r.suppressions === undefined).map((r) => {
      const loc = r.locations[0]!.physicalLocation;
      expect(loc.artifactLocation.uriBaseId).toBe('%SRCROOT%');
      return { file: loc.artifactLocation.uri, line: loc.region.startLine, column: loc.region.startColumn,
        ruleId: r.ruleId, severity: r.level === 'error' ? 2 : 1 };
    });
    expect(shown).toEqual(findings);
  }, SLOW);

  it('github: one annotation per finding, paths relative to the working folder', () => {
    const run = hcpost('github');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout.endsWith('\n')).toBe(true);
    const lines = run.stdout.slice(0, -1).split('\n');
    const parsed = lines.map((line) => {
      const m = /^::(error|warning) file=([^,]+),line=(\d+),col=(\d+),endLine=\d+,endColumn=\d+,title=([^:]+)::.+$/.exec(line);
      expect(m, line).not.toBeNull();
      return { file: m![2]!, line: Number(m![3]), column: Number(m![4]), ruleId: m![5]!, severity: m![1] === 'error' ? 2 : 1 };
    });
    expect(parsed).toEqual(findings);
  }, SLOW);

  it('junit: a suite per file, a failure per finding, counts that add up', () => {
    const run = hcpost('junit');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const out = run.stdout;
    expect(out.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<testsuites name="hcpost" ')).toBe(true);
    expect(out.endsWith('</testsuites>\n')).toBe(true);
    const suites = [...out.matchAll(/<testsuite name="([^"]+)" tests="(\d+)" failures="(\d+)" errors="(\d+)"/g)];
    expect(suites.map((s) => s[1])).toEqual(reference.map((r) => path.relative(ROOT, r.filePath).split(path.sep).join('/')));
    const types = [...out.matchAll(/<failure message="[^"]*" type="([^"]+)">(\d+):(\d+) /g)].map((m) => ({
      ruleId: m[1], line: Number(m[2]), column: Number(m[3]),
    }));
    expect(types).toEqual(findings.map(({ ruleId, line, column }) => ({ ruleId, line, column })));
    const tests = suites.reduce((n, s) => n + Number(s[2]), 0);
    const failures = suites.reduce((n, s) => n + Number(s[3]), 0);
    expect(out).toContain(`<testsuites name="hcpost" tests="${tests}" failures="${failures}" errors="0">`);
    // a case fails once however many findings it has: one case per post that has findings
    const failedCases = new Set(reference.flatMap((r) => r.messages.map((m) => `${r.filePath}#${m.postId ?? 'post'}`)));
    expect(failures).toBe(failedCases.size);
    expect(tests).toBe(reference.reduce((n, r) => n + Math.max(1, new Set(r.messages.map((m) => m.postId ?? 'post')).size), 0));
  }, SLOW);
});
