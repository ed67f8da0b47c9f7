import { lintText } from '../../src/engine/lint-text.js';
import type { Finding, ResolvedConfig, Rule } from '../../src/types.js';

/** Lints `text` with only `rule` enabled at its own severity and default options (message-wording tests). */
export function lintWithRule(rule: Rule<unknown>, text: string, filePath = '/virtual/post.md'): Finding[] {
  const config: ResolvedConfig = {
    rules: new Map([[rule.meta.id, { severity: rule.meta.severity === 'error' ? 2 : 1, options: rule.meta.defaults ?? {} }]]),
    organization: { names: [], phones: [], emails: [], domains: [], addresses: [] },
    ignores: [],
  };
  return lintText(text, { filePath, config, rules: [rule] }).messages;
}
