import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { FileResult, Finding } from '../types.js';

/** The baseline file: today's findings by file, rule and fingerprint, with counts. No PHI in clear. */
export interface Baseline {
  readonly version: 1;
  /** Key for the fingerprints' HMAC; random per baseline. */
  readonly salt: string;
  /** relative file path -> "ruleId fingerprint" -> how many such findings */
  readonly files: Record<string, Record<string, number>>;
}

export interface StaleEntry {
  readonly file: string;
  readonly ruleId: string;
  readonly count: number;
}

export function newSalt(): string {
  return randomBytes(16).toString('hex');
}

const key = (f: Finding): string | undefined => (f.ruleId && f.fingerprint ? `${f.ruleId} ${f.fingerprint}` : undefined);
const rel = (cwd: string, file: string): string => path.relative(cwd, file).split(path.sep).join('/');

/** Records every rule finding of the results (fatal parse problems are never baselined). */
export function createBaseline(results: readonly FileResult[], cwd: string, salt: string): Baseline {
  const files: Record<string, Record<string, number>> = {};
  for (const r of results) {
    for (const m of r.messages) {
      const k = key(m);
      if (!k) continue;
      const entry = (files[rel(cwd, r.filePath)] ??= {});
      entry[k] = (entry[k] ?? 0) + 1;
    }
  }
  return { version: 1, salt, files: sortKeys(files) };
}

/**
 * Drops findings the baseline already knows (as many as it counted) and lists the entries that
 * matched nothing any more (stale: the problem was fixed, so the entry can be pruned).
 */
export function applyBaseline(
  results: readonly FileResult[],
  baseline: Baseline,
  cwd: string,
): { results: FileResult[]; stale: StaleEntry[] } {
  const remaining = new Map<string, Map<string, number>>();
  for (const [file, entries] of Object.entries(baseline.files)) remaining.set(file, new Map(Object.entries(entries)));
  const linted = new Set<string>();
  const out = results.map((r) => {
    const file = rel(cwd, r.filePath);
    linted.add(file);
    const left = remaining.get(file);
    const messages = r.messages.filter((m) => {
      const k = key(m);
      const n = k && left?.get(k);
      if (!k || !n) return true;
      left!.set(k, n - 1);
      return false;
    });
    return recount({ ...r, messages });
  });
  const stale: StaleEntry[] = [];
  for (const [file, entries] of remaining) {
    if (!linted.has(file)) continue; // not linted this run: not known to be fixed
    for (const [k, n] of entries) if (n > 0) stale.push({ file, ruleId: k.split(' ')[0]!, count: n });
  }
  return { results: out, stale };
}

/** The baseline without its stale entries: counts capped at what the files still hold. */
export function pruneBaseline(baseline: Baseline, results: readonly FileResult[], cwd: string): Baseline {
  const current = createBaseline(results, cwd, baseline.salt);
  const files: Record<string, Record<string, number>> = {};
  for (const [file, entries] of Object.entries(baseline.files)) {
    const now = current.files[file];
    const linted = results.some((r) => rel(cwd, r.filePath) === file);
    if (!linted) {
      files[file] = entries;
      continue;
    }
    const kept: Record<string, number> = {};
    for (const [k, n] of Object.entries(entries)) {
      const m = Math.min(n, now?.[k] ?? 0);
      if (m > 0) kept[k] = m;
    }
    if (Object.keys(kept).length) files[file] = kept;
  }
  return { version: 1, salt: baseline.salt, files: sortKeys(files) };
}

function recount(r: FileResult): FileResult {
  let errorCount = 0;
  let warningCount = 0;
  let fatalErrorCount = 0;
  for (const m of r.messages) {
    if (m.fatal) fatalErrorCount++;
    if (m.severity === 2) errorCount++;
    else warningCount++;
  }
  return { ...r, errorCount, warningCount, fatalErrorCount };
}

function sortKeys<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
}

/** Reads a baseline file's JSON; undefined when it is not one (the caller names the file). */
export function parseBaseline(text: string): Baseline | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  const b = data as Partial<Baseline> | null;
  if (!b || b.version !== 1 || typeof b.salt !== 'string' || typeof b.files !== 'object' || b.files === null) return undefined;
  for (const entries of Object.values(b.files)) {
    if (typeof entries !== 'object' || entries === null) return undefined;
    if (!Object.values(entries).every((n) => Number.isInteger(n) && (n as number) > 0)) return undefined;
  }
  return b as Baseline;
}
