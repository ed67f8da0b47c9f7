/** Term matching for kit/term-rule.ts: a word table compiled once, looked up word by word. */
import type { RuleContext, TextMap, Token } from '../types.js';
import { tokenize } from '../text/tokenize.js';
import type { TermEntry, TermHit } from './term-rule.js';
import { usage } from './use-mention.js';

/** A word of a text map as term matching sees it: lower-cased, possessive dropped. Tokens are units. */
export interface Unit { readonly lower: string; readonly start: number; readonly end: number }
type Phrase = { readonly ws: readonly string[]; readonly stem: boolean; readonly none: boolean };
interface Compiled { readonly entry: TermEntry; readonly words: readonly string[]; readonly near: Readonly<Record<'wp' | 'wn' | 'up' | 'un', readonly Phrase[] | undefined>> }

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’](?=[\p{L}\p{N}]))*/gu;
const norm = (l: string): string => (!l.includes("'") && !l.includes('’') ? l : l.replace(/’/g, "'").replace(/'s$/, ''));
const words = (phrase: string): string[] => (phrase.match(WORD) ?? []).map((w) => norm(w.toLowerCase()));
const phrases = (l?: readonly string[]): Phrase[] | undefined =>
  l?.map((p) => ({ ws: words(p), stem: p.endsWith('*'), none: p === '$' }));
/** Only spaces, tabs or a hyphen between two units (no punctuation, no line break). A loop: no substring. */
function joined(text: string, a: Unit, b: Unit): boolean {
  for (let i = a.end, c = 0; i < b.start; i++) if ((c = text.charCodeAt(i)) !== 32 && c !== 9 && c !== 160 && c !== 45) return false;
  return true;
}
const shape = (w: string): number => ((w.charCodeAt(0) & 127) << 5) | Math.min(w.length, 31);
/** 2 when a word holds a hyphen, 1 for an apostrophe only, else 0 (one pass over its characters). */
function special(w: string): number {
  let kind = 0;
  for (let i = 0, c = 0; i < w.length; i++) if ((c = w.charCodeAt(i)) === 45) return 2; else if (c === 39 || c === 8217) kind = 1;
  return kind;
}

const UPPER = /\p{Lu}/u;
const capAt = (text: string, i: number, f = text.charCodeAt(i)): boolean => (f >= 65 && f <= 90) || (f > 127 && UPPER.test(text[i]!));

/**
 * Units from the shared word tokens (src/text/tokenize.ts), split at hyphens so "wheelchair-bound"
 * matches "wheelchair bound"; a possessive "'s" is dropped. Plain tokens are used as they are (no copies).
 */
export function units(map: TextMap, tokens: readonly Token[] = tokenize(map.text)): Unit[] {
  const out: Unit[] = [];
  for (const t of tokens) {
    const kind = special(t.text);
    if (kind < 2) { out.push(kind === 0 ? t : { lower: norm(t.lower), start: t.start, end: t.end }); continue; }
    let at = t.start;
    for (const part of t.text.split('-')) {
      if (part) out.push({ lower: norm(part.toLowerCase()), start: at, end: at + part.length });
      at += part.length + 1;
    }
  }
  return out;
}

/** The units of a map, computed once per post and shared by every rule that asks. */
export function unitsOf(ctx: RuleContext<unknown>, map: TextMap): readonly Unit[] {
  const memo = ctx.analysis.shared('kit/term-units', () => new Map<TextMap, Unit[]>());
  let us = memo.get(map);
  if (!us) memo.set(map, (us = units(map, ctx.analysis.tokens(map))));
  return us;
}

/** Whether the words before unit `at` (dir -1) or after it (dir 1) are one of the phrases. */
function near(text: string, us: readonly Unit[], at: number, dir: 1 | -1, list: readonly Phrase[] | undefined): boolean {
  return !!list?.some(({ ws, stem, none }) => {
    const n = us[at + dir];
    if (none) return !n || !(dir > 0 ? joined(text, us[at]!, n) : joined(text, n, us[at]!));
    return ws.every((w, k) => {
      const idx = dir > 0 ? at + 1 + k : at - ws.length + k;
      const u = us[idx];
      const edge = us[idx - dir];
      return !!u && !!edge && (dir > 0 ? joined(text, edge, u) : joined(text, u, edge))
        && (stem && k === ws.length - 1 ? u.lower.startsWith(w) : u.lower === w);
    });
  });
}

/** A compiled term list: build it once at module load, then `find` per text map. */
export class TermMatcher {
  private readonly byFirst = new Map<string, Compiled[]>();
  private readonly byJoined = new Map<string, Compiled>();
  // First letter x length of every first word: most words are ruled out by one array read, before a hash lookup.
  private readonly shapes = new Uint8Array(128 * 32);

  constructor(readonly entries: readonly TermEntry[]) {
    for (const entry of entries) {
      const near = { wp: phrases(entry.when?.prev), wn: phrases(entry.when?.next),
        up: phrases(entry.unless?.prev), un: phrases(entry.unless?.next) };
      for (const phrase of entry.avoid) {
        const c: Compiled = { entry, words: words(phrase), near };
        const list = this.byFirst.get(c.words[0]!) ?? [];
        list.push(c);
        list.sort((a, b) => b.words.length - a.words.length);
        this.byFirst.set(c.words[0]!, list);
        this.shapes[shape(c.words[0]!)] = 1;
        if (c.words.length > 1) this.byJoined.set(c.words.join(''), c);
      }
    }
  }

  /** The longest listed phrase that starts at unit `i`. Loops, not closures: this runs for every word. */
  private first(text: string, us: readonly Unit[], i: number): Compiled | undefined {
    const w = us[i]!.lower;
    const list = this.shapes[shape(w)] === 1 ? this.byFirst.get(w) : undefined;
    if (!list) return undefined;
    next: for (const c of list) {
      for (let k = 1; k < c.words.length; k++) {
        const u = us[i + k];
        if (!u || u.lower !== c.words[k] || !joined(text, us[i + k - 1]!, u)) continue next;
      }
      return c;
    }
    return undefined;
  }

  /** Every match in a map, the longest phrase first at each word; a hashtag matches a joined phrase (#drugseeker). */
  find(map: TextMap, us: readonly Unit[] = units(map)): TermHit[] {
    const text = map.text;
    const hits: TermHit[] = [];
    for (let i = 0; i < us.length; i++) {
      const u = us[i]!;
      let c = this.first(text, us, i);
      if (!c && u.start > 0 && text.charCodeAt(u.start - 1) === 35) c = this.byJoined.get(u.lower);
      if (!c) continue;
      const last = c.words.length > 1 && us[i]!.lower === c.words[0] ? i + c.words.length - 1 : i;
      const { wp, wn, up, un } = c.near;
      if ((wp || wn) && !near(text, us, i, -1, wp) && !near(text, us, last, 1, wn)) continue;
      if (near(text, us, i, -1, up) || near(text, us, last, 1, un) || isName(text, us, i, last, c.entry)) continue;
      const start = u.start;
      const end = us[last]!.end;
      hits.push({ map, start, end, entry: c.entry, text: text.slice(start, end), usage: usage(text, start, end) });
      i = last;
    }
    return hits;
  }
}

// "Alcoholics Anonymous", "Special Olympics": a listed name, or Title Case next to another capitalised word.
function isName(text: string, us: readonly Unit[], i: number, last: number, entry: TermEntry): boolean {
  const from = Math.max(0, us[i]!.start - 80);
  const around = text.slice(from, us[last]!.end + 80).toLowerCase();
  const [s, e] = [us[i]!.start - from, us[last]!.end - from];
  if (entry.names?.some((n) => {
    const name = n.toLowerCase();
    for (let k = around.indexOf(name); k >= 0; k = around.indexOf(name, k + 1)) if (k <= s && e <= k + name.length) return true;
    return false;
  })) return true;
  if (!us.slice(i, last + 1).every((u) => capAt(text, u.start))) return false;
  const next = us[last + 1];
  const prev = us[i - 1];
  const before = us[i - 2];
  return (!!next && capAt(text, next.start) && joined(text, us[last]!, next))
    || (!!prev && capAt(text, prev.start) && joined(text, prev, us[i]!) && !!before && /^\s+$/.test(text.slice(before.end, prev.start)));
}
