import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { getFormatter } from '../formatters/index.js';
import type { FileResult, ResolvedConfig, RuleMeta } from '../types.js';
import { colorEnabled } from './color.js';
import { isUserError, UsageError } from './errors.js';
import { fsReason } from './fs-reason.js';
import { messages } from './messages.js';
import { baselineRequest, withDirectiveFlag } from './option-values.js';
import { parseArgs, type CliOptions } from './options.js';
import { errorsOnly, exitCodeOf, tooManyWarnings, totals } from './results.js';

/** The process as main sees it: the only place hcpost touches stdio, cwd or env. */
export interface CliIO {
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: NodeJS.WritableStream & { readonly isTTY?: boolean; readonly columns?: number };
  readonly stderr: NodeJS.WritableStream;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/**
 * Runs hcpost with `argv` (without node and the script) and returns the exit code.
 * Never throws: a user's mistake is one sentence on stderr and exit 2; a bug is a short crash
 * note (the stack only with --debug), also exit 2, never with post text in it.
 */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const debug = argv.includes('--debug');
  // A reader that stops early (`hcpost lint | head`) closes the pipe: that is not a crash.
  for (const stream of [io.stdout, io.stderr]) stream.on?.('error', () => {});
  try {
    const parsed = parseArgs(argv, io.stdout.columns ? Math.min(io.stdout.columns, 100) : 100);
    if (parsed.kind === 'print') {
      if (parsed.stdout) io.stdout.write(parsed.stdout);
      if (parsed.stderr) io.stderr.write(parsed.stderr);
      return parsed.exitCode;
    }
    return await run(parsed.options, io);
  } catch (error) {
    try {
      if (isUserError(error)) {
        io.stderr.write(`${error.message}\n`);
      } else {
        io.stderr.write(`${messages.crashed(crashDetail(error))}\n`);
        if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
      }
    } catch {
      // stderr itself is gone: the exit code is all that is left
    }
    return 2;
  }
}

async function run(options: CliOptions, io: CliIO): Promise<number> {
  const started = performance.now();
  const formatter = await getFormatter(options.format);
  // Loaded here so --help, --version and flag errors do not pay for parsers and rules.
  const [{ rules }, { loadConfig }, { lintFiles }] = await Promise.all([
    import('../../rules/index.js'), import('../config/load.js'), import('../engine/lint-files.js'),
  ]);
  const config = withDirectiveFlag(await loadConfig({ cwd: io.cwd, ...configSource(options) }), options.reportUnused);
  const request = baselineRequest(options);
  // Read before linting, so a missing baseline stops the run before any work.
  const baseline = request && await (await import('./baseline-run.js')).startBaseline(request, io);
  const lintOptions = { config, showPhi: options.showPhi, ...(baseline ? { fingerprintSalt: baseline.salt } : {}) };
  const linted = options.stdin
    ? [await lintStdin(options, lintOptions, io)]
    : await lintFiles(options.patterns, { cwd: io.cwd, ...lintOptions, errorOnUnmatchedPattern: options.errorOnUnmatchedPattern });
  const results = baseline ? await baseline.finish(linted) : linted;
  const shown = options.quiet ? errorsOnly(results) : results;
  const color = colorEnabled({
    ...(options.color === undefined ? {} : { flag: options.color }),
    env: io.env, isTTY: io.stdout.isTTY === true, toFile: options.outputFile !== undefined,
  });
  const ruleMetas = new Map<string, RuleMeta<unknown>>(rules.map((r) => [r.meta.id, r.meta]));
  const report = formatter(shown, { cwd: io.cwd, color, rules: ruleMetas });
  await writeReport(report, options.outputFile, io);

  const t = totals(results);
  if (t.errors === 0 && t.fatal === 0 && tooManyWarnings(t, options.maxWarnings)) {
    io.stderr.write(`${messages.tooManyWarnings(options.maxWarnings)}\n`);
  }
  if (options.debug) {
    // Counts and paths only: never post text.
    io.stderr.write(`hcpost debug: config ${config.filePath ?? '(none: hcpost:recommended)'}, `
      + `${config.rules.size} rules on, ${results.length} file(s), `
      + `${t.errors} error(s), ${t.warnings} warning(s), ${Math.round(performance.now() - started)} ms\n`);
  }
  return exitCodeOf(t, options.maxWarnings);
}

/**
 * --config, or where to search: for --stdin, the folder of --stdin-filename, so an editor gets the
 * config that file would get when linted from disk.
 */
function configSource(options: CliOptions): { configFile?: string; searchFrom?: string } {
  if (options.config !== undefined) return { configFile: options.config };
  return options.stdin && options.stdinFilename !== undefined ? { searchFrom: path.dirname(options.stdinFilename) } : {};
}

type StdinLintOptions = { config: ResolvedConfig; showPhi: boolean; fingerprintSalt?: string };

async function lintStdin(options: CliOptions, lintOptions: StdinLintOptions, io: CliIO): Promise<FileResult> {
  const [{ lintRead }, { decodePostBytes }] = await Promise.all([
    import('../engine/lint-files.js'), import('../input/read-file.js'),
  ]);
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  const filePath = path.resolve(io.cwd, options.stdinFilename ?? 'stdin.md');
  return lintRead(filePath, decodePostBytes(Buffer.concat(chunks)), lintOptions);
}

async function writeReport(report: string, outputFile: string | undefined, io: CliIO): Promise<void> {
  if (outputFile === undefined) {
    if (report !== '') io.stdout.write(report);
    return;
  }
  const target = path.resolve(io.cwd, outputFile);
  const isFolder = await stat(target).then((s) => s.isDirectory(), () => false);
  if (isFolder) throw new UsageError(messages.outputIsFolder(outputFile));
  try {
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, report);
  } catch (error) {
    throw new UsageError(messages.outputWriteFailed(outputFile, fsReason(error)));
  }
}

/**
 * The crash note's detail: the error's first line, with anything quoted blanked out, because a
 * message such as JSON.parse's can quote the input, and the input may be PHI.
 */
function crashDetail(error: unknown): string {
  const raw = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return raw.split('\n')[0]!.replace(/"[^"]*"|'[^']*'|`[^`]*`/g, '"…"').replace(/\.$/, '');
}
