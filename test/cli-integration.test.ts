import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { hcpost as run, type Run } from './helpers/bin.js';

// Inline directives, unused-directive reports and --stdin config lookup, through the real binary.
vi.setConfig({ testTimeout: 60_000 }); // several process starts per test, on a busy machine

let tmp: string;
let dir: string;
const hcpost = (args: string[], opts: { cwd?: string; input?: string } = {}): Run =>
  run(args, { cwd: opts.cwd ?? dir, ...(opts.input === undefined ? {} : { input: opts.input }) });
const write = (file: string, text: string): void => {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
};

const SILENCED = '<!-- hcpost-disable-next-line boundary/personal-contact -- clinic line, approved -->\n\nDM me today.\n';
const UNUSED = '<!-- hcpost-disable-next-line phi/ssn -->\nOur flu clinic is open Saturday from 9 to 12.\n';
const NO_REASON = '<!-- hcpost-disable-next-line boundary/personal-contact -->\nDM me today.\n';
const SSN = 'Reminder for the billing desk: SSN 123-45-6789 was on the form.\n';
const UNUSED_ROW = '  1:1  warning  This hcpost-disable-next-line comment silences nothing for phi/ssn; remove it\n';

interface JsonResult { filePath: string; messages: Record<string, unknown>[]; suppressedMessages?: Record<string, unknown>[] }

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'hcpost-integration-'));
  dir = path.join(tmp, 'project');
  write('silenced.md', SILENCED);
  write('unused.md', UNUSED);
  write('no-reason.md', NO_REASON);
  write('queue.json', `${JSON.stringify({ posts: [
    { id: 'a', text: 'DM me today.', hcpost: { disable: ['boundary/personal-contact'], reason: 'staff account' } },
    { id: 'b', text: 'Our flu clinic is open Saturday.' },
  ] }, null, 2)}\n`);
  write('strict/.hcpostrc.yaml', 'extends: [hcpost:strict]\n');
  write('strict-relaxed/.hcpostrc.yaml', 'extends: [hcpost:strict]\nrequireDirectiveReason: off\n');
  write('report-error/.hcpostrc.yaml', 'reportUnusedDisableDirectives: error\n');
  write('team/.hcpostrc.yaml', 'extends: []\nrules:\n  phi/ssn: warn\n');
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('inline directives through the CLI', () => {
  it('silences the next non-blank line; json lists it in suppressedMessages with the reason, as ESLint does', () => {
    const r = hcpost(['lint', 'silenced.md', '-f', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const [result] = JSON.parse(r.stdout) as JsonResult[];
    expect(Object.keys(result!)).toEqual(['filePath', 'messages', 'suppressedMessages', 'errorCount', 'warningCount', 'fatalErrorCount']);
    expect(result).toEqual({
      filePath: path.join(dir, 'silenced.md'), messages: [],
      suppressedMessages: [{
        ruleId: 'boundary/personal-contact', severity: 2, message: expect.stringContaining('"DM me"'),
        line: 3, column: 1, endLine: 3, endColumn: 6,
        suppressions: [{ kind: 'directive', justification: 'clinic line, approved' }],
      }],
      errorCount: 0, warningCount: 0, fatalErrorCount: 0,
    });
    expect(hcpost(['lint', 'silenced.md'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('a JSON post\'s "hcpost" key silences that post only; the justification is its reason', () => {
    const r = hcpost(['lint', 'queue.json', '-f', 'json']);
    expect(r.code).toBe(0);
    const [result] = JSON.parse(r.stdout) as JsonResult[];
    expect(result!.messages).toEqual([]);
    expect(result!.suppressedMessages).toEqual([expect.objectContaining({
      ruleId: 'boundary/personal-contact', postId: 'a', line: 5,
      suppressions: [{ kind: 'directive', justification: 'staff account' }],
    })]);
  });

  it('without directives the json output has no suppressedMessages key', () => {
    const [result] = JSON.parse(hcpost(['lint', 'unused.md', '-f', 'json']).stdout) as JsonResult[];
    expect(Object.keys(result!)).toEqual(['filePath', 'messages', 'errorCount', 'warningCount', 'fatalErrorCount']);
  });

  it('--report-unused-disable-directives warns about a directive that silences nothing', () => {
    expect(hcpost(['lint', 'unused.md'])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(hcpost(['lint', 'unused.md', '--report-unused-disable-directives'])).toEqual({
      code: 0, stderr: '', stdout: `\nunused.md\n${UNUSED_ROW}\n\u2716 1 problem (0 errors, 1 warning)\n`,
    });
    // A directive that did silence something is not reported.
    expect(hcpost(['lint', 'silenced.md', '--report-unused-disable-directives'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('--report-unused-disable-directives-severity sets the level, over the config', () => {
    const asError = hcpost(['lint', 'unused.md', '--report-unused-disable-directives-severity', 'error']);
    expect(asError.code).toBe(1);
    expect(asError.stdout).toBe(`\nunused.md\n${UNUSED_ROW.replace('warning', 'error')}\n\u2716 1 problem (1 error, 0 warnings)\n`);
    const fromConfig = hcpost(['lint', '../unused.md'], { cwd: path.join(dir, 'report-error') });
    expect(fromConfig.code).toBe(1);
    expect(fromConfig.stdout).toContain('silences nothing for phi/ssn');
    expect(hcpost(['lint', '../unused.md', '--report-unused-disable-directives-severity', 'off'], { cwd: path.join(dir, 'report-error') }))
      .toEqual({ code: 0, stdout: '', stderr: '' });
    expect(hcpost(['lint', 'unused.md', '--report-unused-disable-directives-severity', 'loud'])).toEqual({
      code: 2, stdout: '',
      stderr: '--report-unused-disable-directives-severity needs "off", "warn" or "error" (or 0, 1, 2), not "loud".\n',
    });
  });

  it('hcpost:strict requires a reason after "--" (an error), unless the config turns that off', () => {
    expect(hcpost(['lint', 'no-reason.md'])).toEqual({ code: 0, stdout: '', stderr: '' });
    const strict = hcpost(['lint', '../no-reason.md'], { cwd: path.join(dir, 'strict') });
    expect(strict).toEqual({
      code: 1, stderr: '',
      stdout: '\n../no-reason.md\n  1:1  error  Say why this hcpost-disable-next-line comment is safe: add "-- <reason>" before "-->"\n'
        + '\n\u2716 1 problem (1 error, 0 warnings)\n',
    });
    expect(hcpost(['lint', '../silenced.md'], { cwd: path.join(dir, 'strict') })).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(hcpost(['lint', '../no-reason.md'], { cwd: path.join(dir, 'strict-relaxed') })).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('--stdin for editors', () => {
  it('uses the config of the --stdin-filename\'s folder, not of cwd', () => {
    const inTeam = hcpost(['lint', '--stdin', '--stdin-filename', 'team/posts/new.md', '-f', 'json'], { input: SSN });
    expect(inTeam.code).toBe(0); // team/.hcpostrc.yaml makes phi/ssn a warning
    expect(JSON.parse(inTeam.stdout)).toEqual([expect.objectContaining({
      filePath: path.join(dir, 'team/posts/new.md'), errorCount: 0, warningCount: 1,
      messages: [expect.objectContaining({ ruleId: 'phi/ssn', severity: 1, line: 1 })],
    })]);
    expect(inTeam.stdout).not.toContain('6789');
    const elsewhere = hcpost(['lint', '--stdin', '--stdin-filename', 'drafts/new.md', '-f', 'json'], { input: SSN });
    expect(elsewhere.code).toBe(1);
    expect(JSON.parse(elsewhere.stdout)).toEqual([expect.objectContaining({ errorCount: 1, warningCount: 0 })]);
  });

  it('an absolute --stdin-filename from another cwd finds the same config; --config still wins', () => {
    const absolute = path.join(dir, 'team/new.md');
    expect(hcpost(['lint', '--stdin', '--stdin-filename', absolute], { cwd: tmp, input: SSN }).code).toBe(0);
    expect(hcpost(['lint', '--stdin', '--stdin-filename', absolute, '--config', 'report-error/.hcpostrc.yaml'], { input: SSN }).code).toBe(1);
  });

  it('applies directives and --report-unused-disable-directives to stdin text too', () => {
    const r = hcpost(['lint', '--stdin', '--stdin-filename', 'draft.md', '--report-unused-disable-directives'], { input: UNUSED });
    expect(r).toEqual({ code: 0, stderr: '', stdout: `\ndraft.md\n${UNUSED_ROW}\n\u2716 1 problem (0 errors, 1 warning)\n` });
  });
});

describe('file arguments (hook runners)', () => {
  it('lints exactly the files given, and skips missing ones silently with --no-error-on-unmatched-pattern', () => {
    const r = hcpost(['lint', 'unused.md', 'queue.json', 'deleted.md', '--no-error-on-unmatched-pattern', '-f', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect((JSON.parse(r.stdout) as JsonResult[]).map((x) => path.relative(dir, x.filePath))).toEqual(['queue.json', 'unused.md']);
    expect(hcpost(['lint', 'unused.md', 'deleted.md'])).toEqual({
      code: 2, stdout: '',
      stderr: 'No files matched "deleted.md". Check the path, or whether .gitignore, .hcpostignore or the config\'s "ignores" exclude it (use --no-error-on-unmatched-pattern to allow this).\n',
    });
  });

  it('does not walk any folder when every argument is a file path, existing or not', () => {
    // The probe logs every folder listing the process makes; a folder argument shows it works.
    const probe = path.join(tmp, 'readdir-probe.mjs');
    const log = path.join(tmp, 'readdir.log');
    writeFileSync(probe, `import fs from 'node:fs';
const { appendFileSync } = fs;
const note = (dir) => appendFileSync(process.env.PROBE_LOG, String(dir) + '\\n');
for (const name of ['readdir', 'readdirSync', 'opendir', 'opendirSync']) {
  const original = fs[name];
  fs[name] = function (dir, ...rest) { note(dir); return original.call(this, dir, ...rest); };
}
for (const name of ['readdir', 'opendir']) {
  const original = fs.promises[name];
  fs.promises[name] = function (dir, ...rest) { note(dir); return original.call(this, dir, ...rest); };
}
`);
    const probed = (args: string[]): { code: number | null; listed: string } => {
      writeFileSync(log, '');
      const r = run(args, { cwd: dir, nodeArgs: ['--import', probe], env: { PROBE_LOG: log } });
      return { code: r.code, listed: readFileSync(log, 'utf8') };
    };
    expect(probed(['lint', 'unused.md', 'gone/deleted.md', '--no-error-on-unmatched-pattern'])).toEqual({ code: 0, listed: '' });
    expect(probed(['lint', 'team']).listed).not.toBe('');
  });
});
