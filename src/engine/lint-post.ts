import type { OrgFacts, Post, Report, ResolvedConfig, Rule, RuleContext, RuleId } from '../types.js';
import { createAnalysis } from './analysis.js';

/** A report together with the rule that made it. */
export interface RuleReport {
  readonly rule: Rule<unknown>;
  readonly report: Report;
}

/** A rule that threw: turned into a fatal finding by the caller, never a crash. */
export interface RuleFailure {
  readonly ruleId: RuleId;
  readonly error: unknown;
}

const keywordTests = new WeakMap<Rule<unknown>, RegExp | null>();

/** One precompiled alternation per rule: a single scan of the post instead of one per keyword. */
function keywordTest(rule: Rule<unknown>): RegExp | null {
  let re = keywordTests.get(rule);
  if (re === undefined) {
    const k = rule.meta.keywords;
    re = k && k.length > 0 ? new RegExp(k.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')) : null;
    keywordTests.set(rule, re);
  }
  return re;
}

/**
 * Stage 6: runs every enabled rule whose keywords occur in the post, each on the text maps of
 * its scopes, over one shared analysis.
 */
export function lintPost(
  post: Post,
  rules: readonly Rule<unknown>[],
  config: ResolvedConfig,
): { reports: RuleReport[]; failures: RuleFailure[] } {
  const reports: RuleReport[] = [];
  const failures: RuleFailure[] = [];
  const analysis = createAnalysis(post);
  const organization: Required<OrgFacts> = config.organization;
  for (const rule of rules) {
    const setting = config.rules.get(rule.meta.id);
    if (!setting) continue;
    const keywords = keywordTest(rule);
    if (keywords && !keywords.test(analysis.lowerText)) continue;
    const scopes = rule.meta.scopes;
    const ctx: RuleContext<unknown> = {
      post,
      options: setting.options,
      prose: post.prose.filter((m) => scopes.includes(m.scope)
        || (m.scope.startsWith('meta.') && scopes.includes('meta.*'))),
      analysis,
      organization,
      report: (report) => reports.push({ rule, report }),
    };
    try {
      rule.check(ctx);
    } catch (error) {
      failures.push({ ruleId: rule.meta.id, error });
    }
  }
  return { reports, failures };
}
