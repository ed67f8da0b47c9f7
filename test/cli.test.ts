import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { colorEnabled } from '../src/cli/color.js';
import { main } from '../src/cli/main.js';

// The real binary, built by test/setup/build.ts: what users and CI run.
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin/hcpost.js');
const VERSION = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

interface Run { code: number | null; stdout: string; stderr: string }

/** Runs hcpost in `cwd` with a clean colour environment plus `env`. */
function hcpost(args: string[], opts: { cwd?: string; input?: string; env?: Record<string, string> } = {}): Run {
  const env: Record<string, string | undefined> = { ...process.env, ...opts.env };
  for (const key of ['FORCE_COLOR', 'NO_COLOR']) if (!opts.env || !(key in opts.env)) delete env[key];
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? dir, input: opts.input ?? '', env, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let tmp: string;
let dir: string; // a project: no config (hcpost:recommended)
let quietDir: string; // a project whose config turns phi/ssn into a warning and everything else off

const SSN_POST = 'Reminder for the billing desk: SSN 123-45-6789 was on the form.\n';
const BAD_JSON = '{ "text": "Flu shots today", }\n';
const CLEAN = 'Our flu clinic is open Saturday from 9 to 12.\n';

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'hcpost-cli-'));
  dir = path.join(tmp, 'project');
  quietDir = path.join(tmp, 'warn-project');
  mkdirSync(path.join(dir, 'drafts'), { recursive: true });
  mkdirSync(path.join(tmp, 'outside'), { recursive: true });
  mkdirSync(quietDir);
  writeFileSync(path.join(dir, 'drafts/clean.md'), CLEAN);
  writeFileSync(path.join(dir, 'drafts/queue.json'), BAD_JSON);
  writeFileSync(path.join(dir, 'drafts/ssn.md'), SSN_POST);
  writeFileSync(path.join(dir, 'drafts/photo.md'), 'PNG\u0000\u0000data');
  writeFileSync(path.join(tmp, 'outside/post.md'), CLEAN);
  writeFileSync(path.join(quietDir, '.hcpostrc.yaml'), 'extends: []\nrules:\n  phi/ssn: warn\n');
  writeFileSync(path.join(quietDir, 'ssn.md'), SSN_POST);
  writeFileSync(path.join(quietDir, 'clean.md'), CLEAN);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const NO_STACK = /\n\s+at /;

