import type { RuleMeta } from '../types.js';
import { DIRECTIVE_ID, PARSE_ERROR_ID, ruleDocsUrl } from './rule-docs.js';

/** SARIF's reportingDescriptor, the subset hcpost fills. */
export interface SarifRule {
  id: string;
  name: string;
  shortDescription?: { text: string };
  fullDescription?: { text: string };
  helpUri: string;
  help: { text: string; markdown: string };
  defaultConfiguration: { level: 'error' | 'warning' };
  properties: { tags: string[] };
}

/** Descriptions of the ids hcpost uses for findings that belong to no rule. */
const BUILTIN: Readonly<Record<string, { description: string; level: 'error' | 'warning' }>> = {
  [PARSE_ERROR_ID]: {
    description: 'hcpost could not read this file, or one of its rules failed on it, so the file was not fully checked.',
    level: 'error',
  },
  [DIRECTIVE_ID]: {
    description: 'An hcpost comment in this file that is not a directive, silences nothing, or gives no reason.',
    level: 'warning',
  },
};

/** "phi/patient-name" -> "PhiPatientName": SARIF wants `name` to read like an identifier. */
function pascal(id: string): string {
  return id.split(/[/-]/).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
}

/**
 * The SARIF descriptor of rule `id`. Its metadata comes from the registry when it is there;
 * an id the registry does not know (a plugin's, in tests) still gets a valid descriptor.
 */
export function sarifRule(id: string, meta: RuleMeta<unknown> | undefined): SarifRule {
  const builtin = BUILTIN[id];
  const description = meta?.description ?? builtin?.description;
  const helpUri = ruleDocsUrl(id);
  const level = meta ? (meta.severity === 'error' ? 'error' : 'warning') : (builtin?.level ?? 'warning');
  return {
    id,
    name: pascal(id),
    ...(description === undefined ? {} : { shortDescription: { text: description }, fullDescription: { text: description } }),
    helpUri,
    help: {
      text: `${description === undefined ? '' : `${description} `}What it checks and how to fix it: ${helpUri}`,
      markdown: `${description === undefined ? '' : `${description}\n\n`}[What \`${id}\` checks and how to fix it](${helpUri})`,
    },
    defaultConfiguration: { level },
    properties: { tags: [id.split('/')[0]!] },
  };
}
