import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../src/cli/errors.js';
import { findFiles } from '../src/input/find-files.js';

let root: string;
let project: string;

// project/ is the cwd; outside/ sits beside it, as ../shared/corpus sits beside main/.
const FILES = [
  'project/.gitignore', 'project/.hcpostignore', 'project/package.json',
  'project/b.md', 'project/a.markdown', 'project/notes.txt', 'project/queue.json',
  'project/drafts/z.md', 'project/drafts/build/out.md', 'project/drafts/private.md',
  'project/drafts/archive/old.md', 'project/drafts/sub/.hcpostignore', 'project/drafts/sub/local.md', 'project/drafts/sub/keep.md',
  'project/node_modules/pkg/readme.md', 'project/.git/info.md', 'project/odd name (1)/post.md',
  'outside/posts/p1.md', 'outside/posts/p2.json', 'outside/posts/image.png',
];

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'hcpost-find-'));
  project = path.join(root, 'project');
  for (const file of FILES) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), 'x\n');
  }
  writeFileSync(path.join(project, '.gitignore'), 'build/\n');
  writeFileSync(path.join(project, '.hcpostignore'), 'drafts/private.md\n');
  writeFileSync(path.join(project, 'drafts/sub/.hcpostignore'), 'local.md\n');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const rel = (files: string[]): string[] => files.map((f) => path.relative(root, f));

describe('findFiles', () => {
  it('walks the cwd by default for .md, .markdown and .json, honouring ignore files, sorted', async () => {
    expect(rel(await findFiles([], { cwd: project }))).toEqual([
      'project/a.markdown', 'project/b.md', 'project/drafts/archive/old.md', 'project/drafts/sub/keep.md',
      'project/drafts/z.md', 'project/odd name (1)/post.md', 'project/package.json', 'project/queue.json',
    ]);
  });

  it('applies config ignores relative to the config folder, folder names included', async () => {
    const files = await findFiles(['drafts'], { cwd: project, ignores: ['drafts/archive', '**/keep.md'], ignoreBase: project });
    expect(rel(files)).toEqual(['project/drafts/z.md']);
  });

  it('applies config ignores and the .hcpostignore of a config further up when run in a subfolder', async () => {
    const files = await findFiles(['.'], { cwd: path.join(project, 'drafts'), ignores: ['drafts/z.md'], ignoreBase: project });
    expect(rel(files)).toEqual(['project/drafts/archive/old.md', 'project/drafts/sub/keep.md']);
  });

  it('takes a named file as given, whatever its extension or ignore files say', async () => {
    const files = await findFiles(['notes.txt', 'drafts/private.md', 'b.md', './b.md'], { cwd: project });
    expect(rel(files)).toEqual(['project/b.md', 'project/drafts/private.md', 'project/notes.txt']);
  });

  it('expands globs, still honouring ignore files', async () => {
    expect(rel(await findFiles(['drafts/**/*.md'], { cwd: project }))).toEqual([
      'project/drafts/archive/old.md', 'project/drafts/sub/keep.md', 'project/drafts/z.md',
    ]);
  });

  it('walks folders outside the cwd and folders with glob characters in their name', async () => {
    expect(rel(await findFiles(['../outside/posts', 'odd name (1)'], { cwd: project }))).toEqual([
      'outside/posts/p1.md', 'outside/posts/p2.json', 'project/odd name (1)/post.md',
    ]);
    expect(rel(await findFiles(['../outside/posts/*.json'], { cwd: project }))).toEqual(['outside/posts/p2.json']);
  });

  it('never walks node_modules or .git', async () => {
    expect(await findFiles(['**/*.md'], { cwd: project })).not.toContain(path.join(project, 'node_modules/pkg/readme.md'));
    await expect(findFiles(['node_modules'], { cwd: project })).rejects.toThrow('No files matched "node_modules"');
  });

  it('names the first pattern that matches nothing', async () => {
    const error = await findFiles(['b.md', 'drafts/nope.md', '*.csv'], { cwd: project }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toBe(
      'No files matched "drafts/nope.md". Check the path, or whether .gitignore, .hcpostignore or the config\'s "ignores" exclude it (use --no-error-on-unmatched-pattern to allow this).',
    );
  });

  it('treats a folder with only ignored or unsupported files as unmatched', async () => {
    await expect(findFiles(['drafts/build'], { cwd: project })).rejects.toThrow('No files matched "drafts/build"');
  });

  it('skips unmatched patterns when told to', async () => {
    const files = await findFiles(['nope/', '*.csv', 'b.md'], { cwd: project, errorOnUnmatchedPattern: false });
    expect(rel(files)).toEqual(['project/b.md']);
  });
});
