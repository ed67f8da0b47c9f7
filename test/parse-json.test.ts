import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseJson } from '../src/input/json-ast.js';
import { parseFile } from '../src/input/parse-file.js';
import { plain } from '../src/input/value-node.js';
import { spanToSource } from '../src/text/text-map.js';
import type { Finding, Post, Span, TextMap } from '../src/types.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const inputs = path.join(root, 'fixtures/inputs/json');

function parse(name: string) {
  const p = path.join(inputs, name);
  return parseFile(p, readFileSync(p, 'utf8'));
}
function range(post: Post, span: Span): string {
  const { start, end } = spanToSource(span);
  const a = post.file.lines.position(start);
  const b = post.file.lines.position(end);
  return `${a.line}:${a.column}-${b.line}:${b.column}`;
}
function where(post: Post, map: TextMap, needle: string): string {
  const i = map.text.indexOf(needle);
  expect(i, `"${needle}" in ${map.scope}`).toBeGreaterThanOrEqual(0);
  return range(post, { map, start: i, end: i + needle.length });
}
const fatal = (message: string, line: number, column: number, endLine: number, endColumn: number, postId?: string): Finding => ({
  ruleId: null, fatal: true, severity: 2, message, line, column, endLine, endColumn, ...(postId === undefined ? {} : { postId }),
});
const invalid = (text: string) => parseFile('/d/posts.json', text).problems;

describe('JSON shapes', () => {
  it('one post object: its keys are meta, its id is the id, text is the body', () => {
    const { posts, problems } = parse('single.json');
    expect(problems).toEqual([]);
    expect(posts).toHaveLength(1);
    const post = posts[0]!;
    expect(post.id).toBe('s1');
    expect(post.meta).toEqual({ platform: 'x', type: 'post', author: 'Harbor Point Dental', sources: [], extra: {} });
    expect(post.prose.map((m) => [m.scope, m.text])).toEqual([['body', 'Hi Dave, see   today.']]);
    expect(where(post, post.prose[0]!, 'Dave')).toBe('6:15-6:19');
    expect(where(post, post.prose[0]!, 'today')).toBe('6:54-6:59');
    expect(post.links.map((l) => [l.kind, l.url, range(post, l.span)])).toEqual([['bare-url', 'harborpoint.example.com/book', '6:25-6:53']]);
  });

  it('an array of posts: ids default to the 1-based index', () => {
    const { posts, problems } = parse('array.json');
    expect(problems).toEqual([]);
    expect(posts.map((p) => [p.id, p.prose[0]!.text, where(p, p.prose[0]!, 'post')])).toEqual([
      ['1', 'First post.', '2:20-2:24'],
      ['b', 'Second post.', '3:32-3:36'],
    ]);
  });

  it('{"posts": [...]}, with a numeric id', () => {
    const { posts, problems } = parse('posts-key.json');
    expect(problems).toEqual([]);
    expect(posts.map((p) => [p.id, p.prose[0]!.text])).toEqual([['17', 'Only post.']]);
  });

  it('a single post without an id has no id; an empty list has no posts and no problems', () => {
    expect(parseFile('/d/a.json', '{"text": "x"}').posts[0]!.id).toBeUndefined();
    expect(parseFile('/d/a.json', '[{"text": "x"}]').posts[0]!.id).toBeUndefined();
    expect(parseFile('/d/a.json', '[]')).toEqual({ posts: [], problems: [] });
  });

  it('all corpus JSON files parse, with the same values as JSON.parse', () => {
    const dir = '/work/shared/corpus/posts';
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    for (const f of files) {
      const text = readFileSync(path.join(dir, f), 'utf8');
      const r = parseJson(text);
      expect(r.ok, f).toBe(true);
      if (r.ok) expect(plain(r.value)).toEqual(JSON.parse(text));
      expect(parseFile(path.join(dir, f), text).problems, f).toEqual([]);
    }
    expect(files.length).toBeGreaterThan(30);
  });
});

