import { CREDIBLE_DOMAINS } from '../../../src/kit/lexicon/source-domains.js';

/** Options of citation/non-credible-source. */
export interface Options {
  /** Sites that can back a health claim; replaces the built-in list ("*.gov" and ".gov" are suffixes). */
  readonly credibleDomains: readonly string[];
  /** Sites added to the list, such as the organisation's own research pages. */
  readonly extraCredibleDomains: readonly string[];
  /** Also flag sources whose site is on no list (off by default: most such sites are fine). */
  readonly flagUnlisted: boolean;
}

// Source: DOMAIN.md section 2.2 allowlist [derived], kept in src/kit/lexicon/source-domains.ts.
export const DEFAULTS: Options = { credibleDomains: CREDIBLE_DOMAINS, extraCredibleDomains: [], flagUnlisted: false };

const domainList = { type: 'array', items: { type: 'string', minLength: 1 } } as const;

export const SCHEMA = {
  type: 'object',
  properties: { credibleDomains: domainList, extraCredibleDomains: domainList, flagUnlisted: { type: 'boolean' } },
  additionalProperties: false,
} as const;

/** "https://www.Example.org/", "*.gov" -> "example.org", ".gov". */
export function normaliseDomain(d: string): string {
  return d.trim().toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/^\*\./, '.').replace(/^www\./, '').replace(/\/.*$/, '');
}
