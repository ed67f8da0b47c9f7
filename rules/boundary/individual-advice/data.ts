import type { Pattern } from '../../../src/kit/recognizer.js';

// Source: ACP/FSMB 2013 [S19] (careful judgment before giving medical advice electronically to
// someone without a relationship); boards discipline online prescribing without a relationship
// [S18]; DOMAIN.md 4.2 checks and traps. Patterns [derived].

/** Dose units, so "take 800 mg" or "75 mcg every morning" reads as a dosing instruction. */
const DOSE = String.raw`\d+(?:\.\d+)?\s?(?:mg|mcg|µg|g|ml|mL|units?|iu|tablets?|tabs?|pills?|capsules?|caps|puffs?|drops?)\b`;

export const ADVICE: readonly Pattern[] = [
  // "take 800 mg ibuprofen", "start cipro 500 mg", "keep taking the 75 mcg", "2 tablets 3x a day"
  {
    name: 'dose-directive',
    regex: new RegExp(String.raw`\b(?:take|taking|start|started|try|use|give(?:\s+(?:him|her|them))?|up|increase|decrease|lower|raise)\s+(?:(?:the|your|an?|some|another|extra)\s+)?(?:[A-Za-z][\w-]*,?\s+){0,4}${DOSE}`, 'gi'),
    score: 0.8,
  },
  {
    name: 'dose-change',
    regex: /\b(?:double|halve|triple|skip|stop|cut|increase|decrease|lower|raise|up)\s+(?:your|his|her|the)\s+(?:dose|dosage|meds?|medications?|insulin|pills?|prescription|inhaler)\b/gi,
    score: 0.8,
  },
  // "you should stop taking", "you don't need antibiotics", "you need a root canal"
  {
    name: 'you-should',
    regex: /\byou\s+(?:should(?:n't|\s+not)?|need\s+to|must|have\s+to|don'?t\s+need|do\s+not\s+need|need)\s+(?:(?:to\s+)?(?:stop|start|take|quit|double|switch|come\s+off|go\s+off|wean|skip)\b|(?:an?\s+|any\s+|more\s+)?(?:antibiotics?|statins?|surgery|steroids?|insulin|meds|medication|stitches|a\s+root\s+canal|an?\s+mri|x-rays?)\b)/gi,
    score: 0.7,
  },
  // "sounds like shingles", "that's almost certainly a kidney infection", "it probably needs a root canal"
  {
    name: 'diagnosis',
    regex: /\b(?:(?:it\s+|this\s+|that\s+)?sounds\s+(?:a\s+lot\s+)?like\s+(?:you\s+have\s+|you've\s+got\s+|textbook\s+|classic\s+|an?\s+)?|(?:that|this|it)(?:'s|\s+is)\s+(?:almost\s+certainly|definitely|probably|likely|clearly|most\s+likely|classic|textbook)\s+|you\s+(?:probably|definitely|likely|clearly)\s+have\s+|(?:it|that|this)\s+(?:probably|definitely|likely)\s+needs\s+)(?<dx>[a-z][\w-]*(?:\s+[\w-]+){0,2})/gi,
    score: 0.75,
  },
  // "Ask your GP about lamotrigine": naming a specific drug for this person.
  {
    name: 'ask-about-drug',
    regex: /\bask\s+(?:your|ur)\s+(?:gp|doctor|doc|pcp|provider|pharmacist|psychiatrist|dentist)\s+(?:about|for)\s+(?<drug>[a-z]+(?:ine|ol|pril|sartan|statin|mab|cillin|mycin|floxacin|azole|pam|lam|done|pine|tide|gliptin|flozin|prazole|xetine|triptan|vir))\b/gi,
    score: 0.75,
  },
];

/** Words after "sounds like" that are not a diagnosis ("sounds like a plan", "sounds like fun"). */
// A phrase starting with one of these describes a situation, not a condition [derived].
export const NOT_DX_FIRST: ReadonlySet<string> = new Set([
  'a', 'fun', 'plan', 'great', 'good', 'you', 'we', 'it', 'lot', 'the', 'your', 'our', 'my', 'me',
  'something', 'someone', 'music', 'home', 'hard', 'tough', 'fine', 'nothing', 'frustrating', 'rough',
  'scary', 'stressful', 'long', 'busy', 'lovely', 'wonderful', 'amazing', 'awful', 'terrible', 'fair',
]);

/** A phrase containing one of these is about the week, not the body ("sounds like a rough week"). */
export const NOT_DX_ANY: ReadonlySet<string> = new Set([
  'week', 'day', 'days', 'night', 'time', 'experience', 'idea', 'situation', 'nightmare', 'challenge',
  'win', 'progress', 'success', 'journey', 'mistake', 'misunderstanding', 'miscommunication', 'team',
  'visit', 'plan', 'deal', 'party', 'trip', 'morning', 'weekend',
]);

/** Emergency advice is allowed ("If you have chest pain, call 911"). */
export const EMERGENCY: RegExp = /\b(?:911|988|emergency|er\b|urgent\s+care|poison\s+control)/i;
