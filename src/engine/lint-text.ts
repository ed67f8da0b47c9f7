import type { FileResult, Finding, ResolvedConfig, Rule } from '../types.js';
import { rules as builtinRules } from '../../rules/index.js';
import { parseFile } from '../input/parse-file.js';
import { applyDirectives, type DirectiveOptions } from './directives.js';
import { toFileResult, toFindings } from './finalize.js';
import { lintPost } from './lint-post.js';

export interface LintTextOptions {
  /** Absolute path the text is linted as (decides Markdown vs JSON by extension). */
  readonly filePath: string;
  readonly config: ResolvedConfig;
  /** Print matched PHI in clear (CONTRACT section 5). */
  readonly showPhi?: boolean;
  /** Rules to run instead of the built-in registry (tests, plugins). */
  readonly rules?: readonly Rule<unknown>[];
  /** Unused-directive and missing-reason reporting. */
  readonly directives?: DirectiveOptions;
  /** Set to give every finding a salted, PHI-free fingerprint of its match (baselines). */
  readonly fingerprintSalt?: string;
}

/** Stages 5-8: parse, run rules, apply directives, finalize. No file system, no console. */
export function lintText(text: string, options: LintTextOptions): FileResult {
  const { posts, problems, skipped } = parseFile(options.filePath, text);
  const rules = options.rules ?? builtinRules;
  const messages: Finding[] = [...problems];
  const suppressed: Finding[] = [];
  for (const post of posts) {
    const { reports, failures } = lintPost(post, rules, options.config);
    const findings = toFindings(post, reports, failures, options.config, options.showPhi === true, options.fingerprintSalt);
    const kept = applyDirectives(post, findings, options.directives);
    messages.push(...kept.active);
    suppressed.push(...kept.suppressed);
  }
  const result = toFileResult(options.filePath, messages);
  if (suppressed.length) result.suppressedMessages = suppressed;
  if (skipped) result.skipped = skipped;
  return result;
}
