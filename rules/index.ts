/**
 * The registry of built-in rules: one import line per rule folder.
 * test/rule-folders.test.ts fails when a folder under rules/ is missing here.
 */
import type { Rule } from '../src/types.js';
import phiSsn from './phi/ssn/rule.js';
import phiDate from './phi/date/rule.js';
import boundaryPersonalContact from './boundary/personal-contact/rule.js';
import boundaryIndividualAdvice from './boundary/individual-advice/rule.js';
import boundarySolicitsPhi from './boundary/solicits-phi/rule.js';
import boundaryDualRelationship from './boundary/dual-relationship/rule.js';
import accessibilityMissingAlt from './accessibility/missing-alt/rule.js';
import platformTooLong from './platform/too-long/rule.js';
import readabilityGradeLevel from './readability/grade-level/rule.js';

// Each rule has its own option type; the registry erases it, the engine passes validated options.
export const rules: readonly Rule<unknown>[] = [
  phiSsn,
  phiDate,
  boundaryPersonalContact,
  boundaryIndividualAdvice,
  boundarySolicitsPhi,
  boundaryDualRelationship,
  accessibilityMissingAlt,
  platformTooLong,
  readabilityGradeLevel,
];
