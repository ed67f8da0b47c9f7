#!/usr/bin/env node
// Writes `.expected` sidecars from what each rule finds on its fixtures now (run `npm run build` first).
// Every diff it makes must be reviewed: a sidecar is the rule's specification, not its output.
//   node scripts/accept-fixtures.mjs [rule-id ...]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { lintText } = await import(path.join(root, 'dist/src/engine/lint-text.js'));
const { rules } = await import(path.join(root, 'dist/rules/index.js'));
const only = process.argv.slice(2);
for (const rule of rules) {
  if (only.length && !only.includes(rule.meta.id)) continue;
  for (const kind of ['invalid', 'valid']) {
    const dir = path.join(root, 'rules', rule.meta.id, 'fixtures', kind);
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir).sort()) {
      if (!/\.(md|markdown|json)$/.test(f) || f.endsWith('.options.json')) continue;
      const file = path.join(dir, f);
      const optFile = file.replace(/\.(md|markdown|json)$/, '.options.json');
      const extra = fs.existsSync(optFile) ? JSON.parse(fs.readFileSync(optFile, 'utf8')) : {};
      const config = {
        rules: new Map([[rule.meta.id, { severity: rule.meta.severity === 'error' ? 2 : 1, options: { ...rule.meta.defaults, ...extra.options } }]]),
        organization: { names: [], phones: [], emails: [], domains: [], addresses: [], ...extra.organization },
        ignores: [],
      };
      const res = lintText(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { filePath: file, config, rules: [rule] });
      const lines = res.messages.map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId ?? 'fatal'}`);
      const sidecar = `${file}.expected`;
      const before = fs.existsSync(sidecar) ? fs.readFileSync(sidecar, 'utf8') : '';
      const after = lines.length ? lines.join('\n') + '\n' : '';
      if (before === after) continue;
      if (after) fs.writeFileSync(sidecar, after); else fs.rmSync(sidecar, { force: true });
      process.stdout.write(`${path.relative(root, sidecar)}:\n${res.messages.map((m) => `  ${m.line}:${m.column} ${m.message}`).join('\n') || '  (none)'}\n`);
    }
  }
}