describe('hcpost (real binary)', () => {
  it('prints the version and the help texts, exit 0', () => {
    expect(hcpost(['--version'])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
    const help = hcpost(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: hcpost [options] [command]');
    expect(help.stdout).toContain('lint [options] [patterns...]');
    const lint = hcpost(['lint', '--help']);
    expect(lint.code).toBe(0);
    for (const flag of ['--format <name>', '--output-file <file>', '--config <file>', '--max-warnings <number>', '--quiet',
      '--no-color', '--show-phi', '--stdin', '--stdin-filename <file>', '--no-error-on-unmatched-pattern', '--debug', 'Exit codes:']) {
      expect(lint.stdout).toContain(flag);
    }
  });

  it('exits 0 with no output for a clean file, and for a folder outside cwd', () => {
    expect(hcpost(['lint', 'drafts/clean.md'])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(hcpost(['lint', '../outside'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('exits 1 for a file that cannot be parsed, and still lints the others', () => {
    const r = hcpost(['lint', 'drafts', '--format', 'json']);
    expect(r.code).toBe(1);
    const results = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string | null; fatal?: true }[] }[];
    expect(results.map((x) => path.relative(dir, x.filePath))).toEqual(
      ['drafts/clean.md', 'drafts/photo.md', 'drafts/queue.json', 'drafts/ssn.md']);
    expect(results[2]!.messages).toEqual([expect.objectContaining({ ruleId: null, fatal: true, severity: 2, line: 1, column: 30 })]);
  });

  it('prints stylish by default: paths relative to cwd, masked PHI, a skipped note and a summary', () => {
    const r = hcpost(['lint']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    // The SSN row's exact column and wording belong to phi/ssn's own tests; here: layout, masking, counts.
    expect(r.stdout).toMatch(/^\ndrafts\/photo\.md\n {2}skipped: binary file\n\ndrafts\/queue\.json\n {2}1:30 {2}error {2}.+\n\ndrafts\/ssn\.md\n {2}1:\d+ {2}error {2}.*"[^"]*\*{4}".* {2}phi\/ssn\n\n\u2716 2 problems \(2 errors, 0 warnings\)\n$/);
    expect(r.stdout).not.toMatch(/123|6789/); // masked: how exactly is the engine's business
    expect(hcpost(['lint', '--show-phi', 'drafts/ssn.md']).stdout).toMatch(/"[^"]*123-45-6789"/);
  });

  it('writes --output-file (creating folders) and nothing to stdout; never in colour', () => {
    const r = hcpost(['lint', 'drafts/ssn.md', '-o', 'reports/ci/out.txt'], { env: { FORCE_COLOR: '1' } });
    expect(r).toEqual({ code: 1, stdout: '', stderr: '' });
    const written = readFileSync(path.join(dir, 'reports/ci/out.txt'), 'utf8');
    expect(written).toMatch(/^\ndrafts\/ssn\.md\n {2}1:\d+ {2}error {2}/);
    expect(written).not.toContain('\x1b[');
    const folder = hcpost(['lint', 'drafts/ssn.md', '--output-file', 'drafts']);
    expect(folder).toEqual({ code: 2, stdout: '', stderr: 'Cannot write the report to drafts: it is a folder. Give a file name.\n' });
  });

  it('colours only when asked or forced: FORCE_COLOR, --color; never with --no-color', () => {
    expect(hcpost(['lint', 'drafts/ssn.md']).stdout).not.toContain('\x1b[');
    expect(hcpost(['lint', 'drafts/ssn.md'], { env: { FORCE_COLOR: '1' } }).stdout).toContain('\x1b[31merror\x1b[39m');
    expect(hcpost(['lint', 'drafts/ssn.md', '--color']).stdout).toContain('\x1b[4mdrafts/ssn.md\x1b[24m');
    expect(hcpost(['lint', 'drafts/ssn.md', '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toContain('\x1b[');
    expect(hcpost(['lint', 'drafts/ssn.md'], { env: { NO_COLOR: '1' } }).stdout).not.toContain('\x1b[');
  });

  it('--quiet hides warnings; --max-warnings counts them anyway', () => {
    const warn = hcpost(['lint'], { cwd: quietDir });
    expect(warn.code).toBe(0);
    expect(warn.stdout).toMatch(/^\nssn\.md\n {2}1:\d+ {2}warning {2}.* {2}phi\/ssn\n/);
    expect(warn.stdout).toContain('\u2716 1 problem (0 errors, 1 warning)\n');
    expect(hcpost(['lint', '--quiet'], { cwd: quietDir })).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(hcpost(['lint', '--max-warnings', '1'], { cwd: quietDir }).code).toBe(0);
    const tooMany = hcpost(['lint', '--max-warnings', '0', '--quiet'], { cwd: quietDir });
    expect(tooMany).toEqual({ code: 1, stdout: '', stderr: 'hcpost found too many warnings (maximum: 0).\n' });
    const json = JSON.parse(hcpost(['lint', '--quiet', '-f', 'json'], { cwd: quietDir }).stdout) as unknown[];
    expect(json).toEqual([
      { filePath: path.join(quietDir, 'clean.md'), messages: [], errorCount: 0, warningCount: 0, fatalErrorCount: 0 },
      { filePath: path.join(quietDir, 'ssn.md'), messages: [], errorCount: 0, warningCount: 0, fatalErrorCount: 0 },
    ]);
  });

  it('lints --stdin as --stdin-filename (format from its extension), default stdin.md', () => {
    const asJson = hcpost(['lint', '--stdin', '--stdin-filename', 'drafts/new.json', '-f', 'json'], { input: BAD_JSON });
    expect(asJson.code).toBe(1);
    const [result] = JSON.parse(asJson.stdout) as { filePath: string; fatalErrorCount: number }[];
    expect(result).toMatchObject({ filePath: path.join(dir, 'drafts/new.json'), fatalErrorCount: 1 });
    const asMarkdown = hcpost(['lint', '--stdin', '-f', 'json'], { input: BAD_JSON });
    expect(asMarkdown.code).toBe(0);
    expect(JSON.parse(asMarkdown.stdout)).toEqual([
      { filePath: path.join(dir, 'stdin.md'), messages: [], errorCount: 0, warningCount: 0, fatalErrorCount: 0 },
    ]);
  });

  it.each<[string, string[], string]>([
    ['an unknown flag', ['lint', '--bogus'], 'Unknown option "--bogus". Run "hcpost lint --help" to see all options.'],
    ['a misspelt flag', ['lint', '--fromat', 'json'],
      'Unknown option "--fromat". Did you mean "--format"? Run "hcpost lint --help" to see all options.'],
    ['a flag without its value', ['lint', '--format'], 'The option "--format" needs a value. Run "hcpost lint --help" for an example.'],
    ['an unknown command', ['lnt'], 'Unknown command "lnt". Did you mean "lint"? Run "hcpost --help" to see the commands.'],
    ['an unknown format', ['lint', '--format', 'xml'], 'Unknown format "xml". Use one of: stylish, json, sarif, github, junit.'],
    ['a bad --max-warnings', ['lint', '--max-warnings', 'ten'],
      '--max-warnings needs a whole number of 0 or more (or -1 for no limit), not "ten".'],
    ['--stdin with paths', ['lint', '--stdin', 'drafts'], 'Give either --stdin or file paths, not both.'],
    ['--stdin-filename alone', ['lint', '--stdin-filename', 'a.md'], '--stdin-filename only works together with --stdin.'],
    ['a missing --config file', ['lint', '--config', 'nope.yaml'], 'Config file nope.yaml was not found. Check the path given to --config.'],
    ['a pattern that matches nothing', ['lint', 'drafts/clean.md', 'posts/*.md'],
      'No files matched "posts/*.md". Check the path, or whether .gitignore, .hcpostignore or the config\'s "ignores" exclude it (use --no-error-on-unmatched-pattern to allow this).'],
  ])('exits 2 with one sentence for %s', (_name, args, sentence) => {
    const r = hcpost(args);
    expect(r).toEqual({ code: 2, stdout: '', stderr: `${sentence}\n` });
  });

  it('exits 2 and shows the help on stderr when no command is given', () => {
    const r = hcpost([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Missing command\. .*\n\nUsage: hcpost/);
  });

  it('allows unmatched patterns with --no-error-on-unmatched-pattern', () => {
    expect(hcpost(['lint', 'posts/*.md', 'nothing-here', '--no-error-on-unmatched-pattern'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('exits 2 for a bad config, naming the file and the key', () => {
    const cfgDir = path.join(tmp, 'bad-config');
    mkdirSync(path.join(cfgDir, 'sub'), { recursive: true });
    writeFileSync(path.join(cfgDir, 'post.md'), CLEAN);
    writeFileSync(path.join(cfgDir, '.hcpostrc.yaml'), 'organization:\n  phones: 555-0100\n');
    expect(hcpost(['lint'], { cwd: cfgDir })).toEqual({
      code: 2, stdout: '', stderr: 'Invalid config in .hcpostrc.yaml: organization.phones should be a list.\n',
    });
    writeFileSync(path.join(cfgDir, '.hcpostrc.yaml'), 'rules:\n  phi/snn: error\n');
    expect(hcpost(['lint', '../post.md'], { cwd: path.join(cfgDir, 'sub') })).toEqual({
      code: 2, stdout: '', stderr: 'Unknown rule "phi/snn" in ../.hcpostrc.yaml. Did you mean "phi/ssn"?\n',
    });
    writeFileSync(path.join(cfgDir, '.hcpostrc.yaml'), 'rules:\n  phi/ssn: error\n   x: 1\n');
    const syntax = hcpost(['lint'], { cwd: cfgDir });
    expect(syntax.code).toBe(2);
    expect(syntax.stderr).toMatch(/^Invalid YAML in config \.hcpostrc\.yaml:2:12: .+\.\n$/);
    expect(syntax.stderr).not.toMatch(NO_STACK);
  });

  it('uses --config instead of searching', () => {
    const r = hcpost(['lint', '--config', '../warn-project/.hcpostrc.yaml', 'drafts/ssn.md']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('warning');
  });
});

describe('main (in process)', () => {
  const io = (stdout: Writable) => {
    let err = '';
    const stderr = new Writable({ write(chunk: Buffer, _e, done) { err += chunk.toString(); done(); } });
    return { io: { stdin: new PassThrough(), stdout, stderr, cwd: dir, env: {} }, stderr: () => err };
  };

  it('reports an internal error as a crash, exit 2, without quoted text; the stack only with --debug', async () => {
    // Only write() matters to main; a plain object keeps the failure synchronous and repeatable.
    const broken = { write() { throw new Error('disk on fire near "Maya Jones"'); } } as unknown as Writable;
    const a = io(broken);
    expect(await main(['lint', 'drafts/ssn.md'], a.io)).toBe(2);
    expect(a.stderr()).toBe('hcpost crashed: Error: disk on fire near "…". Please report this (run with --debug for details)\n');
    const b = io(broken);
    expect(await main(['lint', 'drafts/ssn.md', '--debug'], b.io)).toBe(2);
    expect(b.stderr()).toMatch(/^hcpost crashed: .*\nError: disk on fire near "Maya Jones"\n\s+at /);
  });
});

describe('colorEnabled', () => {
  it.each<[string, Parameters<typeof colorEnabled>[0], boolean]>([
    ['a TTY', { env: {}, isTTY: true, toFile: false }, true],
    ['a pipe', { env: {}, isTTY: false, toFile: false }, false],
    ['NO_COLOR on a TTY', { env: { NO_COLOR: '1' }, isTTY: true, toFile: false }, false],
    ['an empty NO_COLOR on a TTY', { env: { NO_COLOR: '' }, isTTY: true, toFile: false }, true],
    ['FORCE_COLOR on a pipe', { env: { FORCE_COLOR: '1' }, isTTY: false, toFile: false }, true],
    ['FORCE_COLOR=0 on a TTY', { env: { FORCE_COLOR: '0' }, isTTY: true, toFile: false }, false],
    ['FORCE_COLOR over NO_COLOR', { env: { FORCE_COLOR: '1', NO_COLOR: '1' }, isTTY: false, toFile: false }, true],
    ['an output file, even forced', { env: { FORCE_COLOR: '1' }, isTTY: true, toFile: true }, false],
    ['--no-color over FORCE_COLOR', { flag: false, env: { FORCE_COLOR: '1' }, isTTY: true, toFile: false }, false],
    ['--color on a pipe', { flag: true, env: { NO_COLOR: '1' }, isTTY: false, toFile: false }, true],
  ])('%s', (_name, inputs, expected) => {
    expect(colorEnabled(inputs)).toBe(expected);
  });
});
