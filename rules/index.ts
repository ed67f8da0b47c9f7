/**
 * The registry of built-in rules: one import line per rule folder.
 * test/rule-folders.test.ts fails when a folder under rules/ is missing here.
 */
import type { Rule } from '../src/types.js';
import phiSsn from './phi/ssn/rule.js';
import phiDate from './phi/date/rule.js';
import phiAgeOver89 from './phi/age-over-89/rule.js';
import phiGeo from './phi/geo/rule.js';
import phiUniqueCharacteristic from './phi/unique-characteristic/rule.js';
import phiContact from './phi/contact/rule.js';
import phiRecordNumber from './phi/record-number/rule.js';
import phiVehicleDevice from './phi/vehicle-device/rule.js';
import phiUrlIp from './phi/url-ip/rule.js';
import phiPhotoBiometric from './phi/photo-biometric/rule.js';
import phiPatientName from './phi/patient-name/rule.js';
import phiPatientConfirmation from './phi/patient-confirmation/rule.js';
import boundaryPersonalContact from './boundary/personal-contact/rule.js';
import boundaryIndividualAdvice from './boundary/individual-advice/rule.js';
import boundarySolicitsPhi from './boundary/solicits-phi/rule.js';
import boundaryDualRelationship from './boundary/dual-relationship/rule.js';
import accessibilityMissingAlt from './accessibility/missing-alt/rule.js';
import platformTooLong from './platform/too-long/rule.js';
import readabilityGradeLevel from './readability/grade-level/rule.js';
import professionalismStigmatizingLanguage from './professionalism/stigmatizing-language/rule.js';
import professionalismProfanity from './professionalism/profanity/rule.js';
import professionalismDerogatoryPatient from './professionalism/derogatory-patient/rule.js';
import disclosureMissing from './disclosure/missing/rule.js';
import disclosurePlacement from './disclosure/placement/rule.js';
import citationMissingSource from './citation/missing-source/rule.js';
import citationNonCredibleSource from './citation/non-credible-source/rule.js';
import claimsCure from './claims/cure/rule.js';
import claimsGuarantee from './claims/guarantee/rule.js';
import claimsNoSideEffects from './claims/no-side-effects/rule.js';
import claimsMiracle from './claims/miracle/rule.js';

// Each rule has its own option type; the registry erases it, the engine passes validated options.
export const rules: readonly Rule<unknown>[] = [
  phiSsn,
  phiDate,
  phiAgeOver89,
  phiGeo,
  phiUniqueCharacteristic,
  phiContact,
  phiRecordNumber,
  phiVehicleDevice,
  phiUrlIp,
  phiPhotoBiometric,
  phiPatientName,
  phiPatientConfirmation,
  boundaryPersonalContact,
  boundaryIndividualAdvice,
  boundarySolicitsPhi,
  boundaryDualRelationship,
  accessibilityMissingAlt,
  platformTooLong,
  readabilityGradeLevel,
  professionalismStigmatizingLanguage,
  professionalismProfanity,
  professionalismDerogatoryPatient,
  disclosureMissing,
  disclosurePlacement,
  citationMissingSource,
  citationNonCredibleSource,
  claimsCure,
  claimsGuarantee,
  claimsNoSideEffects,
  claimsMiracle,
];
