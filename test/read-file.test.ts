import { chmod, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { decodePostBytes, firstInvalidUtf8, MAX_FILE_BYTES, readPostFile } from '../src/input/read-file.js';

let dir: string;
beforeAll(async () => { dir = await mkdtemp(path.join(tmpdir(), 'hcpost-read-')); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const p = path.join(dir, name);
  await writeFile(p, content);
  return p;
}

const fatal = (message: string, line = 1, column = 1) => ({
  ruleId: null, fatal: true, severity: 2, message, line, column, endLine: line, endColumn: column,
});
const notUtf8 = (line: number, column: number) => fatal(
  `File is not valid UTF-8 text (first bad byte at line ${line}, column ${column}). Save it as UTF-8 and run again.`, line, column);

describe('readPostFile', () => {
  it('reads UTF-8 text as it is', async () => {
    expect(await readPostFile(await file('ok.md', 'Héllo 😀\r\nthere\n'))).toEqual({ text: 'Héllo 😀\r\nthere\n', problems: [] });
  });

  it('strips a UTF-8 BOM', async () => {
    const p = await file('bom.md', Buffer.from([0xef, 0xbb, 0xbf, 0x68, 0x69]));
    expect(await readPostFile(p)).toEqual({ text: 'hi', problems: [] });
  });

  it('skips a binary file (a NUL byte in the first 8 KB)', async () => {
    const p = await file('photo.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    expect(await readPostFile(p)).toEqual({ problems: [], skipped: 'binary file' });
  });

  it('a NUL byte after the first 8 KB is not a binary file but still text', async () => {
    const bytes = Buffer.concat([Buffer.alloc(8192, 0x61), Buffer.from([0])]);
    const result = await readPostFile(await file('late-nul.md', bytes));
    expect(result.skipped).toBeUndefined();
    expect(result.text?.length).toBe(8193);
  });

  it('reports invalid UTF-8 with the line and UTF-16 column of the first bad byte', async () => {
    const bytes = Buffer.concat([Buffer.from('ab\ncd😀'), Buffer.from([0xff]), Buffer.from('ef')]);
    expect(await readPostFile(await file('latin.md', bytes))).toEqual({ problems: [notUtf8(2, 5)] });
  });

  it('counts columns of a bad byte from the first character after a BOM', async () => {
    const bytes = Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0xe9, 0x62]); // "a", Latin-1 é, "b"
    expect(await readPostFile(await file('bom-latin.md', bytes))).toEqual({ problems: [notUtf8(1, 2)] });
  });

  it('reports a UTF-8 sequence cut off at the end of the file', async () => {
    expect(await readPostFile(await file('cut.md', Buffer.from([0x61, 0x0a, 0xe2, 0x82])))).toEqual({ problems: [notUtf8(2, 1)] });
  });

  it('asks for UTF-8 when the file is UTF-16', async () => {
    const p = await file('utf16.md', Buffer.from([0xff, 0xfe, 0x68, 0x00]));
    expect(await readPostFile(p)).toEqual({ problems: [fatal('File is saved as UTF-16 text. Save it as UTF-8 and run again.')] });
  });

  it('reports an empty file, a whitespace-only file and a BOM-only file as empty', async () => {
    for (const [name, content] of [['empty.md', ''], ['blank.md', ' \n\t\n'], ['bom-only.md', Buffer.from([0xef, 0xbb, 0xbf])]] as const) {
      expect(await readPostFile(await file(name, content))).toEqual({ problems: [fatal('File is empty.')] });
    }
  });

  it('reports a missing file', async () => {
    expect(await readPostFile(path.join(dir, 'nope.md'))).toEqual({
      problems: [fatal('File could not be read: it does not exist (it may have been moved or deleted).')],
    });
  });

  it('reports a directory', async () => {
    expect(await readPostFile(dir)).toEqual({ problems: [fatal('File could not be read: it is a folder, not a file.')] });
  });

  it.skipIf(process.getuid?.() === 0)('reports a file it may not open', async () => {
    const p = await file('secret.md', 'x');
    await chmod(p, 0o000);
    expect(await readPostFile(p)).toEqual({
      problems: [fatal('File could not be read: permission denied. Check that you are allowed to open it.')],
    });
  });

  it('reports permission denied even when the tests run as root (EACCES from open)', async () => {
    vi.resetModules();
    vi.doMock('node:fs', async (original) => ({
      ...(await original<typeof import('node:fs')>()),
      openSync: () => { throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }); },
    }));
    try {
      const { readPostFile: read } = await import('../src/input/read-file.js');
      expect(await read(path.join(dir, 'any.md'))).toEqual({
        problems: [fatal('File could not be read: permission denied. Check that you are allowed to open it.')],
      });
    } finally {
      vi.doUnmock('node:fs');
      vi.resetModules();
    }
  });

  it('refuses a file over 5 MB without reading it', async () => {
    const p = await file('archive.md', '');
    await truncate(p, MAX_FILE_BYTES + 1); // sparse: nothing to read if it tried
    expect(await readPostFile(p)).toEqual({ problems: [fatal(
      'File is larger than 5 MB; hcpost lints drafts, not archives. Split it into smaller files, or list it in .hcpostignore.')] });
  });

  it('accepts a file of exactly the limit, and takes another limit', async () => {
    const p = await file('limit.md', 'abcd');
    expect((await readPostFile(p, 4)).text).toBe('abcd');
    expect((await readPostFile(p, 3)).problems[0]?.message).toMatch(/^File is larger than 0 MB;/);
  });
});

describe('decodePostBytes', () => {
  it('is the same check for bytes from stdin', () => {
    expect(decodePostBytes(Buffer.from('x'))).toEqual({ text: 'x', problems: [] });
    expect(decodePostBytes(Buffer.from([0x61, 0x00]))).toEqual({ problems: [], skipped: 'binary file' });
  });
});

describe('firstInvalidUtf8', () => {
  it('finds overlong, surrogate and out-of-range sequences at their first byte', () => {
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0x62, 0xf4, 0x90, 0x80, 0x80]))).toBe(2);
    expect(firstInvalidUtf8(Buffer.from('ok é 😀'))).toBe(Buffer.from('ok é 😀').length);
  });

  it('agrees with the WHATWG decoder on random bytes', () => {
    let seed = 42;
    const rand = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed; };
    const lenient = new TextDecoder('utf-8');
    const strict = new TextDecoder('utf-8', { fatal: true });
    for (let n = 0; n < 2000; n++) {
      const bytes = Uint8Array.from({ length: 1 + (rand() % 12) }, () => (rand() % 3 === 0 ? rand() % 0x80 : 0x80 + (rand() % 0x80)));
      const bad = firstInvalidUtf8(bytes);
      const prefix = strict.decode(bytes.subarray(0, bad)); // throws if the prefix were invalid
      if (bad < bytes.length) expect(lenient.decode(bytes).slice(prefix.length)[0]).toBe('\ufffd');
      else expect(() => strict.decode(bytes)).not.toThrow();
    }
  });
});
