import type { Rule, RuleContext, RuleMeta, Severity } from '../types.js';
import { defineRule } from './define-rule.js';
import { TermMatcher, unitsOf, type TermEntry, type TermHit } from './term-matcher.js';

export type { Usage } from './use-mention.js';
export { usage } from './use-mention.js';
export { TermMatcher, units, unitsOf } from './term-matcher.js';
export type { Neighbours, TermEntry, TermHit, Unit } from './term-matcher.js';

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