describe('JSON string escapes map to their place in the file', () => {
  const { posts, problems } = parse('escapes.json');
  const post = posts[0]!;
  const [bodyMap, alt, caption] = post.prose;

  it('decodes \\u, \\", \\n, \\t and surrogate pairs into the body', () => {
    expect(problems).toEqual([]);
    expect(bodyMap!.text).toBe('Café "Harold"\nNext line\t😀 Noah at  \nBye');
  });

  it('each escape maps to its backslash, characters after it to their own place', () => {
    expect(where(post, bodyMap!, 'Caf')).toBe('2:12-2:15');
    expect(where(post, bodyMap!, 'é')).toBe('2:15-2:16');
    expect(where(post, bodyMap!, 'Harold')).toBe('2:24-2:30');
    expect(where(post, bodyMap!, 'Next')).toBe('2:34-2:38');
    const emoji = bodyMap!.text.indexOf('😀');
    expect([emoji, emoji + 1].map((i) => post.file.lines.position(bodyMap!.toSource(i)).column)).toEqual([45, 51]);
    expect(where(post, bodyMap!, 'Noah')).toBe('2:58-2:62');
    expect(where(post, bodyMap!, 'Bye')).toBe('2:96-2:99');
  });

  it('URLs in text go to links, with their file span', () => {
    expect(post.links.map((l) => [l.kind, l.url, range(post, l.span)])).toEqual([['bare-url', 'caringpages.example.org/noah', '2:66-2:94']]);
  });

  it('media alt and caption are prose maps too', () => {
    expect([alt!.scope, alt!.text, where(post, alt!, 'smiling')]).toEqual(['alt', 'Noah — smiling', '6:27-6:34']);
    expect([caption!.scope, caption!.text, where(post, caption!, 'home')]).toEqual(['caption', 'Noah\nat home', '7:28-7:32']);
    expect(post.media.map((m) => [m.origin, m.src?.value, m.src && range(post, m.src.span!)])).toEqual([['meta', 'images/n.jpg', '5:15-5:27']]);
  });

  it('the hcpost key is kept in meta.extra', () => {
    expect(post.meta.extra).toEqual({ hcpost: { disable: ['phi/patient-name'], reason: 'consent on file' } });
  });

  it('text scanned in place (no escapes) still excludes code and comments', () => {
    const p = parseFile('/d/a.json', '{"text": "Use `x` <!-- hcpost-disable phi/x --> now"}').posts[0]!;
    expect(p.prose[0]!.text).toBe('Use     now');
    expect(p.directives).toEqual([{ text: ' hcpost-disable phi/x ', start: 18, end: 47 }]);
    const escaped = parseFile('/d/a.json', '{"text": "a\\n<!-- hcpost-x -->"}').posts[0]!;
    expect([escaped.prose[0]!.text, escaped.directives]).toEqual(['a\n ', [{ text: ' hcpost-x ', start: 13, end: 30 }]]);
  });
});

