import type { RuleContext, Sentence, TextMap } from '../../src/types.js';
import { findAll, type Hit, type Pattern } from '../../src/kit/recognizer.js';
import { sentenceAt } from '../../src/kit/sentence-at.js';
import { hasCredibleSource } from '../../src/kit/sources.js';
import { usage } from '../../src/kit/use-mention.js';

// Source: [derived] negators that turn a promise into a caution ("no vaccine is 100% effective",
// "there is no cure yet", "not a miracle"): general English negation, not a list of phrases.
const NEGATOR = /^(?:no|not|never|without|nothing|none|neither|nor|cannot|nobody|hardly|\w+n['’]t)$/i;
// Words in the same clause that end a negator's reach ("walk pain-free without surgery, guaranteed").
const CLAUSE_BREAK = /[,;:()\u2013\u2014]|\s-\s|\b(?:but|and|so|because|or)\b/gi;
// Source: FDA "Health Fraud Scams" and FTC consumer advice [S34][S68], which quote these words to
// warn about them: a sentence that frames the term as a red flag is not making the claim.
const CAUTION = /\b(?:beware|wary|skeptic\w*|sceptic\w*|suspicious|red[\s-]flags?|scams?|fraud\w*|too\s+good\s+to\s+be\s+true|myths?|watch\s+out|(?:anyone|anybody|someone|any\s+(?:product|company|ad|one|clinic|seller)|products?|ads?|companies|sellers|brands|people|those)\s+(?:(?:that|who|which)\s+)?(?:promis\w+|claim\w*|advertis\w+|tout\w*|sell\w*|say\w*)|(?:words?|terms?|phrases?|claims?|promises?)\s+(?:like|such\s+as))\b/i;
const INTERROGATIVE = /^(?:is|are|was|were|can|could|does|do|did|will|would|should|has|have|what|how|why|who|which|where|when|any|ever)\b/i;
const WORDS = /[\p{L}\p{N}'’]+/gu;

/** True when a negator governs the term: up to `reach` words before it, in the same clause. */
export function negated(text: string, from: number, start: number, reach = 4): boolean {
  const before = text.slice(from, start);
  let cut = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) cut = m.index + m[0].length;
  const words = before.slice(cut).match(WORDS) ?? [];
  return words.slice(-reach).some((w) => NEGATOR.test(w));
}

/** A real question ("Can X cure Y?"), not an excited statement ("it cured my veins??"). */
export function isQuestion(sentence: Sentence): boolean {
  const t = sentence.text.replace(/[^\p{L}\p{N}?]+$/u, '');
  return t.endsWith('?') && INTERROGATIVE.test(t.replace(/^[^\p{L}\p{N}]+/u, ''));
}

/** The sentence around a hit, or the whole line when the splitter gives none. */
export function sentenceOf(ctx: RuleContext<unknown>, hit: Hit): Sentence {
  const s = sentenceAt(ctx.analysis, hit);
  if (s) return s;
  const t = hit.map.text;
  const start = t.lastIndexOf('\n', hit.start - 1) + 1;
  const nl = t.indexOf('\n', hit.end);
  const end = nl < 0 ? t.length : nl;
  return { map: hit.map, start, end, text: t.slice(start, end) };
}

/**
 * Hits of `patterns` that assert the claim: not negated, not a question, not framed as a warning
 * ("anyone promising guaranteed results"), and not a word only mentioned ("words like 'miracle'").
 */
export function assertedHits(ctx: RuleContext<unknown>, patterns: readonly Pattern[], reach = 4): { hit: Hit; sentence: Sentence }[] {
  const out: { hit: Hit; sentence: Sentence }[] = [];
  for (const map of ctx.prose) {
    for (const hit of findAll(map, patterns)) {
      const sentence = sentenceOf(ctx, hit);
      const lead = map.text.slice(sentence.start, hit.start);
      if (negated(map.text, sentence.start, hit.start, reach) || isQuestion(sentence) || CAUTION.test(lead)) continue;
      if (usage(map.text, hit.start, hit.end) === 'mention') continue;
      out.push({ hit, sentence });
    }
  }
  return out;
}

/** Words after a hit up to the end of its clause, at most `n` of them, lower-cased. */
export function wordsAfter(map: TextMap, end: number, n: number): string {
  const rest = map.text.slice(end, end + 80);
  const cut = rest.search(/[.;:!?\n]/);
  return ((cut >= 0 ? rest.slice(0, cut) : rest).match(WORDS) ?? []).slice(0, n).join(' ').toLowerCase();
}

/** Words before a hit, back to the start of its sentence, at most `n` of them, lower-cased. */
export function wordsBefore(map: TextMap, from: number, start: number, n: number): string {
  return (map.text.slice(from, start).match(WORDS) ?? []).slice(-n).join(' ').toLowerCase();
}

// Source: [derived] words that end an organisation's or campaign's name: "Cure Alzheimer's Fund",
// "Children's Miracle Network", "Healing Hearts Foundation".
const NAME_END = /^(?:Fund|Foundation|Society|Alliance|Network|Hospitals?|Project|Institute|League|Walk|Run|Ride|Gala|Month|Day|Week|Center|Centre|Coalition|Association|Initiative|Campaign)$/;

/** True when a Title Case term starts or sits inside a proper name that ends in an organisation word. */
export function inProperName(hit: Hit): boolean {
  if (!/^\p{Lu}/u.test(hit.text)) return false;
  const words = hit.map.text.slice(hit.end, hit.end + 60).match(/[\p{L}'’]+/gu) ?? [];
  for (const w of words.slice(0, 4)) {
    if (!/^\p{Lu}/u.test(w)) return false;
    if (NAME_END.test(w)) return true;
  }
  return false;
}

const PROMOTIONAL = /\b(?:our|my|we|i|us)\b/i;

/**
 * A clinical statement in a post that cites credible evidence, in no first-person (sales)
 * voice ("Hepatitis C can be cured in 8-12 weeks" + a CDC link) is education, not a promise.
 */
export function sourcedEducation(ctx: RuleContext<unknown>, sentence: Sentence): boolean {
  return !PROMOTIONAL.test(sentence.text) && hasCredibleSource(ctx.post, ctx.analysis);
}
