#!/usr/bin/env node
// Throughput, memory and cold-start figures for hcpost, measured on the real binary.
//
//   npm run bench                        # builds first, then runs this
//   node scripts/bench.mjs [--count 10000] [--seed 42] [--runs 7] [--no-families] [--json] [--bin PATH]
//   (--bin measures another build of the CLI, e.g. a checkout of the previous commit)
//
// 1. Generates (or reuses) a synthetic corpus in os.tmpdir()/hcpost-bench-<count>-<seed>.
// 2. Lints all of it in a child process and reports wall time, posts/s and peak RSS.
// 3. Cold start: the median wall time of linting one small file, over --runs runs.
// 4. Per family: the same full lint with only that family's rules on (via a temp --config).
// The child is pinned to one CPU with taskset when available, so posts/s reads "per core".
// Findings are counted but not judged: the figures stay meaningful while rules are young.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateCorpus, GENERATOR_VERSION, MARKER } from './gen-corpus.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let bin = path.join(root, 'bin', 'hcpost.js');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hcpost-bench-run-'));

function fail(message) {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(1);
}

function parseArgs(argv) {
  const o = { count: 10000, seed: 42, runs: 7, families: true, json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const num = () => {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v) || v < 1) fail(`${a} needs a whole number of 1 or more`);
      return v;
    };
    if (a === '--count') o.count = num();
    else if (a === '--seed') o.seed = num();
    else if (a === '--runs') o.runs = num();
    else if (a === '--no-families') o.families = false;
    else if (a === '--json') o.json = true;
    else if (a === '--bin') bin = path.resolve(argv[++i] ?? fail('--bin needs a path'));
    else if (a === '-h' || a === '--help') {
      process.stdout.write('usage: node scripts/bench.mjs [--count N] [--seed S] [--runs N] [--no-families] [--json] [--bin PATH]\n');
      process.exit(0);
    } else fail(`unknown argument ${a}`);
  }
  return o;
}

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

/** The first CPU this process may run on, if taskset can pin to it. */
function pinnableCpu() {
  if (!has('taskset')) return null;
  const out = spawnSync('taskset', ['-pc', String(process.pid)], { encoding: 'utf8' }).stdout ?? '';
  const cpu = out.match(/:\s*(\d+)/)?.[1];
  if (cpu === undefined) return null;
  return spawnSync('taskset', ['-c', cpu, 'true']).status === 0 ? Number(cpu) : null;
}

/** Preload that reports the linter's own peak RSS when /usr/bin/time is missing. */
function rssHook() {
  const hook = path.join(tmp, 'rss-hook.mjs');
  fs.writeFileSync(hook, "import fs from 'node:fs';\nprocess.on('exit', () => { " +
    'fs.writeFileSync(process.env.HCPOST_BENCH_RSS, String(process.resourceUsage().maxRSS)); });\n');
  return hook;
}

/**
 * Runs `node bin/hcpost.js ...args` once and returns its wall time (ms), peak RSS (KB, or null)
 * and exit status. Exit 2 or a signal means the run itself failed.
 */