describe('malformed JSON is one fatal finding at the bad token', () => {
  it('a trailing comma', () => {
    expect(parse('trailing-comma.json')).toEqual({ posts: [], problems: [fatal("JSON is not valid: unexpected '}' (line 4, column 1).", 4, 1, 4, 2)] });
  });

  it('a line break inside a string', () => {
    expect(parse('unclosed-string.json').problems).toEqual([
      fatal('JSON is not valid: line break inside a string; write it as \\n (line 2, column 17).', 2, 17, 2, 17)]);
  });

  it('other syntax errors', () => {
    const messages = (text: string) => invalid(text).map((p) => [p.message, p.line, p.column]);
    expect(messages('{"text": "a" "b": 1}')).toEqual([['JSON is not valid: missing \',\' before \'"\' (line 1, column 14).', 1, 14]]);
    expect(messages('{"text": "a"')).toEqual([["JSON is not valid: unexpected end of file; a '}' is missing (line 1, column 13).", 1, 13]]);
    expect(messages("{'text': 1}")).toEqual([['JSON is not valid: unexpected "\'" (line 1, column 2).', 1, 2]]);
    expect(messages('{"text" 1}')).toEqual([['JSON is not valid: missing \':\' after the key "text" (line 1, column 9).', 1, 9]]);
    expect(messages('{"text": "a\\qb"}')).toEqual([["JSON is not valid: unknown escape '\\q' in a string (line 1, column 12).", 1, 12]]);
    expect(messages('{"text": "\\u12G4"}')).toEqual([['JSON is not valid: bad \\u escape in a string (it needs 4 hex digits) (line 1, column 11).', 1, 11]]);
    expect(messages('{"text": "abc')).toEqual([['JSON is not valid: a string is not closed with \'"\' (line 1, column 10).', 1, 10]]);
    expect(messages('{"sponsored": yes, "text": "x"}')).toEqual([["JSON is not valid: unexpected 'y' (line 1, column 15).", 1, 15]]);
    expect(messages('{"text": "x"} {}')).toEqual([["JSON is not valid: unexpected '{' (line 1, column 15).", 1, 15]]);
    expect(messages('\n\n  // comment')).toEqual([["JSON is not valid: unexpected '/' (line 3, column 3).", 3, 3]]);
    expect(messages('{"n": 01}')).toEqual([["JSON is not valid: unexpected '1' (line 1, column 8).", 1, 8]]);
    expect(messages('{"text": "a\u0001"}')).toEqual([['JSON is not valid: control character inside a string (line 1, column 12).', 1, 12]]);
  });

  it('deep nesting is an error, not a stack overflow', () => {
    expect(invalid('['.repeat(100_000)).map((p) => p.message)).toEqual(['JSON is not valid: too deeply nested (line 1, column 202).']);
  });

  it('an empty file', () => {
    expect(parseFile('/d/a.json', ' \n')).toEqual({ posts: [], problems: [fatal('File is empty.', 1, 1, 1, 1)] });
  });
});

describe('a bad post is a fatal finding; the other posts survive', () => {
  it('a post without text, a post with a wrong type, among good posts', () => {
    const { posts, problems } = parse('one-bad-post.json');
    expect(problems).toEqual([
      fatal('Post 2 (line 3) has no "text" field; every post needs the text to publish.', 3, 3, 3, 4, '2'),
      fatal('Post 3: "sponsored" should be true or false, not "yes" (line 4).', 4, 41, 4, 46, '3'),
    ]);
    expect(posts.map((p) => [p.id, p.prose[0]!.text])).toEqual([['p1', 'Good one.'], ['4', 'Good four.']]);
  });

  it('every wrong type of a single post, at the value', () => {
    expect(parse('wrong-types.json')).toEqual({ posts: [], problems: [
      fatal('"text" should be text in double quotes, not a number (line 2).', 2, 11, 2, 13),
      fatal('"platform" should be one of facebook, instagram, x, linkedin, tiktok, youtube, threads, bluesky, generic, not "fb" (line 3).', 3, 15, 3, 19),
      fatal('"consent" should be a group of keys (id, scope), not "signed" (line 4).', 4, 14, 4, 22),
      fatal('"alt" of media item 1 should be text, not false (line 5).', 5, 38, 5, 43),
    ] });
  });

  it('posts that are not objects', () => {
    expect(parse('not-a-post.json').problems).toEqual([
      fatal('Post 1 should be an object with a "text" field, not a number (line 1, column 2).', 1, 2, 1, 3, '1'),
      fatal('Post 2 should be an object with a "text" field, not a number (line 1, column 5).', 1, 5, 1, 6, '2'),
    ]);
  });

  it('a file that is not a post, and "posts" that is not a list', () => {
    expect(invalid('"just text"')).toEqual([fatal('JSON should hold a post object, a list of posts, or {"posts": [...]}, not text (line 1, column 1).', 1, 1, 1, 12)]);
    expect(invalid('{"posts": 3}')).toEqual([fatal('"posts" should be a list of post objects, not a number (line 1, column 11).', 1, 11, 1, 12)]);
  });

  it('a post with an id is named by it', () => {
    expect(invalid('[{"id": "d7", "text": "x", "type": "blog"}]').map((p) => [p.message, p.postId]))
      .toEqual([['Post "d7": "type" should be one of post, reply, review-reply, ad, testimonial, not "blog" (line 1).', 'd7']]);
  });
});
