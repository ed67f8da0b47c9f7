import type { Pattern } from '../../../src/kit/recognizer.js';

// Source: FDA "Health Fraud Scams" ("no side effects", "all natural" implying safety) [S34][S68];
// FDCA 502(n) / 21 CFR 202.1 fair balance: every drug has risks to state [S33]; DOMAIN.md 5.2.
export const SAFETY_PATTERNS: readonly Pattern[] = [
  // "no side effects", "zero side effects", "without the side effects", "free of side effects", "side-effect-free"
  { name: 'no-side-effects', regex: /\b(?:no|zero|without(?:\s+any)?(?:\s+the)?|free\s+(?:of|from))\s+(?:(?:known|negative|harmful|bad|nasty|serious|unwanted)\s+)?(?:side[\s-]effects?|adverse\s+(?:effects?|reactions?))\b|\bside[\s-]effects?[\s-]free\b/gi, score: 0.9 },
  // "zero risk", "a no-risk procedure", "with no risk"
  { name: 'no-risk', regex: /\bzero[\s-]risks?\b|\bno[\s-]risk\s+(?:procedure|treatment|surgery|solution|option)\b|\b(?:with|carries|has|there(?:'s|\s+is))\s+(?:absolutely\s+)?no\s+risks?\b(?!\s+of\s+(?:getting|catching))/gi, score: 0.85 },
  // "completely safe", "100% safe", "totally harmless"
  { name: 'safe', regex: /\b(?:completely|totally|perfectly|absolutely|entirely|always|100\s?%|100\s+percent)\s+(?:safe|harmless)\b/gi, score: 0.85 },
  // "all natural, so it's safe", "natural means safe", "safe because it's natural"
  { name: 'natural', regex: /\b(?:all[\s-]natural|100\s?%\s+natural|natural|plant[\s-]based|organic|herbal)\s*[,;]?\s*(?:so|which\s+means|means|=|and\s+therefore|therefore)\s+(?:(?:it'?s|it\s+is|they'?re|they\s+are)\s+)?(?:totally\s+|completely\s+)?(?:safe|harmless)\b|\bsafe\s+(?:because|since)\s+(?:it'?s|they'?re|it\s+is|they\s+are)\s+(?:all[\s-])?natural\b/gi, score: 0.9 },
];

// Source: [derived] "safe" about feelings and places, not a product: "feel completely safe",
// "a completely safe space to talk".
export const NOT_PRODUCT_SAFETY_AFTER = /^(?:space|spaces|environment|place|places|spot|zone|haven|to\s+(?:talk|share|ask|come|visit|bring|be))\b/;
export const NOT_PRODUCT_SAFETY_BEFORE = /\b(?:feel|feels|feeling|felt|stay|stays|keep|keeps|kept)$/;
// Source: [derived] hedged, population-level statements ("most people have no side effects") are
// not the absolute promise the FDA warns about.
export const HEDGE = /\b(?:most|many|some|majority|usually|often|typically|generally|rarely|few)\b/;
