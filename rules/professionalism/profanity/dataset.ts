// obscenity, loaded on first need: its import and dataset build cost ~60 ms at start-up, and almost no post
// passes the pre-filter. obscenity ships CommonJS, so a synchronous require keeps the rule synchronous.
import { createRequire } from 'node:module';
import type {
  DataSet as DataSetT, LiteralNode, ParsedPattern, RegExpMatcher as RegExpMatcherT, WildcardNode,
} from 'obscenity';
import { CLINICAL_WORDS, EXTRA_PHRASES, WHITELIST } from './data.js';

type Obscenity = typeof import('obscenity');
interface Meta { readonly originalWord: string }

/** The built word list and its matcher. */
export interface Profanities {
  readonly matcher: RegExpMatcherT;
  /** The listed word a match of term `termId` stands for. */
  readonly wordOf: (termId: number) => string;
  /** Every listed word's term ids and patterns (for the masked forms and the pre-filter). */
  readonly terms: readonly { readonly id: number; readonly pattern: ParsedPattern }[];
  readonly lib: Obscenity;
}

let loaded: Profanities | undefined;

/** obscenity's English list with hcpost's clinical removals, extra phrases and whitelist, built once. */
export function profanities(): Profanities {
  if (loaded) return loaded;
  const lib = createRequire(import.meta.url)('obscenity') as Obscenity;
  const dataset = new lib.DataSet<Meta>()
    .addAll(lib.englishDataset as unknown as DataSetT<Meta>)
    .removePhrasesIf((p) => CLINICAL_WORDS.includes(p.metadata?.originalWord ?? ''));
  for (const { word, patterns } of EXTRA_PHRASES) {
    dataset.addPhrase((p) => patterns.reduce((b, raw) => b.addPattern(lib.parseRawPattern(raw)), p.setMetadata({ originalWord: word })));
  }
  const built = dataset.build();
  const matcher = new lib.RegExpMatcher({
    ...built, whitelistedTerms: [...(built.whitelistedTerms ?? []), ...WHITELIST], ...lib.englishRecommendedTransformers,
  });
  const wordOf = (termId: number): string => dataset.getPayloadWithPhraseMetadata({ termId, startIndex: 0, endIndex: 0, matchLength: 0 })
    .phraseMetadata?.originalWord ?? '';
  loaded = { matcher, wordOf, terms: built.blacklistedTerms, lib };
  return loaded;
}

interface Variant { readonly s: readonly string[]; readonly b1: boolean }
const esc = (c: string): string => c.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');

function variants(lib: Obscenity, p: ParsedPattern): Variant[] {
  const chars = (n: LiteralNode | WildcardNode): string[] =>
    n.kind === lib.SyntaxKind.Literal ? [...String.fromCodePoint(...n.chars)] : ['.'];
  let seqs: string[][] = [[]];
  for (const n of p.nodes) {
    seqs = n.kind === lib.SyntaxKind.Optional ? seqs.flatMap((q) => [q, [...q, ...chars(n.childNode)]]) : seqs.map((q) => [...q, ...chars(n)]);
  }
  return seqs.map((q) => ({ s: q, b1: p.requireWordBoundaryAtEnd }));
}

// The patterns as one trie-shaped regex, so each text position tries one branch per first letter.
// Every letter may repeat (obscenity collapses "fuuuck"); a wildcard takes a short run of anything.
function trie(list: readonly Variant[]): string {
  const groups = new Map<string, Variant[]>();
  let boundary = false;
  for (const v of list) {
    if (v.s.length === 0) {
      if (!v.b1) return ''; // a shorter variant already ends here
      boundary = true;
      continue;
    }
    const g = groups.get(v.s[0]!) ?? [];
    g.push({ s: v.s.slice(1), b1: v.b1 });
    groups.set(v.s[0]!, g);
  }
  const alts = [...groups].map(([c, g]) => (c === '.' ? '[^]{1,4}' : `${esc(c)}+`) + trie(g));
  if (boundary) alts.push('\\b');
  return alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
}

/**
 * The source of a cheap superset of obscenity's patterns (see prefilter.ts, which holds its output so
 * that start-up need not load obscenity; a test keeps the two equal).
 */
export function prefilterSource(): string {
  const { lib, terms } = profanities();
  const all = terms.flatMap((t) => variants(lib, t.pattern).map((v) => ({ v, b0: t.pattern.requireWordBoundaryAtStart })));
  return `\\b${trie(all.filter((x) => x.b0).map((x) => x.v))}|${trie(all.filter((x) => !x.b0).map((x) => x.v))}`;
}
