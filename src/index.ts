/**
 * hcpost's public API. The CLI is a thin layer over these:
 * `loadConfig` -> `lintFiles` (or `lintText`) -> `getFormatter(name)(results, ctx)`.
 */
export { lintFiles, type LintFilesOptions } from './engine/lint-files.js';
export { lintText, type LintTextOptions } from './engine/lint-text.js';
export { loadConfig, CONFIG_FILE_NAMES, type LoadConfigOptions } from './config/load.js';
export { resolveConfig, type ResolveOptions } from './config/resolve.js';
export { PRESET_NAMES, type PresetName } from './config/presets.js';
export { getFormatter, formatterNames, type FormatterName } from './formatters/index.js';
export { findFiles, type FindFilesOptions } from './input/find-files.js';
export { UsageError, ConfigError } from './cli/errors.js';
export { rules } from '../rules/index.js';
export type * from './types.js';
