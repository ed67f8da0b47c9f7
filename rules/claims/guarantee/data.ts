import type { Pattern } from '../../../src/kit/recognizer.js';

// Source: FDA "Health Fraud Scams" ("guaranteed results", money-back guarantees) [S34][S68]; FTC Health
// Products Compliance Guidance (efficacy claims need competent and reliable evidence) [S30]; DOMAIN.md 5.2.
export const GUARANTEE_PATTERNS: readonly Pattern[] = [
  // "guaranteed results", "GUARANTEED", "guarantees you'll stop snoring", "money-back guarantee"
  { name: 'guarantee', regex: /\bguarant(?:ee[sd]?|eeing)\b/gi, score: 0.8 },
  // "100% effective", "100% success rate", "works 100% of the time", "works for everyone"
  { name: 'certain', regex: /\b100\s?(?:%|percent\b)\s*(?:effective|success(?:ful)?(?:\s+rate)?|results?|cure\s+rate|of\s+the\s+time)\b|\bworks\s+(?:for\s+everyone|every\s+(?:single\s+)?time)\b/gi, score: 0.9 },
  // "permanent results", "results are permanent"
  { name: 'permanent', regex: /\bpermanent(?:ly)?\s+(?:results?|relief|cure|fix|solution|weight\s+loss|pain\s+relief)\b|\bresults\s+(?:are|that\s+are)\s+permanent\b/gi, score: 0.85 },
  // "risk-free", "or your money back", "money-back"
  { name: 'risk-free', regex: /\brisk[\s-]free\b|\bor\s+your\s+money\s+back\b|\bmoney[\s-]back\b/gi, score: 0.85 },
];

// Source: [derived] what a guarantee promises when it is about a service, not a health outcome
// (DOMAIN.md 5.2 trap: "guaranteed same-day appointment").
export const SERVICE = /\b(?:appointments?|same[\s-]day|next[\s-]day|seen|call\s*backs?|callbacks?|responses?|reply|replies|waits?|waiting|prices?|pricing|rates?|quotes?|coverage|issue|renewable|approval|acceptance|privacy|confidential(?:ity)?|parking|delivery|shipping|spots?|seats?|availability|access|satisfaction|minutes|hours|slots?|openings?|interpreters?|translation|in-network|benefits|refills?|lowest|cancellation|booking|rescheduling|rights?|laws?|legal|protections?|records|beds?|rooms?)\b/i;

// Source: [derived] health outcomes that make a guarantee a claim even beside a service word
// ("relief guaranteed within hours").
export const OUTCOME = /\b(?:results?|relief|cure[sd]?|heal\w*|weight|pounds|lbs|pain|works?|success|fix(?:ed)?|skin|stop|effective|recovery|improve\w*|lose|gone)\b/i;
