import type { Hit } from '../../../src/kit/recognizer.js';
import { FAX_AFTER, FAX_CUE, PHONE_CUE } from './data.js';

/** A fax number: "(fax)" right after it, or a fax word closer before it than any phone word. */
export function isFax(hit: Hit): boolean {
  const text = hit.map.text;
  if (FAX_AFTER.test(text.slice(hit.end, hit.end + 8))) return true;
  const lineStart = text.lastIndexOf('\n', hit.start - 1) + 1;
  const before = text.slice(Math.max(lineStart, hit.start - 60), hit.start);
  return lastIndex(before, FAX_CUE) > lastIndex(before, PHONE_CUE);
}

function lastIndex(text: string, re: RegExp): number {
  let last = -1;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) last = m.index;
  return last;
}