function runLinter(args, env) {
  const timeV = env.useTime;
  const rssFile = path.join(tmp, 'rss.txt');
  fs.rmSync(rssFile, { force: true });
  const node = timeV ? [process.execPath] : [process.execPath, '--import', pathToFileURL(env.hook).href];
  let cmd = [...node, bin, ...args];
  if (env.cpu !== null) cmd = ['taskset', '-c', String(env.cpu), ...cmd];
  if (timeV) cmd = ['/usr/bin/time', '-v', ...cmd];
  const t0 = performance.now();
  const res = spawnSync(cmd[0], cmd.slice(1), {
    cwd: root, encoding: 'utf8', maxBuffer: 1 << 30,
    env: { ...process.env, HCPOST_BENCH_RSS: rssFile, NO_COLOR: '1' },
  });
  const ms = performance.now() - t0;
  let rssKb = null;
  if (timeV) rssKb = Number(res.stderr.match(/Maximum resident set size \(kbytes\): (\d+)/)?.[1]) || null;
  else if (fs.existsSync(rssFile)) rssKb = Number(fs.readFileSync(rssFile, 'utf8')) || null;
  // /usr/bin/time reports a child's failure as "Command exited with non-zero status N".
  const status = timeV ? Number(res.stderr.match(/Command exited with non-zero status (\d+)/)?.[1] ?? res.status) : res.status;
  if (res.error || res.signal || status === null || status > 1) {
    const why = res.error?.message ?? res.signal ?? `exit ${status}`;
    const stderr = res.stderr.split('\n').filter((l) => !/^\t/.test(l) && !/^Command (exited|terminated)/.test(l)).join('\n').trim();
    fail(`hcpost ${args.join(' ')} failed (${why})${stderr ? `:\n${stderr.slice(0, 2000)}` : ''}`);
  }
  return { ms, rssKb, status };
}

/** Counts files, findings and fatal findings in a --format json output file; null if unreadable. */
function countFindings(file) {
  try {
    const results = JSON.parse(fs.readFileSync(file, 'utf8'));
    const messages = results.flatMap((r) => r.messages ?? []);
    const byFamily = {};
    for (const m of messages) {
      const fam = typeof m.ruleId === 'string' ? m.ruleId.split('/')[0] : 'fatal';
      byFamily[fam] = (byFamily[fam] ?? 0) + 1;
    }
    return { files: results.length, findings: messages.length, fatal: messages.filter((m) => m.fatal).length, byFamily };
  } catch {
    return null;
  }
}

function corpusDir(count, seed) {
  const dir = path.join(os.tmpdir(), `hcpost-bench-${count}-${seed}`);
  const marker = path.join(dir, MARKER);
  let reused = false;
  try {
    const m = JSON.parse(fs.readFileSync(marker, 'utf8'));
    reused = m.version === GENERATOR_VERSION && m.count === count && m.seed === seed;
  } catch { /* absent or half-written: regenerate */ }
  if (!reused) generateCorpus({ out: dir, count, seed });
  return { dir, reused };
}

async function ruleIdsByFamily() {
  const registry = path.join(root, 'dist', 'rules', 'index.js');
  if (!fs.existsSync(registry)) return new Map();
  const { rules } = await import(pathToFileURL(registry).href);
  const byFamily = new Map();
  for (const r of rules ?? []) {
    const fam = r.meta.id.split('/')[0];
    if (!byFamily.has(fam)) byFamily.set(fam, []);
    byFamily.get(fam).push(r.meta);
  }
  return byFamily;
}

