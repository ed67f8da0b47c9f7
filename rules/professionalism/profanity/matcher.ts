import {
  DataSet, RegExpMatcher, SyntaxKind, englishDataset, englishRecommendedTransformers, parseRawPattern,
  type LiteralNode, type ParsedPattern, type WildcardNode,
} from 'obscenity';
import { CLINICAL_WORDS, EXTRA_PHRASES, MASK_PREFIXES, MASK_SUFFIXES, MILD_WORDS, WHITELIST } from './data.js';

/** A profane word found in a text: its offsets (end exclusive), the listed word, and whether it is mild. */
export interface Profanity { readonly start: number; readonly end: number; readonly word: string; readonly mild: boolean }

interface Meta { readonly originalWord: string }

const dataset = new DataSet<Meta>()
  .addAll(englishDataset as unknown as DataSet<Meta>)
  .removePhrasesIf((p) => CLINICAL_WORDS.includes(p.metadata?.originalWord ?? ''));
for (const { word, patterns } of EXTRA_PHRASES) {
  dataset.addPhrase((p) => patterns.reduce((b, raw) => b.addPattern(parseRawPattern(raw)), p.setMetadata({ originalWord: word })));
}
const built = dataset.build();
// Built once at module load: obscenity compiles one regex per pattern.
const matcher = new RegExpMatcher({
  ...built, whitelistedTerms: [...(built.whitelistedTerms ?? []), ...WHITELIST], ...englishRecommendedTransformers,
});

interface Variant { readonly s: readonly string[]; readonly b1: boolean }
const esc = (c: string): string => c.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
const chars = (n: LiteralNode | WildcardNode): string[] =>
  n.kind === SyntaxKind.Literal ? [...String.fromCodePoint(...n.chars)] : ['.'];
function variants(p: ParsedPattern): Variant[] {
  let seqs: string[][] = [[]];
  for (const n of p.nodes) {
    seqs = n.kind === SyntaxKind.Optional ? seqs.flatMap((q) => [q, [...q, ...chars(n.childNode)]]) : seqs.map((q) => [...q, ...chars(n)]);
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
const all = built.blacklistedTerms.flatMap((t) => variants(t.pattern).map((v) => ({ v, b0: t.pattern.requireWordBoundaryAtStart })));
// A cheap superset of obscenity's patterns, tested once per post on its lower-cased text; obscenity
// (about 0.3 us a character) then runs only on the few lines that pass.
const PREFILTER = new RegExp(`\\b${trie(all.filter((x) => x.b0).map((x) => x.v))}|${trie(all.filter((x) => !x.b0).map((x) => x.v))}`);
// Leetspeak or masking inside or at the end of a word ("sh1t", "b!tch", "b@stard", "a$$", "f***"), but
// not "A1c", "T1D", "MRN#0048812" or an e-mail address.
const ODD = /[a-z]{2}[013457!|]+[a-z]|[a-z][013457!|]+[a-z]{2}|[a-z][*#%$]+[a-z]|[a-z]@[a-z]+(?![a-z0-9.-]*\.[a-z])|[a-z][*$]+(?![a-z0-9])|\ba55\b/;
// Letters NFKD does not fold to ASCII but obscenity maps from look-alikes (Latin Extended-B, IPA, Greek, Cyrillic).
const LOOKALIKE = /[\u0180-\u02af\u0370-\u052f\u1d00-\u1dbf]/;
// Letters NFKD folds: accented Latin, Latin Extended Additional, fullwidth forms, mathematical alphanumerics.
const FOLDABLE = /[\u00c0-\u024f\u1e00-\u1eff\uff00-\uffef]|\ud835/;

/** Whether a (lower-cased) text may hold profanity: false for almost every post, and cheap. */
export function mayHold(lower: string): boolean {
  if (PREFILTER.test(lower) || ODD.test(lower)) return true;
  if (LOOKALIKE.test(lower)) return true;
  if (!FOLDABLE.test(lower)) return false;
  // Accented, fullwidth and mathematical letters ("fück", "ｆｕｃｋ") fold to ASCII under NFKD.
  const folded = lower.normalize('NFKD').replace(/\p{M}/gu, '');
  return PREFILTER.test(folded) || ODD.test(folded);
}

const MILD = new Set(MILD_WORDS);
const wordOf = (termId: number): string => dataset.getPayloadWithPhraseMetadata({ termId, startIndex: 0, endIndex: 0, matchLength: 0 })
  .phraseMetadata?.originalWord ?? '';

/** Profanity in one line of text (obscenity, with hcpost's clinical removals and whitelist). */
export function findProfanity(line: string): Profanity[] {
  const out: Profanity[] = [];
  if (!mayHold(line.toLowerCase())) return out;
  for (const m of matcher.getAllMatches(line, true)) {
    if (out.some((o) => m.startIndex < o.end && o.start <= m.endIndex)) continue;
    const word = wordOf(m.termId);
    out.push({ start: m.startIndex, end: m.endIndex + 1, word, mild: MILD.has(word) });
  }
  for (const m of line.matchAll(MASKED)) {
    const word = unmask(m[0]);
    if (word && !out.some((o) => m.index < o.end && o.start < m.index + m[0].length)) {
      out.push({ start: m.index, end: m.index + m[0].length, word, mild: MILD.has(word) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

// "f***ing", "sh*t", "b#tch", "a**": letters with masking characters inside or after them.
const MASKED = /(?<![\p{L}\p{N}#@*])[a-z]+(?:[*#%]+[a-z]*)+/giu;
let forms: Map<string, { readonly form: string; readonly word: string }[]> | undefined;

/** The listed word a masked word hides, or undefined. Forms are built on first use (masked words are rare). */
function unmask(masked: string): string | undefined {
  const letters = masked.replace(/[*#%]/g, '').length;
  const marks = masked.length - letters;
  if (letters < 1 || marks < 1 || letters + marks < 3 || (letters < 2 && marks < 2)) return undefined;
  if (!forms) {
    forms = new Map();
    for (const word of new Set(built.blacklistedTerms.map((t) => wordOf(t.id)))) {
      if (word.includes(' ')) continue;
      for (const form of MASK_PREFIXES.flatMap((p) => MASK_SUFFIXES.map((s) => p + word + s))) {
        const list = forms.get(form[0]!) ?? [];
        list.push({ form, word });
        forms.set(form[0]!, list);
      }
    }
  }
  const lower = masked.toLowerCase();
  const re = new RegExp(`^${lower.replace(/[*#%]+/g, (run) => `[a-z]{1,${run.length + 1}}`)}$`);
  return forms.get(lower[0]!)?.find((f) => f.form.length >= letters + marks - 1 && re.test(f.form))?.word;
}
