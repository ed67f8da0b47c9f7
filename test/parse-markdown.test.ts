import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fastFrontMatter } from '../src/input/front-matter-fast.js';
import { yamlFrontMatter } from '../src/input/front-matter.js';
import { parseFile } from '../src/input/parse-file.js';
import type { ValueNode } from '../src/input/value-node.js';
import { LineStarts } from '../src/text/line-index.js';
import { spanToSource } from '../src/text/text-map.js';
import type { Finding, Post, Span, TextMap } from '../src/types.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const inputs = path.join(root, 'fixtures/inputs');
const corpus = '/work/shared/corpus/posts';

function parse(name: string) {
  const p = path.join(inputs, name);
  return parseFile(p, readFileSync(p, 'utf8'));
}
function onlyPost(name: string): Post {
  const r = parse(name);
  expect(r.problems).toEqual([]);
  expect(r.posts).toHaveLength(1);
  return r.posts[0]!;
}
/** "line:col-line:col" of a span in the file. */
function range(post: Post, span: Span): string {
  const { start, end } = spanToSource(span);
  const a = post.file.lines.position(start);
  const b = post.file.lines.position(end);
  return `${a.line}:${a.column}-${b.line}:${b.column}`;
}
/** Where `needle` of a text map sits in the file. */
function where(post: Post, map: TextMap, needle: string): string {
  const i = map.text.indexOf(needle);
  expect(i, `"${needle}" in ${map.scope}`).toBeGreaterThanOrEqual(0);
  return range(post, { map, start: i, end: i + needle.length });
}
const fatal = (message: string, line: number, column: number, endLine: number, endColumn: number): Finding => ({
  ruleId: null, fatal: true, severity: 2, message, line, column, endLine, endColumn,
});
const body = (post: Post): TextMap => post.prose.find((m) => m.scope === 'body')!;

describe('Markdown front matter', () => {
  const post = onlyPost('md/full.md');

  it('reads every contract key, with unknown keys kept in extra', () => {
    const { sources, ...rest } = post.meta;
    expect(rest).toEqual({
      platform: 'facebook', type: 'testimonial', author: 'Dr. Maya Chen', sponsored: false,
      consent: { id: 'AUTH-2025-0142', scope: ['name', 'photo', 'condition'] }, extra: { campaign: 'spring-2025' },
    });
    expect(sources.map((s) => [s.value, range(post, s.span!)])).toEqual([
      ['https://www.cdc.gov/flu/prevent/', '7:5-7:37'],
      ['https://www.heart.org/en/health-topics', '8:5-8:43'],
    ]);
  });

  it('maps title, media alt and caption to their place in the file', () => {
    expect(post.prose.map((m) => [m.scope, m.text.length > 45 ? `${m.text.slice(0, 20)}...` : m.text, where(post, m, m.text.slice(0, 4))])).toEqual([
      ['body', '# Back on her feet\n\n...', '20:1-20:5'],
      ['meta.title', 'Walking again after surgery', '5:8-5:12'],
      ['alt', 'Patient walking with a physical therapist', '15:10-15:14'],
      ['caption', 'Six weeks after her hip replacement', '16:14-16:18'],
      ['alt', 'Rosa smiling in the gym', '30:3-30:7'],
      ['alt', 'The PT team', '30:81-30:85'],
    ]);
  });

  it('lists front matter media first, then body images, with spans', () => {
    expect(post.media.map((m) => [m.origin, m.src?.value, m.src && range(post, m.src.span!), m.alt?.value, m.alt && range(post, m.alt.span!), m.consent])).toEqual([
      ['meta', 'images/recovery.jpg', '14:10-14:29', 'Patient walking with a physical therapist', '15:10-15:51', 'AUTH-2025-0142'],
      ['markdown', 'images/rosa-gym.jpg', '30:28-30:47', 'Rosa smiling in the gym', '30:3-30:26', undefined],
      ['html', 'images/team.png', '30:59-30:74', 'The PT team', '30:81-30:92', undefined],
    ]);
    expect(post.media[0]!.caption?.value).toBe('Six weeks after her hip replacement');
  });
});

