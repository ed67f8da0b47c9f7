#!/usr/bin/env node
// Lints the shared dev corpus with the real binary and scores the result.
//
//   npm run corpus                              # builds first, then runs this
//   node scripts/score.mjs [--details] [--json] # the scorer's table (or JSON), passed through
//   node scripts/score.mjs --check-floors       # CI: exit 1 if a figure fell below quality-floors.json
//
// quality-floors.json (repo root) holds minimums, and `leaks`/`fatal` maximums:
//   {"families": {"phi": {"precision": 0.9, "recall": 0.95, "f1": 0.9}, ...},
//    "phiInstanceRecall": 0.9, "phiSpanRecall": null, "macroF1": null, "leaks": 0, "fatal": null}
// A null or absent figure is not checked; a missing file means nothing to check.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, '..', 'shared');
const corpus = path.join(shared, 'corpus');
const scorer = path.join(shared, 'tools', 'score-corpus.mjs');
const floorsFile = path.join(root, 'quality-floors.json');
const FAMILIES = ['phi', 'citation', 'professionalism', 'boundary', 'claims', 'disclosure'];
const METRICS = ['precision', 'recall', 'f1'];
// Top-level floor key -> [scorer --json key, 'min' | 'max'].
const TOP = { phiInstanceRecall: ['phi_inst_recall', 'min'], phiSpanRecall: ['phi_span_recall', 'min'],
  macroF1: ['macro_f1', 'min'], leaks: ['leaks', 'max'], fatal: ['fatal', 'max'] };

function fail(message, code = 2) {
  process.stderr.write(`score: ${message}\n`);
  process.exit(code);
}

const args = process.argv.slice(2);
const known = new Set(['--details', '--json', '--check-floors']);
for (const a of args) {
  if (a === '-h' || a === '--help') {
    process.stdout.write('usage: node scripts/score.mjs [--details] [--json] | --check-floors\n');
    process.exit(0);
  }
  if (!known.has(a)) fail(`unknown argument ${a}`);
}
const checkFloors = args.includes('--check-floors');

/** The floors to check, as [label, scorer value getter, 'min'|'max', limit]. Exits 2 on a bad file. */
function readFloors() {
  if (!fs.existsSync(floorsFile)) return [];
  let j;
  try { j = JSON.parse(fs.readFileSync(floorsFile, 'utf8')); } catch (e) { fail(`quality-floors.json is not valid JSON: ${e.message}`); }
  const checks = [];
  for (const [key, value] of Object.entries(j ?? {})) {
    if (key === 'families') {
      for (const [fam, figures] of Object.entries(value ?? {})) {
        if (!FAMILIES.includes(fam)) fail(`quality-floors.json: "${fam}" is not a scored family (${FAMILIES.join(', ')})`);
        for (const [metric, limit] of Object.entries(figures ?? {})) {
          if (!METRICS.includes(metric)) fail(`quality-floors.json: families.${fam}.${metric} is not one of ${METRICS.join(', ')}`);
          if (limit !== null) checks.push([`${fam} ${metric}`, (s) => s.families?.[fam]?.[metric], 'min', limit]);
        }
      }
    } else if (key in TOP) {
      if (value !== null) checks.push([key, (s) => s[TOP[key][0]], TOP[key][1], value]);
    } else {
      fail(`quality-floors.json: unknown key "${key}" (known: families, ${Object.keys(TOP).join(', ')})`);
    }
  }
  for (const [label, , , limit] of checks) {
    if (typeof limit !== 'number' || !Number.isFinite(limit)) fail(`quality-floors.json: ${label} must be a number or null`);
  }
  return checks;
}

/** Lints the corpus posts into a temp JSON file and returns its path. */
function lintCorpus(tmp) {
  const bin = path.join(root, 'bin', 'hcpost.js');
  if (!fs.existsSync(bin)) fail('bin/hcpost.js does not exist yet; build the CLI first.');
  const out = path.join(tmp, 'results.json');
  // Never --show-phi: the scorer counts PHI printed in clear as leaks.
  const res = spawnSync(process.execPath, [bin, 'lint', '--format', 'json', path.join(corpus, 'posts'), '--output-file', out],
    { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  // Exit 1 is expected: the corpus holds error findings by design.
  if (res.error || (res.status !== 0 && res.status !== 1)) {
    fail(`hcpost lint on the corpus failed (${res.error?.message ?? res.signal ?? `exit ${res.status}`})` +
      (res.stderr.trim() ? `:\n${res.stderr.trim().slice(0, 2000)}` : ''));
  }
  if (!fs.existsSync(out)) fail('hcpost lint exited normally but wrote no --output-file.');
  return out;
}

function runScorer(results, extra, capture) {
  const res = spawnSync(process.execPath, [scorer, '--corpus', corpus, '--results', results, ...extra],
    { encoding: 'utf8', stdio: capture ? 'pipe' : 'inherit', maxBuffer: 1 << 28 });
  if (res.status !== 0) {
    if (capture) process.stderr.write(res.stderr ?? '');
    fail(`the scorer failed (${res.error?.message ?? `exit ${res.status}`})`);
  }
  return res.stdout;
}

// Counts (leaks, fatal) print as integers, rates with the scorer's 3 decimals.
const fmt = (label, x) => (label === 'leaks' || label === 'fatal' ? String(x) : x.toFixed(3));

function main(tmp) {
  if (!fs.existsSync(scorer) || !fs.existsSync(path.join(corpus, 'posts'))) {
    const note = `score: ${path.relative(root, shared)} (corpus and scorer) is not here, so there is nothing to score.\n`;
    if (checkFloors) { process.stdout.write(note); return 0; }
    fail(note.replace(/^score: /, '').trim());
  }
  if (!checkFloors) {
    runScorer(lintCorpus(tmp), args.filter((a) => a !== '--check-floors'), false);
    return 0;
  }
  const checks = readFloors();
  if (checks.length === 0) {
    process.stdout.write('quality floors: none set in quality-floors.json, nothing to check.\n');
    return 0;
  }
  const scores = JSON.parse(runScorer(lintCorpus(tmp), ['--json'], true));
  const below = [];
  for (const [label, get, dir, limit] of checks) {
    const actual = get(scores);
    if (typeof actual !== 'number') below.push(`${label}: the scorer reported no such figure`);
    // The scorer rounds to 3 decimals; compare with a little slack so 0.9 == 0.900.
    else if (dir === 'min' && actual < limit - 1e-9) below.push(`${label} ${fmt(label, actual)} is below its floor ${fmt(label, limit)}`);
    else if (dir === 'max' && actual > limit + 1e-9) below.push(`${label} ${fmt(label, actual)} is above its ceiling ${fmt(label, limit)}`);
  }
  if (below.length === 0) {
    process.stdout.write(`quality floors: all ${checks.length} met (macro F1 ${scores.macro_f1.toFixed(3)}, ` +
      `PHI instance recall ${scores.phi_inst_recall.toFixed(3)}, leaks ${scores.leaks}).\n`);
    return 0;
  }
  process.stdout.write(`quality floors: ${below.length} of ${checks.length} not met:\n${below.map((b) => `  - ${b}`).join('\n')}\n`);
  return 1;
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hcpost-score-'));
// On 'exit' so that fail() deep inside still cleans up.
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
process.exitCode = main(tmp);
