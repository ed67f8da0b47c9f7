import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Builds once before the tests, as `npm run build` does (tsc, validators, bundle). Type errors do not stop the emit
 * (tsc still writes dist/), and the type-check has its own script, so only a missing entry point fails here.
 */
export default function setup(): void {
  try {
    execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], {
      cwd: root, stdio: 'pipe',
    });
  } catch {
    // reported by `npm run typecheck`
  }
  if (!existsSync(path.join(root, 'dist/src/cli/main.js'))) throw new Error('build failed: dist/src/cli/main.js is missing');
  // The rest of `npm run build`: precompiled validators and the CLI bundle that bin/hcpost.js runs.
  for (const script of ['scripts/gen-validators.mjs', 'scripts/bundle.mjs']) {
    execFileSync(process.execPath, [path.join(root, script)], { cwd: root, stdio: 'pipe' });
  }
}
