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
    const keywords = rule.meta.keywords;
    if (keywords && keywords.length > 0) {
      const lower = analysis.lowerText;
      if (!keywords.some((k) => lower.includes(k))) continue;
    }
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
