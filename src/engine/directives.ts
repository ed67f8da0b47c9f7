import type { Finding, Post } from '../types.js';

/**
 * Stage 7: drops findings silenced by inline directives. Directive parsing arrives with the
 * CI/editor integration work; until then every finding stays active.
 */
export function applyDirectives(post: Post, findings: Finding[]): { active: Finding[]; suppressed: Finding[] } {
  void post;
  return { active: findings, suppressed: [] };
}
