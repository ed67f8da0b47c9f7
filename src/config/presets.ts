/**
 * The built-in presets, computed from the rules' own metadata so a new rule joins them by itself.
 *
 * - `hcpost:recommended`: every rule not marked `strictOnly`, at the rule's own severity.
 * - `hcpost:strict`: every rule, and every `phi/` warning raised to an error. PHI is the one
 *   family where a missed finding is a reportable breach rather than a style problem, so a strict
 *   setup should block publishing on any PHI hint; other families keep their own severity, because
 *   raising readability or platform-length warnings would only add noise. A strict setup also
 *   wants every inline directive to say why it is safe (`-- reason`), so a reviewer can judge it.
 */
import type { DirectiveSettings, Rule, RuleId, Severity } from '../types.js';

export const PRESET_NAMES = ['hcpost:recommended', 'hcpost:strict'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

/** The default when no config file is found, or a config has no `extends`. */
export const DEFAULT_PRESET: PresetName = 'hcpost:recommended';

export function isPresetName(name: string): name is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(name);
}

/** Rule id -> severity for a preset. */
export function presetSeverities(name: PresetName, registry: readonly Rule<unknown>[]): Map<RuleId, Severity> {
  const out = new Map<RuleId, Severity>();
  for (const { meta } of registry) {
    const own: Severity = meta.severity === 'error' ? 2 : 1;
    if (name === 'hcpost:recommended') {
      if (meta.strictOnly !== true) out.set(meta.id, own);
    } else {
      out.set(meta.id, meta.id.startsWith('phi/') ? 2 : own);
    }
  }
  return out;
}

/** The directive checks a preset turns on. */
export function presetDirectives(name: PresetName): DirectiveSettings {
  return name === 'hcpost:strict' ? { requireReason: 2 } : {};
}
