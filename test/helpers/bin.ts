import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root and the real binary (built by test/setup/build.ts): what users and CI run. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// HCPOST_TEST_BIN: a private build, for running these tests while another build rewrites dist/.
export const BIN = process.env['HCPOST_TEST_BIN'] ?? path.join(ROOT, 'bin/hcpost.js');

export interface Run { code: number | null; stdout: string; stderr: string }

export interface RunOptions {
  readonly cwd: string;
  readonly input?: string;
  /** Node flags before the script (e.g. --import a probe). */
  readonly nodeArgs?: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
}

/** Runs `node bin/hcpost.js ...args` without colour variables from the outer environment. */
export function hcpost(args: readonly string[], opts: RunOptions): Run {
  const env: Record<string, string | undefined> = { ...process.env, ...opts.env };
  for (const key of ['FORCE_COLOR', 'NO_COLOR']) if (!opts.env || !(key in opts.env)) delete env[key];
  const r = spawnSync(process.execPath, [...(opts.nodeArgs ?? []), BIN, ...args], {
    cwd: opts.cwd, input: opts.input ?? '', env, encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
