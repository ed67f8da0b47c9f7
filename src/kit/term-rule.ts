/**
 * The term-rule kit: Vale's existence and substitution checks built from a data table.
 * Matching is whole-word and case-insensitive; `when`/`unless` look at the neighbouring words, listed
 * and Title Case proper names are skipped, and a term that is only mentioned (quoted as a word,
 * after "instead of", "avoid", "don't say") is never reported.
 *
 * @example
 * // data.ts
 * export const TERMS: readonly TermEntry[] = [
 *   { avoid: ['addict', 'addicts'], prefer: ['person with a substance use disorder'], source: '[S23]' },
 *   { avoid: ['diabetic'], prefer: ['person with diabetes'], source: '[S24]',
 *     when: { prev: ['a', 'the'], next: ['patient', 'patients'] }, unless: { next: ['retinopathy', 'diet'] } },
 * ];
 * // rule.ts
 * export default termRule({ meta: { ...,
 *   messages: { substitute: '"{{term}}" labels people.{{note}} Say "{{prefer}}".' } }, entries: TERMS });
 */
import type { Rule, RuleContext, RuleMeta, Severity, Span } from '../types.js';
import { defineRule } from './define-rule.js';
import { TermMatcher, unitsOf } from './term-matcher.js';
import type { Usage } from './use-mention.js';

export type { Usage } from './use-mention.js';
export { usage } from './use-mention.js';
export { TermMatcher, units, unitsOf } from './term-matcher.js';
export type { Unit } from './term-matcher.js';

/**
 * Words next to a term, as phrases ("a", "type 2"). A trailing `*` matches any word starting with
 * the stem ("neuropath*"); `$` matches "no word": the text ends or punctuation comes first.
 */
export interface Neighbours {
  readonly prev?: readonly string[];
  readonly next?: readonly string[];
}

/** One entry of a term list (retext-equality style). Matching is whole-word and case-insensitive. */
export interface TermEntry {
  /** Phrases to flag. Inflections are listed, not guessed; hyphens and spaces are interchangeable. */
  readonly avoid: readonly string[];
  /** Alternatives to suggest. Without them the rule is a Vale "existence" check. */
  readonly prefer?: readonly string[];
  /** One plain clause on why, for the message's `{{note}}`. */
  readonly note?: string;
  /** Where the entry comes from: a DOMAIN.md id such as "[S23]", or "[derived]". */
  readonly source: string;
  /** Flag only when the previous or the next word is one of these (either suffices). */
  readonly when?: Neighbours;
  /** Never flag when the previous or the next word is one of these ("diabetic retinopathy"). */
  readonly unless?: Neighbours;
  /** Proper names that contain the term and are fine ("Alcoholics Anonymous"). */
  readonly names?: readonly string[];
  /** A lower severity for this entry (a lower-confidence match). */
  readonly severity?: Severity;
  /** Free label a rule's `accept` hook can branch on. */
  readonly tag?: string;
}

/** A match of an entry in a text map. */
export interface TermHit extends Span {
  readonly entry: TermEntry;
  /** The matched text as written. */
  readonly text: string;
  readonly usage: Usage;
}


/** What a term rule needs beyond its meta. */
export interface TermRuleSpec<O> {
  readonly meta: RuleMeta<O>;
  readonly entries: readonly TermEntry[];
  /** Terms inside a longer quotation: reported at warning level (default), skipped, or reported as is. */
  readonly quoted?: 'lower' | 'skip' | 'report';
  /** Extra judgement per hit: false drops it, a severity lowers it. */
  readonly accept?: (hit: TermHit, ctx: RuleContext<O>) => boolean | Severity;
}

/**
 * Vale's existence and substitution checks as a factory. Reports messageId `substitute` (entries
 * with `prefer`; data `term`, `prefer`, `note`) or `avoid` (data `term`, `note`); meta.messages must
 * define the ones its entries use. Mentions are never reported.
 */
export function termRule<O = undefined>(spec: TermRuleSpec<O>): Rule<O> {
  const matcher = new TermMatcher(spec.entries);
  return defineRule<O>({
    meta: spec.meta,
    check(ctx) {
      for (const map of ctx.prose) {
        for (const hit of matcher.find(map, unitsOf(ctx as RuleContext<unknown>, map))) {
          if (hit.usage === 'mention' || (hit.usage === 'quoted' && spec.quoted === 'skip')) continue;
          const verdict = spec.accept ? spec.accept(hit, ctx) : true;
          if (verdict === false) continue;
          let severity = hit.entry.severity ?? (typeof verdict === 'number' ? verdict : undefined);
          if (hit.usage === 'quoted' && spec.quoted !== 'report') severity = 1;
          const prefer = hit.entry.prefer ?? [];
          ctx.report({
            messageId: prefer.length ? 'substitute' : 'avoid',
            at: hit,
            data: { term: hit.text, prefer: prefer.join('" or "'), note: hit.entry.note ? ` ${hit.entry.note}` : '' },
            ...(prefer.length ? { suggestions: prefer.map((p) => ({ desc: `Say "${p}"` })) } : {}),
            ...(severity ? { severity } : {}),
          });
        }
      }
    },
  });
}
