import { MASK_PREFIXES, MASK_SUFFIXES, MILD_WORDS } from './data.js';
import { profanities } from './dataset.js';
import { PREFILTER_SOURCE } from './prefilter.js';

/** A profane word found in a text: its offsets (end exclusive), the listed word, and whether it is mild. */
export interface Profanity { readonly start: number; readonly end: number; readonly word: string; readonly mild: boolean }

// A cheap superset of obscenity's patterns, tested once per post on its lower-cased text; obscenity
// (loaded only then, about 0.3 us a character) runs only on the few lines that pass.
const PREFILTER = new RegExp(PREFILTER_SOURCE);
// Leetspeak or masking inside or at the end of a word ("sh1t", "b!tch", "b@stard", "a$$", "f***"), but
// not "A1c", "T1D", "MRN#0048812" or an e-mail address. Each branch starts at the odd character, which
// is rare, so the scan rarely tries the letters around it.
const ODD = /[013457!|]+(?:(?<=[a-z]{2}[013457!|]+)[a-z]|(?<=[a-z][013457!|]+)[a-z]{2})|[*#%$]+(?<=[a-z][*#%$]+)[a-z]|@(?<=[a-z]@)[a-z]+(?![a-z0-9.-]*\.[a-z])|[*$]+(?<=[a-z][*$]+)(?![a-z0-9])|\ba55\b/;
// Letters NFKD does not fold to ASCII but obscenity maps from look-alikes (Latin Extended-B, IPA, Greek, Cyrillic).
const LOOKALIKE = /[\u0180-\u02af\u0370-\u052f\u1d00-\u1dbf]/;
// Letters NFKD folds: accented Latin, Latin Extended Additional, fullwidth forms, mathematical alphanumerics.
const FOLDABLE = /[\u00c0-\u024f\u1e00-\u1eff\uff00-\uffef]|\ud835/;
const MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;

/** Whether a (lower-cased) text may hold profanity: false for almost every post, and cheap. */
export function mayHold(lower: string): boolean {
  if (PREFILTER.test(lower) || ODD.test(lower)) return true;
  if (LOOKALIKE.test(lower)) return true;
  if (!FOLDABLE.test(lower)) return false;
  // Accented, fullwidth and mathematical letters ("fück", "ｆｕｃｋ") fold to ASCII under NFKD.
  const folded = lower.normalize('NFKD').replace(MARKS, '');
  return PREFILTER.test(folded) || ODD.test(folded);
}

const MILD = new Set(MILD_WORDS);

/** Profanity in one line of text (obscenity, with hcpost's clinical removals and whitelist). */
export function findProfanity(line: string): Profanity[] {
  const out: Profanity[] = [];
  if (!mayHold(line.toLowerCase())) return out;
  const { matcher, wordOf } = profanities();
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

// "f***ing", "sh*t", "b#tch", "a**": letters with masking characters inside or after them. Explicit
// letter ranges instead of \p{L} keep the `u` flag (slow with `i`) off.
const MASKED = /(?<![A-Za-z0-9\u00c0-\u024f#@*])[a-z]+(?:[*#%]+[a-z]*)+/gi;
let forms: Map<string, { readonly form: string; readonly word: string }[]> | undefined;

/** The listed word a masked word hides, or undefined. Forms are built on first use (masked words are rare). */
function unmask(masked: string): string | undefined {
  const letters = masked.replace(/[*#%]/g, '').length;
  const marks = masked.length - letters;
  if (letters < 1 || marks < 1 || letters + marks < 3 || (letters < 2 && marks < 2)) return undefined;
  if (!forms) {
    const { terms, wordOf } = profanities();
    forms = new Map();
    for (const word of new Set(terms.map((t) => wordOf(t.id)))) {
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