describe('Markdown body prose', () => {
  const post = onlyPost('md/full.md');
  const map = body(post);

  it('is the body without code, comments, URLs and images', () => {
    expect(map.text).toBe('# Back on her feet\n\nOur PT team helped **Rosa** walk again. Read the CDC guidance first.\n'
      + 'Run   before posting.\n\n\n\n\n \n   \n \nDetails at   or  , email rosa@example.com.\n#KaylaStrong #PTWorks\n');
    for (const hidden of ['secret', 'Harold', 'hcpost lint', 'Jane Doe', 'http', 'caringpages', 'images/', 'Rosa smiling']) {
      expect(map.text).not.toContain(hidden);
    }
  });

  it('maps words after removed regions to their exact line and column', () => {
    expect(where(post, map, 'Rosa')).toBe('22:22-22:26');
    expect(where(post, map, 'CDC guidance')).toBe('22:51-22:63');
    expect(where(post, map, 'first')).toBe('22:101-22:106');
    expect(where(post, map, 'before posting')).toBe('23:19-23:33');
    expect(where(post, map, 'rosa@example.com')).toBe('32:80-32:96');
    expect(where(post, map, '#KaylaStrong')).toBe('33:1-33:13');
  });

  it('puts link URLs, image sources and bare URLs in links, in file order', () => {
    expect(post.links.map((l) => [l.kind, l.url, range(post, l.span), l.text])).toEqual([
      ['link', 'https://www.cdc.gov/falls/', '22:65-22:91', 'CDC guidance'],
      ['image', 'images/rosa-gym.jpg', '30:28-30:47', undefined],
      ['image', 'images/team.png', '30:59-30:74', undefined],
      ['autolink', 'https://example.org/rosa', '32:13-32:37', undefined],
      ['bare-url', 'caringpages.example.org/rosa-m', '32:42-32:72', undefined],
    ]);
  });

  it('collects hcpost directive comments, not other comments', () => {
    expect(post.directives).toEqual([{ text: ' hcpost-disable-next-line phi/patient-name -- consent on file ', start: 743, end: 812 }]);
    expect(post.file.text.slice(743, 812)).toBe('<!-- hcpost-disable-next-line phi/patient-name -- consent on file -->');
  });

  it('every body character comes from the file, except the separators left for removed regions', () => {
    const files = [...readdirSync(path.join(inputs, 'md')).map((f) => path.join(inputs, 'md', f)),
      ...readdirSync(corpus).filter((f) => f.endsWith('.md')).map((f) => path.join(corpus, f))];
    let checked = 0;
    for (const f of files) {
      for (const p of parseFile(f, readFileSync(f, 'utf8')).posts) {
        for (const m of p.prose.filter((x) => x.scope === 'body' || x.scope === 'alt')) {
          for (let i = 0; i < m.text.length; i++) {
            const ch = m.text[i]!;
            if (ch !== ' ' && ch !== '\n') expect(p.file.text[m.toSource(i)], `${f} index ${i}`).toBe(ch);
          }
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(110);
  });
});

describe('inline Markdown and HTML', () => {
  const scan = (text: string) => parseFile('/d/post.md', text).posts[0]!;

  it('code spans need a matching backtick run; a lone backtick is prose', () => {
    expect(body(scan('a ``x ` y`` b `c')).text).toBe('a   b `c');
  });

  it('a link keeps its text; nested image badges leave prose', () => {
    const post = scan('See [![badge](b.svg) docs](https://d.example.org/x) now [a](<u v>)x');
    expect(body(post).text).toBe('See   docs now a x');
    expect(post.links.map((l) => [l.kind, l.url])).toEqual([['image', 'b.svg'], ['link', 'https://d.example.org/x'], ['link', 'u v']]);
  });

  it('brackets that are not links, escapes and <3 stay prose', () => {
    expect(body(scan('[not a link] \\[x](y) I <3 you, ages <5 and a<b')).text).toBe('[not a link] \\[x](y) I <3 you, ages <5 and a<b');
  });

  it('HTML tags leave prose, their text stays; <a href> goes to links', () => {
    const post = scan('Call <b>Mary</b> or <a href="https://x.example.org/m">book</a>.');
    expect(body(post).text).toBe('Call  Mary  or  book .');
    expect(post.links.map((l) => [l.kind, l.url, range(post, l.span)])).toEqual([['html', 'https://x.example.org/m', '1:30-1:53']]);
  });

  it('an unclosed fence hides the rest; an unclosed comment does not', () => {
    expect(body(scan('a\n~~~\nb\n')).text).toBe('a\n\n');
    expect(body(scan('a <!-- b\nc')).text).toBe('a <!-- b\nc');
  });

  it('a reference definition goes to links; its line leaves prose', () => {
    const post = scan('Text [1].\n[1]: https://ref.example.org/a "T"\nEnd');
    expect(body(post).text).toBe('Text [1].\n\nEnd');
    expect(post.links.map((l) => [l.kind, l.url, l.text, range(post, l.span)])).toEqual([['link', 'https://ref.example.org/a', '1', '2:6-2:31']]);
  });

  it('bare URLs: scheme, www and known domains, trailing punctuation excluded; e-mail and Dr.Name stay prose', () => {
    const post = scan('Go to www.cdc.gov/flu. Or (heart.org/signs), Dr.Patel, e.g. jo@clinic.example.com, http://a.example.com/x_(y)!');
    expect(post.links.map((l) => l.url)).toEqual(['www.cdc.gov/flu', 'heart.org/signs', 'http://a.example.com/x_(y)']);
    expect(body(post).text).toBe('Go to  . Or ( ), Dr.Patel, e.g. jo@clinic.example.com,  !');
  });

  it('HTML images without alt, and Markdown images without alt, have no alt', () => {
    const post = scan('![](a.png) <img src="b.png"> <img src="c.png" alt="">');
    expect(post.media.map((m) => [m.origin, m.src?.value, m.alt?.value])).toEqual([
      ['markdown', 'a.png', undefined], ['html', 'b.png', undefined], ['html', 'c.png', ''],
    ]);
    expect(post.prose.map((m) => m.scope)).toEqual(['body']);
  });
});

describe('line endings, BOM, tabs and emoji', () => {
  it('CRLF: \\r stays on its line and positions are exact', () => {
    const post = onlyPost('md/crlf.md');
    expect(post.file.text).toContain('\r\n');
    expect(post.meta.author).toBe('Riverbend Clinic');
    expect(body(post).text).toBe('Line one\r\nCall Harold Jennings at home 😀\r\nSee  .\r\n');
    expect(where(post, body(post), 'Harold')).toBe('6:6-6:12');
    expect(where(post, body(post), '😀')).toBe('6:30-6:32');
    expect(post.links.map((l) => [l.url, range(post, l.span)])).toEqual([['www.example.org/flu', '7:5-7:24']]);
  });

  it('BOM: columns count from the first real character', () => {
    const post = onlyPost('md/bom.md');
    expect(post.meta.platform).toBe('instagram');
    expect(post.file.text.startsWith('---')).toBe(true);
    expect(where(post, body(post), 'Harold')).toBe('4:1-4:7');
  });

  it('tabs count one column, emoji and ZWJ sequences count UTF-16 units', () => {
    const post = onlyPost('md/tabs-emoji.md');
    expect(body(post).text).toBe('\tIndented with a tab 🎉 then Harold\n👨‍👩 family   é Tomás\n');
    expect(where(post, body(post), 'Indented')).toBe('4:2-4:10');
    expect(where(post, body(post), 'Harold')).toBe('4:30-4:36');
    expect(where(post, body(post), 'family')).toBe('5:7-5:13');
    expect(where(post, body(post), 'Tomás')).toBe('5:28-5:33');
  });

  it('a file without front matter is all body; a later --- line is prose', () => {
    const post = onlyPost('md/no-front-matter.md');
    expect(post.meta).toEqual({ sources: [], extra: {} });
    expect(body(post).text).toBe('Free flu shots Saturday at  , no appointment.\n---\nA thematic break above is not front matter.\n');
  });

  it('empty front matter is no keys', () => {
    const post = onlyPost('md/empty-front-matter.md');
    expect(post.meta).toEqual({ sources: [], extra: {} });
    expect(where(post, body(post), 'Just')).toBe('3:1-3:5');
  });
});

describe('YAML forms (quoted, escaped, folded, single source, empty value)', () => {
  const post = onlyPost('md/yaml-forms.md');

  it('reads values as YAML does', () => {
    expect(post.meta).toMatchObject({ platform: 'x', sponsored: true, extra: {} });
    expect(post.meta.author).toBeUndefined();
    expect(post.meta.sources.map((s) => [s.value, range(post, s.span!)])).toEqual([['https://www.cdc.gov/flu/', '4:10-4:34']]);
  });

  it('maps quoted scalars inside their quotes, escapes to the escape, folded blocks to their lines', () => {
    const [, title, alt, caption] = post.prose;
    expect([title!.text, where(post, title!, 'Caf'), where(post, title!, 'é'), where(post, title!, 'hours')])
      .toEqual(['Café update: new hours', '3:9-3:12', '3:12-3:13', '3:31-3:36']);
    expect([alt!.text, where(post, alt!, 'Harold')]).toEqual(["It's Harold in the garden", '7:17-7:23']);
    expect([caption!.text, where(post, caption!, 'garden')]).toEqual(['Harold in the garden\n', '10:7-10:13']);
    expect(post.media[0]!.src?.value).toBe("images/it's.jpg");
  });
});

describe('bad Markdown input is a fatal finding, and the post is not linted', () => {
  it('malformed YAML names yaml\'s reason and the place', () => {
    expect(parse('md/bad-yaml.md')).toEqual({ posts: [], problems: [fatal('Front matter is not valid YAML: nested mappings are not '
      + 'allowed in compact mappings; if a value contains ": ", put the value in quotes (line 3, column 9).', 3, 9, 3, 10)] });
  });

  it('front matter that is never closed', () => {
    expect(parse('md/unclosed-front-matter.md')).toEqual({ posts: [], problems: [fatal('Front matter starts with "---" on line 1 '
      + 'but is never closed. Add a line with just --- after the last key.', 1, 1, 1, 4)] });
  });

  it('front matter that is a list', () => {
    expect(parse('md/not-a-map.md').problems).toEqual([fatal('Front matter should be "key: value" lines (like "platform: facebook"), '
      + 'not a list (line 2, column 1).', 2, 1, 3, 1)]);
  });

  it('wrong types and values: one finding per key, at the value, in line order', () => {
    expect(parse('md/bad-types.md')).toEqual({ posts: [], problems: [
      fatal('"platform" should be one of facebook, instagram, x, linkedin, tiktok, youtube, threads, bluesky, generic, '
        + 'not "fakebook" (line 2).', 2, 11, 2, 19),
      fatal('"sponsored" should be true or false, not "yes" (line 4).', 4, 12, 4, 15),
      fatal('"sources" should be a list of links, not a number (line 5).', 5, 10, 5, 11),
      fatal('"alt" of media item 1 should be text, not a list (line 8).', 8, 10, 8, 21),
    ] });
  });

  it('platform and type are matched without regard to case', () => {
    expect(parseFile('/d/a.md', '---\nplatform: Facebook\ntype: Testimonial\n---\nx').posts[0]!.meta)
      .toMatchObject({ platform: 'facebook', type: 'testimonial' });
  });

  it('long text in a wrong place is not quoted back (it may be PHI)', () => {
    expect(parseFile('/d/a.md', '---\nconsent: Jane Doe signed\n---\nx').problems.map((p) => p.message))
      .toEqual(['"consent" should be a group of keys (id, scope), not text (line 2).']);
  });

  it('an empty or whitespace-only file', () => {
    for (const text of ['', '\n \n', '\ufeff']) {
      expect(parseFile('/d/a.md', text)).toEqual({ posts: [], problems: [fatal('File is empty.', 1, 1, 1, 1)] });
    }
  });
});

describe('the fast front matter reader gives the same tree as yaml', () => {
  /** Everything a rule or a finding could see of a node. */
  function shape(n: ValueNode): unknown {
    switch (n.kind) {
      case 'object': return { start: n.start, entries: n.entries.map((e) => [e.key, e.keyStart, e.keyEnd, shape(e.value)]) };
      case 'array': return { start: n.start, items: n.items.map(shape) };
      case 'string': {
        const m = n.map('body');
        return [n.value, n.start, n.end, m.text, Array.from(m.text, (_, i) => m.toSource(i))];
      }
      default: return [n.kind, n.value, n.start, n.end];
    }
  }
  const frontMatter = (text: string) => {
    const to = text.indexOf('\n---', 3) + 1;
    return { text, from: 4, to };
  };
  const fastCases = [
    'platform: facebook\ntype: post\nauthor: Dr. Maya Chen\n',
    'sources:\n  - https://www.cdc.gov/flu/prevent/\n  - www.example.org/a?b=c&d\nsponsored: false\n',
    'sources:\n- https://a.example.org/x\nsponsored: TRUE\n',
    'consent:\n  id: AUTH-2025-0142\n  scope: [name, photo, condition]\n',
    'media:\n  - src: images/a.jpg\n    alt: A nurse, smiling (left) [photo]\n    consent: AUTH-1\n  -   src: b.png\n      alt: x\n',
    'media:\n- src: a.jpg\n  alt: 410 Grange Ave is 12:30 away\n',
    '# a comment line\nauthor: C# team\n\ntitle: Don\'t "quote" me\r\nkey_2-x: value   \n',
    'scope: []\ntags: [a b, c-d, e/f.g]\nflag: [True]\n',
    'author: "@codebrown_carl (personal)"\ntitle: \'Flu: what to know #1\'\nempty: ""\n',
  ];
  const yamlOnly = [
    'author: x # note\n', 'n: 42\n', 'n: 4.5\n', 'a: null\n', 'a:\n', 'a: ~\n', 'a: |\n  x\n',
    'a: b\n  continued\n', 'a:\tb\n', 'a: &x b\nc: *x\n', 'a: b\na: c\n', 'a:\n  - - x\n', 'a: [x, ]\n', 'a: [x, "y"]\n',
    'a:\n   b: 1\n  c: 2\n', '- a\n', ' a: b\n', 'a: b:\n', 'a: @x\n', 'a: b\u00a0\n', 'a: -x\n', 'a: [x] y\n', 'a: b\n - c\n',
    'a: "x\\ty"\n', "a: 'it''s'\n", 'a: "x" # c\n', 'a: "x\n', 'a: "a" "b"\n',
  ];

  it('reads the common subset itself, exactly as yaml would', () => {
    for (const fm of fastCases) {
      const { text, from, to } = frontMatter(`---\n${fm}---\nbody`);
      const fast = fastFrontMatter(text, from, to);
      expect(fast, fm).toBeDefined();
      const slow = yamlFrontMatter(text, from, to, new LineStarts(text));
      expect('kind' in slow, fm).toBe(true);
      expect(shape(fast!), fm).toEqual(shape(slow as ValueNode));
    }
  });

  it('leaves everything else to yaml', () => {
    for (const fm of yamlOnly) {
      const { text, from, to } = frontMatter(`---\n${fm}---\nbody`);
      expect(fastFrontMatter(text, from, to), JSON.stringify(fm)).toBeUndefined();
    }
  });

  it('agrees with yaml on thousands of generated front matters', () => {
    let seed = 7;
    const pick = <T>(xs: readonly T[]): T => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return xs[seed % xs.length]!; };
    const words = ['x', '"Dr: X"', "'a # b'", '"a\\"b"', '""', "'it''s'", 'Dr. Chen', 'a:b', 'a: b', 'a #b', 'a#b', 'true', 'False', 'null', '12', '1.5', '0x1F', '12:30', '410 Main',
      "it's", '"q"', "'q'", '[a, b]', '[a,b', '[]', '[a, [b]]', '{a: b}', '- x', '-x', '~', '*a', '&a x', '!x', '|', '>', '@x',
      'a  ', 'https://x.org/a?b', '/img/a.png', '_x', 'é', 'x\ty', 'a, b', '[True, x y]', '[a,]', 'x:'];
    const keys = ['a', 'b', 'c_d', 'media', 'sources', 'k-1', 'a'];
    const indents = ['', '  ', '    ', ' '];
    const line = (): string => {
      const r = pick([0, 1, 2, 3, 4, 5, 6]);
      const ind = pick(indents);
      if (r === 0) return `${ind}- ${pick(words)}`;
      if (r === 1) return `${ind}- ${pick(keys)}: ${pick(words)}`;
      if (r === 2) return `${ind}${pick(keys)}:`;
      if (r === 3) return pick(['', '# c', '  # c', '   ']);
      return `${ind}${pick(keys)}: ${pick(words)}`;
    };
    let compared = 0;
    for (let n = 0; n < 4000; n++) {
      const fm = Array.from({ length: 1 + (n % 6) }, line).join('\n') + '\n';
      const { text, from, to } = frontMatter(`---\n${fm}---\n`);
      const fast = fastFrontMatter(text, from, to);
      if (!fast) continue;
      const slow = yamlFrontMatter(text, from, to, new LineStarts(text));
      expect('kind' in slow ? shape(slow as ValueNode) : slow, JSON.stringify(fm)).toEqual(shape(fast));
      compared++;
    }
    expect(compared).toBeGreaterThan(300);
  });

  it('agrees with yaml on every corpus file it reads', () => {
    let fast = 0;
    for (const f of readdirSync(corpus).filter((x) => x.endsWith('.md'))) {
      const text = readFileSync(path.join(corpus, f), 'utf8');
      const { from, to } = frontMatter(text);
      const node = fastFrontMatter(text, from, to);
      if (!node) continue;
      fast++;
      expect(shape(node), f).toEqual(shape(yamlFrontMatter(text, from, to, new LineStarts(text)) as ValueNode));
    }
    expect(fast).toBeGreaterThan(100);
  });
});
