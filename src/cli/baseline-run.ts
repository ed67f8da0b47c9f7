/**
 * The baseline part of a run (--write-baseline, --baseline, --prune-baseline). Loaded only when one
 * of those flags is given, so a plain run never pays for it.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  applyBaseline, createBaseline, newSalt, parseBaseline, pruneBaseline, type Baseline,
} from '../baseline/baseline.js';
import type { FileResult } from '../types.js';
import { UsageError } from './errors.js';
import { fsReason } from './fs-reason.js';
import { messages } from './messages.js';

/** What the baseline step needs from the process. */
export interface BaselineIO {
  readonly cwd: string;
  readonly stderr: NodeJS.WritableStream;
}

/** What the baseline flags asked for. `file` is as the user gave it (shown in messages). */
export type BaselineRequest =
  | { readonly mode: 'write'; readonly file: string }
  | { readonly mode: 'filter'; readonly file: string; readonly prune: boolean };

/** The salt to lint with, and what to do with the results once linted. */
export interface BaselineStep {
  readonly salt: string;
  /** Records or filters the results (notes to stderr); returns what to report and count. */
  finish(results: readonly FileResult[]): Promise<FileResult[]>;
}

/**
 * Reads the baseline (filter mode) or makes a new salt (write mode). Paths in the baseline are
 * relative to its own folder, so it works from any cwd.
 * @throws UsageError naming the file when it is missing or not a baseline.
 */
export async function startBaseline(request: BaselineRequest, io: BaselineIO): Promise<BaselineStep> {
  const file = path.resolve(io.cwd, request.file);
  const base = path.dirname(file);
  const note = (line: string): void => { io.stderr.write(`${line}\n`); };
  if (request.mode === 'write') {
    const salt = newSalt();
    return {
      salt,
      async finish(all) {
        const results = withoutFile(all, file);
        const baseline = createBaseline(results, base, salt);
        await save(file, request.file, baseline);
        note(messages.baselineWritten(countOf(baseline), request.file));
        // What a baseline cannot hold (files that could not be read, directive problems) still shows.
        return applyBaseline(results, baseline, base).results;
      },
    };
  }
  const baseline = await load(file, request.file);
  return {
    salt: baseline.salt,
    async finish(all) {
      const results = withoutFile(all, file);
      const { results: kept, stale } = applyBaseline(results, baseline, base);
      const count = stale.reduce((n, entry) => n + entry.count, 0);
      if (count > 0 && request.prune) {
        await save(file, request.file, pruneBaseline(baseline, results, base));
        note(messages.baselinePruned(count, request.file));
      } else if (count > 0) {
        note(messages.baselineStale(count));
      }
      return kept;
    },
  };
}

/** A baseline named .json inside a linted folder is not a post. */
const withoutFile = (results: readonly FileResult[], file: string): FileResult[] =>
  results.filter((r) => r.filePath !== file);

const countOf = (baseline: Baseline): number =>
  Object.values(baseline.files).reduce((n, entries) => n + Object.values(entries).reduce((a, b) => a + b, 0), 0);

async function load(file: string, given: string): Promise<Baseline> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new UsageError(messages.baselineNotFound(given));
    throw new UsageError(messages.baselineUnreadable(given, fsReason(error)));
  }
  const baseline = parseBaseline(text);
  if (!baseline) throw new UsageError(messages.baselineInvalid(given));
  return baseline;
}

/** Pretty-printed with a trailing newline: the file is meant to be committed and reviewed in diffs. */
async function save(file: string, given: string, baseline: Baseline): Promise<void> {
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, `${JSON.stringify(baseline, null, 2)}\n`);
  } catch (error) {
    throw new UsageError(messages.baselineWriteFailed(given, fsReason(error)));
  }
}
