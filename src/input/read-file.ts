import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { Finding } from '../types.js';
import { EMPTY_FILE, fileProblem } from './problems.js';

/** Files above this size are refused unread: hcpost lints drafts, not archives. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** How far into a file to look for NUL bytes, as git does, to call it binary. */
const BINARY_SNIFF_BYTES = 8192;
// One decoder for every file: a fatal decoder keeps no state between whole-buffer decode() calls.
const DECODER = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The outcome of reading one file: its text, or why there is none. */
export interface ReadResult {
  text?: string;
  problems: Finding[];
  skipped?: string;
}

const READ_FAILURES: Readonly<Record<string, string>> = {
  ENOENT: 'File could not be read: it does not exist (it may have been moved or deleted).',
  EACCES: 'File could not be read: permission denied. Check that you are allowed to open it.',
  EPERM: 'File could not be read: permission denied. Check that you are allowed to open it.',
  EISDIR: 'File could not be read: it is a folder, not a file.',
};

function readFailure(error: unknown): ReadResult {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? 'unknown error';
  const message = READ_FAILURES[code] ?? `File could not be read (${code}).`;
  return { problems: [fileProblem(message)] };
}

/**
 * Reads a post file as UTF-8 text. Never throws: a file that cannot be used becomes a
 * fatal finding, a binary file is skipped. A leading BOM is removed, so columns count
 * from the first real character.
 */
export async function readPostFile(absPath: string, maxBytes: number = MAX_FILE_BYTES): Promise<ReadResult> {
  return readPostFileSync(absPath, maxBytes);
}

/**
 * The reading itself, synchronous: drafts are small, and on one core the thread-pool round trips
 * of fs/promises cost more than the reads (open, fstat, one read, close: no second fstat).
 */
export function readPostFileSync(absPath: string, maxBytes: number = MAX_FILE_BYTES): ReadResult {
  let bytes: Buffer;
  try {
    const fd = openSync(absPath, 'r');
    try {
      const stat = fstatSync(fd);
      if (stat.isDirectory()) return readFailure({ code: 'EISDIR' });
      if (!stat.isFile()) return { problems: [fileProblem('File could not be read: it is not a regular file.')] };
      if (stat.size > maxBytes) {
        const mb = Math.round((maxBytes / (1024 * 1024)) * 10) / 10;
        return { problems: [fileProblem(`File is larger than ${mb} MB; hcpost lints drafts, not archives. `
          + 'Split it into smaller files, or list it in .hcpostignore.')] };
      }
      bytes = Buffer.allocUnsafe(stat.size);
      let got = 0;
      while (got < bytes.length) {
        const n = readSync(fd, bytes, got, bytes.length - got, got);
        if (n === 0) break;
        got += n;
      }
      if (got < bytes.length) bytes = bytes.subarray(0, got);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return readFailure(error);
  }
  return decodePostBytes(bytes);
}

export function decodePostBytes(bytes: Uint8Array): ReadResult {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problems: [fileProblem('File is saved as UTF-16 text. Save it as UTF-8 and run again.')] };
  }
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return { problems: [], skipped: 'binary file' };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let text: string;
  try {
    text = DECODER.decode(bytes.subarray(bom));
  } catch {
    return { problems: [notUtf8(bytes, bom)] };
  }
  if (text.trim() === '') return { problems: [fileProblem(EMPTY_FILE)] };
  return { text, problems: [] };
}

function notUtf8(bytes: Uint8Array, bom: number): Finding {
  const bad = firstInvalidUtf8(bytes, bom);
  const before = new TextDecoder('utf-8').decode(bytes.subarray(bom, bad));
  const line = before.split('\n').length;
  const column = before.length - (before.lastIndexOf('\n') + 1) + 1;
  const message = `File is not valid UTF-8 text (first bad byte at line ${line}, column ${column}). `
    + 'Save it as UTF-8 and run again.';
  return { ...fileProblem(message), line, column, endLine: line, endColumn: column };
}

/** Index of the first byte that starts an invalid UTF-8 sequence (RFC 3629 / WHATWG). */
export function firstInvalidUtf8(bytes: Uint8Array, from = 0): number {
  let i = from;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) { i++; continue; }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0; // overlong
      if (b === 0xed) hi = 0x9f; // surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90; // overlong
      if (b === 0xf4) hi = 0x8f; // above U+10FFFF
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}
