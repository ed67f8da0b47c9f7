import type { Pattern } from '../../../src/kit/recognizer.js';
import { CONDITIONS, lexiconPattern } from '../../../src/kit/lexicon/conditions.js';

// Source: FDA "Health Fraud Scams" [S34] (cure-alls, "it cured my diabetes", "eliminates skin cancer");
// FDA/FTC COVID-19 warning letters on "prevent, treat or cure" claims [S35]; DOMAIN.md section 5.2.
export const CURE_PATTERNS: readonly Pattern[] = [
  // "cures fatty liver", "cured my bloating", "heals eczema", "reverses diabetes", "eliminates acne"
  { name: 'verb', regex: /\b(?:cure[sd]?|curing|heal(?:s|ed|ing)?|revers(?:e|es|ed|ing)|eliminat(?:e|es|ed|ing)|eradicat(?:e|es|ed|ing))\b/gi, score: 0.8 },
  // "the cure for acne", "a natural cure for anxiety"
  { name: 'noun', regex: /\bcures?(?=\s+for\b)/gi, score: 0.85 },
  // "cure-all"
  { name: 'cure-all', regex: /\bcure[\s-]alls?\b/gi, score: 0.95 },
];

/** Diseases and conditions a cure claim is about (shared lexicon). */
export const CONDITION: RegExp = new RegExp(lexiconPattern(CONDITIONS), 'i');

// Source: [derived] who is cured: "this cured me", "it will cure you".
export const PERSON_OBJECT = /^(?:me|you|him|her|them|us|people|patients)\b/;

// Source: [derived] research and fundraising talk about cures still to come ("help us find a cure",
// "dedicated to curing childhood cancer"), and public-health elimination goals (WHO's "eliminate
// cervical cancer as a public health problem").
export const SEEKING = /\b(?:find(?:ing)?|search(?:ing)?|seek(?:ing)?|hop(?:e|es|ed|ing)|toward|towards|closer|fund(?:s|ing)?|research(?:ers|ing)?|race|until|someday|one\s+day|work(?:s|ing)?\s+(?:to|toward)|mission|goal|aim(?:s|ing)?|quest|dedicated|committed|striv(?:e|ing)|fight(?:ing)?|efforts?|develop(?:ing)?|discover(?:ing)?|pursu\w+|day\s+when|help)\b/;
export const PUBLIC_HEALTH_GOAL = /\bas\s+a\s+public[\s-]health\s+(?:problem|threat)|\b(?:by|in|since)\s+(?:19|20)\d\d\b|\b(?:from|in)\s+(?:the\s+)?(?:U\.?S\.?|United\s+States|country|world|county|state|region|Americas)\b|\b(?:worldwide|globally|nationwide)\b/i;

// Source: [derived] curing of food and materials: "cured ham", "UV-cured gel", "concrete curing".
export const NOT_MEDICAL = /^(?:meats?|ham|bacon|salmon|pork|beef|salami|sausages?|olives?|fish|eggs?|yolks?|cheese|tobacco|concrete|resin|epoxy|paint|ink|adhesive|glue|coatings?|rubber|polymers?|gel|lacquer|time)\b/;
export const MATERIAL_PREFIX = /(?:salt|dry|sugar|smoke|uv|heat|air|light)-$/i;