/** A config with only `family`'s rules on, at their own default severity (strict-only stay off). */
function familyConfig(byFamily, family) {
  const rules = {};
  for (const [fam, metas] of byFamily) {
    for (const m of metas) rules[m.id] = fam === family && !m.strictOnly ? m.severity : 'off';
  }
  const file = path.join(tmp, `only-${family}.hcpostrc.json`);
  fs.writeFileSync(file, JSON.stringify({ rules }, null, 2));
  return file;
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const mb = (kb) => (kb === null ? null : Math.round((kb / 1024) * 10) / 10);
const round = (x, d = 0) => Math.round(x * 10 ** d) / 10 ** d;

function printTable(fig) {
  const rows = [
    ['total posts', String(fig.posts)],
    ['files', String(fig.files)],
    ['findings', fig.findings === null ? 'unreadable output' : `${fig.findings} (${fig.fatal} fatal)` +
      Object.entries(fig.findingsByFamily).map(([f, n]) => `, ${f} ${n}`).join('')],
    ['seconds', fig.seconds.toFixed(2)],
    ['posts/s', String(fig.postsPerSecond)],
    ['peak RSS', fig.peakRssMB === null ? 'unknown' : `${fig.peakRssMB} MB`],
    [`cold start (median of ${fig.coldStart.runs})`, `${fig.coldStart.medianMs} ms`],
  ];
  for (const [fam, f] of Object.entries(fig.families)) {
    rows.push([`  ${fam} only (${f.rules} rule${f.rules === 1 ? '' : 's'})`, `${f.postsPerSecond} posts/s, ${f.seconds.toFixed(2)} s`]);
  }
  const w = Math.max(...rows.map((r) => r[0].length));
  const lines = [
    `hcpost bench: ${fig.corpus} (${fig.reusedCorpus ? 'reused' : 'generated'}, seed ${fig.seed})`,
    `node ${process.version}, ${fig.pinnedCpu === null ? 'not pinned' : `pinned to CPU ${fig.pinnedCpu}`}, RSS via ${fig.rssMethod}`,
    '',
    ...rows.map(([k, v]) => `${k.padEnd(w)}  ${v}`),
  ];
  if (fig.familiesNote) lines.push('', fig.familiesNote);
  process.stdout.write(lines.join('\n') + '\n');
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(bin)) fail(`${path.relative(root, bin)} does not exist yet, so there is nothing to measure.`);
  const env = { cpu: pinnableCpu(), useTime: fs.existsSync('/usr/bin/time'), hook: rssHook() };
  const { dir, reused } = corpusDir(o.count, o.seed);
  const out = path.join(tmp, 'results.json');

  const full = runLinter(['lint', '--format', 'json', '--output-file', out, dir], env);
  const counts = countFindings(out);

  const small = path.join(tmp, 'small.md');
  fs.writeFileSync(small, '---\nplatform: facebook\ntype: post\n---\nFlu shots are in! Walk in any weekday, 9am to 5pm.\n');
  const cold = Array.from({ length: o.runs }, () => runLinter(['lint', small], env).ms);

  const families = {};
  let familiesNote = null;
  const byFamily = o.families ? await ruleIdsByFamily() : new Map();
  if (o.families && byFamily.size === 0) familiesNote = 'per-family figures skipped: dist/rules/index.js registers no rules yet.';
  const strictOnly = [];
  for (const [fam, metas] of [...byFamily].sort(([a], [b]) => a.localeCompare(b))) {
    // hcpost:recommended leaves strict-only rules off; a family of only those has nothing to time.
    if (metas.every((m) => m.strictOnly)) { strictOnly.push(fam); continue; }
    const config = familyConfig(byFamily, fam);
    const r = runLinter(['lint', '--format', 'json', '--config', config, '--output-file', path.join(tmp, `${fam}.json`), dir], env);
    families[fam] = { rules: metas.filter((m) => !m.strictOnly).length, seconds: round(r.ms / 1000, 3), postsPerSecond: round(o.count / (r.ms / 1000)), peakRssMB: mb(r.rssKb) };
  }

  if (strictOnly.length) familiesNote = `not timed alone (strict-only rules): ${strictOnly.join(', ')}`;
  const fig = {
    corpus: dir, reusedCorpus: reused, seed: o.seed, posts: o.count,
    files: counts?.files ?? null, findings: counts?.findings ?? null, fatal: counts?.fatal ?? null,
    findingsByFamily: counts?.byFamily ?? {},
    exitCode: full.status, seconds: round(full.ms / 1000, 3), postsPerSecond: round(o.count / (full.ms / 1000)),
    peakRssMB: mb(full.rssKb), coldStart: { runs: o.runs, medianMs: round(median(cold)), runsMs: cold.map((x) => round(x)) },
    families, familiesNote, pinnedCpu: env.cpu, rssMethod: env.useTime ? '/usr/bin/time -v' : 'process.resourceUsage() hook',
    node: process.version,
  };
  if (o.json) process.stdout.write(JSON.stringify(fig, null, 2) + '\n');
  else printTable(fig);
}

// On 'exit' rather than in finally: fail() exits from deep inside main().
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
await main();
