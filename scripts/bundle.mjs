#!/usr/bin/env node
// Build step: bundles the compiled CLI (dist/src/cli/main.js) into dist/bundle/, keeping the lazy
// chunks (baseline, formatters, globby) as split chunks. Resolving and evaluating ~200 small ES
// modules costs about 100 ms at start-up; one bundle costs a fraction of it. compromise stays
// outside: it is loaded with createRequire only when a rule needs it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
await build({
  entryPoints: [path.join(root, 'dist/src/cli/main.js')],
  outdir: path.join(root, 'dist/bundle'),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['compromise'],
  // CommonJS dependencies (commander, yaml, ajv, obscenity) call require() for Node built-ins.
  banner: { js: "import { createRequire as __hcpostRequire } from 'node:module'; const require = __hcpostRequire(import.meta.url);" },
  logLevel: 'warning',
});
