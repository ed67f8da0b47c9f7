#!/usr/bin/env node
// Developer tool: lints the dev corpus through the library API (no CLI needed) with only the
// given families enabled, then runs the shared scorer. Run `npm run build` first.
//   node scripts/dev-score.mjs [--family phi,citation] [--details] [--out results.json]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const families = opt('--family')?.split(',');
const out = opt('--out') ?? path.join(os.tmpdir(), `hcpost-dev-score-${process.pid}.json`);
const { lintText } = await import(path.join(root, 'dist/src/engine/lint-text.js'));
const { rules } = await import(path.join(root, 'dist/rules/index.js'));
const enabled = rules.filter((r) => !families || families.includes(r.meta.id.split('/')[0]));
const config = {
  rules: new Map(enabled.map((r) => [r.meta.id, { severity: r.meta.severity === 'error' ? 2 : 1, options: r.meta.defaults ?? {} }])),
  organization: { names: [], phones: [], emails: [], domains: [], addresses: [] },
  ignores: [],
};
const dir = path.resolve(root, '../shared/corpus/posts');
const results = [];
const t0 = performance.now();
for (const f of fs.readdirSync(dir).sort()) {
  const file = path.join(dir, f);
  results.push(lintText(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { filePath: file, config, rules: enabled }));
}
const ms = performance.now() - t0;
fs.writeFileSync(out, JSON.stringify(results));
process.stderr.write(`linted ${results.length} posts in ${ms.toFixed(0)} ms with ${enabled.length} rules -> ${out}\n`);
const scorerArgs = [path.resolve(root, '../shared/tools/score-corpus.mjs'), '--corpus', path.resolve(root, '../shared/corpus'), '--results', out];
if (args.includes('--details')) scorerArgs.push('--details');
process.stdout.write(execFileSync('node', scorerArgs, { encoding: 'utf8' }));
