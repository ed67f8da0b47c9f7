#!/usr/bin/env node
// Writes schema/hcpostrc.schema.json, the config schema for editors, from the built code
// (run `npm run schema`, which builds first). `--check` only compares, and exits 1 when the file is out of date.
import { mkdir, readFile, writeFile } from 'node:fs/promises';

const { renderEditorSchema } = await import('../dist/src/config/editor-schema.js');
const { rules } = await import('../dist/rules/index.js');

const target = new URL('../schema/hcpostrc.schema.json', import.meta.url);
const text = renderEditorSchema(rules);

if (process.argv.includes('--check')) {
  const current = await readFile(target, 'utf8').catch(() => '');
  if (current !== text) {
    process.stderr.write('schema/hcpostrc.schema.json is out of date: run "npm run schema".\n');
    process.exitCode = 1;
  }
} else {
  await mkdir(new URL('.', target), { recursive: true });
  await writeFile(target, text);
  process.stdout.write(`wrote schema/hcpostrc.schema.json (${rules.length} rules)\n`);
}
