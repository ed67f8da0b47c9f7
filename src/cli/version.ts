import { readFileSync } from 'node:fs';

/**
 * hcpost's version from its package.json. The module runs from dist/src/cli (built) or src/cli
 * (tests), so both distances to the package root are tried.
 */
export function readVersion(): string {
  for (const up of ['../../../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(up, import.meta.url), 'utf8')) as { name?: unknown; version?: unknown };
      if (pkg.name === 'hcpost' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // not at this distance; try the next
    }
  }
  return '0.0.0';
}
