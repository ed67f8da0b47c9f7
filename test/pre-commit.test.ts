import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { hcpost, ROOT } from './helpers/bin.js';

vi.setConfig({ testTimeout: 60_000 });

interface Hook { id: string; name: string; entry: string; language: string; types_or: string[]; pass_filenames: boolean }

const hooks = parse(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
const hook = hooks.find((h) => h.id === 'hcpost')!;

let dir: string;

/** What pre-commit does: the entry, split on spaces, then the staged file names. */
function runHook(files: string[]): ReturnType<typeof hcpost> {
  const [command, ...args] = hook.entry.split(/\s+/);
  expect(command).toBe('hcpost'); // the package's bin, which pre-commit's node env puts on PATH
  return hcpost([...args, ...files], { cwd: dir });
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'hcpost-pre-commit-'));
  mkdirSync(path.join(dir, 'drafts'));
  mkdirSync(path.join(dir, 'data'));
  writeFileSync(path.join(dir, 'drafts/clean.md'), 'Our flu clinic is open Saturday from 9 to 12.\n');
  writeFileSync(path.join(dir, 'drafts/ssn.md'), '---\nplatform: facebook\n---\nSSN 123-45-6789 was on the intake form.\n');
  writeFileSync(path.join(dir, 'data/queue.json'), '[{ "id": "mon", "text": "Flu shots are free this week." }]\n');
  // A draft outside the staged list: a hook must not lint it.
  writeFileSync(path.join(dir, 'drafts/unstaged.md'), 'DM me today for your results.\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('.pre-commit-hooks.yaml', () => {
  it('defines the hcpost hook for Markdown and JSON files, with the file names passed', () => {
    expect(hooks).toHaveLength(1);
    expect(hook).toEqual({
      id: 'hcpost', name: expect.any(String), description: expect.any(String),
      entry: 'hcpost lint --no-error-on-unmatched-pattern',
      language: 'node', types_or: ['markdown', 'json'], pass_filenames: true,
    });
    // "hcpost" in the entry is this package's bin: the file these tests run.
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(pkg.bin['hcpost']).toBe('bin/hcpost.js');
  });

  it('fails the commit on a staged draft with a problem; reports only the staged files; a deleted path is skipped', () => {
    const r = runHook(['drafts/clean.md', 'drafts/ssn.md', 'data/queue.json', 'drafts/deleted.md']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^\ndrafts\/ssn\.md\n {2}4:1 {2}error {2}.+ {2}phi\/ssn\n\n\u2716 1 problem \(1 error, 0 warnings\)\n$/);
    expect(r.stdout).not.toContain('6789');
  });

  it('passes when the staged drafts are clean, even if other drafts are not', () => {
    expect(runHook(['drafts/clean.md', 'data/queue.json', 'gone.json'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});
