import path from 'node:path';

/**
 * A result's path relative to `cwd` with forward slashes, as CI annotations, SARIF and JUnit
 * reports expect on every platform. A file outside `cwd` keeps its absolute path (forward slashes).
 */
export function relativePath(filePath: string, cwd: string): string {
  const relative = path.relative(cwd, filePath);
  const shown = relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? filePath : relative;
  return shown.split(path.sep).join('/');
}
