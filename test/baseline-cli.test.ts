import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { hcpost as run, type Run } from './helpers/bin.js';

// --write-baseline, --baseline and --prune-baseline through the real binary.
vi.setConfig({ testTimeout: 60_000 }); // several process starts per test, on a busy machine

let tmp: string;
let dir: string;
const hcpost = (args: string[], cwd = dir): Run => run(args, { cwd });
const write = (file: string, text: string): void => {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
};
const read = (file: string): string => readFileSync(path.join(dir, file), 'utf8');
const positions = (r: Run): string[] => (JSON.parse(r.stdout) as { filePath: string; messages: { line: number; ruleId: string | null }[] }[])
  .flatMap((x) => x.messages.map((m) => `${path.relative(dir, x.filePath)}:${m.line} ${m.ruleId}`));

const SSN_LINE = 'Reminder for the billing desk: SSN 123-45-6789 was on the form.\n';
const DM_LINE = 'DM me today for your results.\n';
const CLEAN = 'Our flu clinic is open Saturday from 9 to 12.\n';
const WRITTEN = 'hcpost recorded 2 findings in .hcpost-baseline.json; run with --baseline to report only new ones.\n';

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'hcpost-baseline-'));
  dir = path.join(tmp, 'project');
  write('drafts/old.md', SSN_LINE + DM_LINE);
  write('drafts/clean.md', CLEAN);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('baseline (real binary)', () => {
  it('round trip: write, edit elsewhere, add a problem, fix one, prune', () => {
    // 1. Record today's findings: nothing on stdout, one line on stderr, exit 0.
    expect(hcpost(['lint', '--write-baseline'])).toEqual({ code: 0, stdout: '', stderr: WRITTEN });
    const text = read('.hcpost-baseline.json');
    expect(text.endsWith('}\n')).toBe(true);
    const baseline = JSON.parse(text) as { version: number; salt: string; files: Record<string, Record<string, number>> };
    expect(text).toBe(`${JSON.stringify(baseline, null, 2)}\n`);
    expect(baseline.version).toBe(1);
    expect(baseline.salt).toMatch(/^[0-9a-f]{32}$/);
    expect(Object.keys(baseline.files)).toEqual(['drafts/old.md']);
    expect(Object.entries(baseline.files['drafts/old.md']!).sort()).toEqual([
      [expect.stringMatching(/^boundary\/personal-contact [0-9a-f]{24}$/), 1],
      [expect.stringMatching(/^phi\/ssn [0-9a-f]{24}$/), 1],
    ]);

    // 2. Same files: nothing new. Edits elsewhere in the file move the lines but not the findings.
    expect(hcpost(['lint', '--baseline'])).toEqual({ code: 0, stdout: '', stderr: '' });
    write('drafts/old.md', `New first line.\n\n${SSN_LINE}${DM_LINE}`);
    expect(hcpost(['lint', '--baseline'])).toEqual({ code: 0, stdout: '', stderr: '' });

    // 3. A new problem is reported, and fails the run.
    write('drafts/old.md', `New first line.\n\n${SSN_LINE}${DM_LINE}And SSN 529-04-1186 too.\n`);
    const added = hcpost(['lint', '--baseline', '-f', 'json']);
    expect(added.code).toBe(1);
    expect(added.stderr).toBe('');
    expect(positions(added)).toEqual(['drafts/old.md:5 phi/ssn']);

    // 4. Fixing one (the DM line) leaves a stale entry: one summary line on stderr.
    write('drafts/old.md', `New first line.\n\n${SSN_LINE}`);
    expect(hcpost(['lint', '--baseline'])).toEqual({
      code: 0, stdout: '', stderr: '1 baseline entry no longer matches anything; run with --prune-baseline to remove it.\n',
    });

    // 5. --prune-baseline rewrites the file without it; then nothing is stale.
    expect(hcpost(['lint', '--baseline', '--prune-baseline'])).toEqual({
      code: 0, stdout: '', stderr: 'Removed 1 baseline entry that no longer matches anything from .hcpost-baseline.json.\n',
    });
    const pruned = JSON.parse(read('.hcpost-baseline.json')) as typeof baseline;
    expect(pruned.salt).toBe(baseline.salt);
    expect(Object.keys(pruned.files['drafts/old.md']!)).toEqual([expect.stringMatching(/^phi\/ssn /)]);
    expect(hcpost(['lint', '--baseline'])).toEqual({ code: 0, stdout: '', stderr: '' });
    // Without the baseline the old finding is still there.
    expect(positions(hcpost(['lint', '-f', 'json']))).toEqual(['drafts/old.md:3 phi/ssn']);
  });

  it('never holds PHI in clear', () => {
    write('phi/post.md', 'Patient SSN 219-09-9999, MRN 00123456, call 555-867-5309.\n');
    const r = hcpost(['lint', 'phi', '--write-baseline', 'phi-baseline.json']);
    expect(r.code).toBe(0);
    const text = read('phi-baseline.json');
    const ids = Object.keys((JSON.parse(text) as { files: Record<string, object> }).files['phi/post.md'] ?? {});
    expect(ids).toContainEqual(expect.stringMatching(/^phi\/ssn /)); // there is something to leak
    // Only hex (salt, fingerprints) may hold digits: take it out and no digit is left.
    // (Hex can hold "219" by chance, so the digits are looked for only outside it.)
    expect(text.replace(/[0-9a-f]{24,}/g, '').replace(/"version": 1|": \d+/g, '')).not.toMatch(/\d/);
  });

  it('works from a subfolder: paths are relative to the baseline file', () => {
    expect(hcpost(['lint', '--write-baseline'], path.join(dir, 'drafts')).code).toBe(0);
    expect(hcpost(['lint', '.', '--baseline', '../.hcpost-baseline.json'], path.join(dir, 'drafts')))
      .toEqual({ code: 0, stdout: '', stderr: '' });
    rmSync(path.join(dir, 'drafts/.hcpost-baseline.json'));
  });

  it('a value that is not a .json file name is a path to lint, and the default file is used', () => {
    expect(hcpost(['lint', '--write-baseline', 'drafts'])).toEqual({
      code: 0, stdout: '', stderr: 'hcpost recorded 1 finding in .hcpost-baseline.json; run with --baseline to report only new ones.\n',
    });
    expect(hcpost(['lint', '--baseline', 'drafts'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('does not lint its own .json file as a post', () => {
    expect(hcpost(['lint', 'drafts', '--write-baseline', 'drafts/baseline.json']).code).toBe(0);
    expect(hcpost(['lint', 'drafts', '--baseline', 'drafts/baseline.json'])).toEqual({ code: 0, stdout: '', stderr: '' });
    rmSync(path.join(dir, 'drafts/baseline.json'));
  });

  it('still reports what a baseline cannot hold: a file that cannot be parsed (exit 1)', () => {
    write('broken/queue.json', '{ "text": "Flu shots today", }\n');
    write('broken/post.md', SSN_LINE);
    const r = hcpost(['lint', 'broken', '--write-baseline', 'broken-baseline.json', '-f', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('hcpost recorded 1 finding in broken-baseline.json; run with --baseline to report only new ones.\n');
    expect(positions(r)).toEqual(['broken/queue.json:1 null']);
  });

  it('computes the exit code on what is left: --max-warnings counts only new warnings', () => {
    write('warn/.hcpostrc.yaml', 'extends: []\nrules:\n  phi/ssn: warn\n');
    write('warn/post.md', SSN_LINE);
    const cwd = path.join(dir, 'warn');
    expect(hcpost(['lint', '--max-warnings', '0'], cwd).code).toBe(1);
    expect(hcpost(['lint', '--write-baseline'], cwd).code).toBe(0);
    expect(hcpost(['lint', '--max-warnings', '0', '--baseline'], cwd)).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it.each<[string, string[], string]>([
    ['a missing baseline', ['lint', '--baseline', 'nope.json'],
      'Baseline file nope.json was not found. Create it first with "hcpost lint --write-baseline nope.json".'],
    ['a file that is not a baseline', ['lint', '--baseline', 'drafts/not-a-baseline.json'],
      'drafts/not-a-baseline.json is not an hcpost baseline file. Write a new one with "hcpost lint --write-baseline drafts/not-a-baseline.json".'],
    ['--prune-baseline alone', ['lint', '--prune-baseline'], '--prune-baseline only works together with --baseline.'],
    ['both baseline flags', ['lint', '--baseline', '--write-baseline'], 'Give either --write-baseline or --baseline, not both.'],
    ['--write-baseline with --stdin', ['lint', '--stdin', '--write-baseline'],
      '--write-baseline cannot be used with --stdin: a baseline records all your files. Run it on the files instead.'],
  ])('exits 2 with one sentence for %s', (_name, args, sentence) => {
    write('drafts/not-a-baseline.json', '{"version": 2}\n');
    expect(hcpost(args)).toEqual({ code: 2, stdout: '', stderr: `${sentence}\n` });
    rmSync(path.join(dir, 'drafts/not-a-baseline.json'));
  });

  it('filters --stdin text with the baseline too (editors showing only new problems)', () => {
    write('drafts/old.md', SSN_LINE);
    expect(hcpost(['lint', 'drafts', '--write-baseline']).code).toBe(0);
    const same = run(['lint', '--stdin', '--stdin-filename', 'drafts/old.md', '--baseline'], { cwd: dir, input: SSN_LINE });
    expect(same).toEqual({ code: 0, stdout: '', stderr: '' });
    const more = run(['lint', '--stdin', '--stdin-filename', 'drafts/old.md', '--baseline', '-f', 'json'],
      { cwd: dir, input: `${SSN_LINE}${DM_LINE}` });
    expect(more.code).toBe(1);
    expect(positions(more)).toEqual(['drafts/old.md:2 boundary/personal-contact']);
  });
});
