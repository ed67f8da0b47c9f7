import type { Pattern } from '../../../src/kit/recognizer.js';

// Source: FDA "Health Fraud Scams" red flags [S34]: "miracle cure", "scientific breakthrough",
// "secret ingredient", quick fixes ("lose 30 pounds in 30 days"), conspiracy claims ("what the
// drug companies don't want you to know"); DOMAIN.md section 5.2.
export const MIRACLE_PATTERNS: readonly Pattern[] = [
  { name: 'miracle', regex: /\bmiracles?\b|\bmiraculous(?:ly)?\b/gi, score: 0.8 },
  { name: 'breakthrough', regex: /\bbreakthroughs?\b/gi, score: 0.7 },
  { name: 'secret', regex: /\bsecret\s+(?:ingredients?|formulas?|remed(?:y|ies)|cures?|blends?|compounds?|potions?|protocols?|tricks?)\b/gi, score: 0.85 },
  { name: 'conspiracy', regex: /\b(?:what\s+)?(?:(?:your\s+)?doctors?|physicians?|dentists?|dermatologists?|(?:big\s+)?pharma|the\s+(?:drug|pharmaceutical)\s+(?:companies|industry)|drug\s+companies|the\s+medical\s+(?:industry|establishment))\s+(?:won['’]t|will\s+not|will\s+never|don['’]t|do\s+not|doesn['’]t|does\s+not|never)\s+(?:want\s+you\s+to\s+know|tell\s+you(?!\s+to\b))|\b(?:doctors|dermatologists|dentists)\s+hate\s+(?:this|him|her|it)\b|\bone\s+(?:weird|simple|strange)\s+trick\b|\b(?:what\s+)?they\s+(?:don['’]t|do\s+not)\s+want\s+you\s+to\s+know\b/gi, score: 0.9 },
  { name: 'quick-fix', regex: /\bquick[\s-]fix(?:es)?\b|\b(?:magic|wonder)\s+(?:pills?|bullets?|cures?|formulas?|potions?|drugs?)\b/gi, score: 0.8 },
  { name: 'quick-fix', regex: /\b(?:lose|drop|shed|melt\s+(?:away|off))\s+(?:up\s+to\s+)?\d+\+?\s*(?:lbs?|pounds|kg|kilos|inches|dress\s+sizes?)\s+in\s+(?:just\s+|only\s+)?(?:\d+|a|one|two|three|four|five|six|seven|ten|thirty)\s+(?:days?|weeks?|months?)\b/gi, score: 0.85 },
];

// Source: [derived] products and treatments a "miracle" or "breakthrough" is sold as.
export const PRODUCT = /\b(?:cures?|drugs?|pills?|creams?|serums?|peels?|treatments?|supplements?|products?|diets?|shots?|injections?|devices?|formulas?|powders?|teas?|gummies|drinks?|oils?|patch(?:es)?|lasers?|therap(?:y|ies)|procedures?|remed(?:y|ies)|tonics?|capsules?|vitamins?|detox|cleanse|juice|program|plan|solution|fix|ingredient|discovery|weight\s+loss|fat\s+burner|braces?|insoles?|socks|mattress|pillows?|apps?|bands?|wearables?|machines?|masks?|sprays?|drops|gels?|lotions?|shampoos?|balms?|tinctures?|extracts?|blends?|kits?|implants?|fillers?|botox)\b/i;
// Source: [derived] the life-and-birth sense: "the miracle of birth", "our little miracle".
export const LIFE_SENSE = /\b(?:bab(?:y|ies)|newborns?|nicu|birth|born|child|children|boy|girl|twins?|sons?|daughters?|grandbab(?:y|ies)|grandchild(?:ren)?|little\s+ones?|pregnan\w*|survivors?|family|life|christmas|holiday)\b/i;
// Source: [derived] proper names that contain the word: "Children's Miracle Network Hospitals", "Miracle League".
export const NAME_WORD = /^(?:network|hospitals?|foundation|league|walk|run|mile|miles|ball|gala|telethon|project|fund|kids|children['’]s|field|month|day|workers?|center|centre)$/i;
// Source: [derived] clinical terms and FDA programme names that use the word "breakthrough".
export const CLINICAL_BREAKTHROUGH = /^(?:bleeding|pain|infections?|cases?|seizures?|symptoms?|vomiting|nausea|covid|therapy\s+designation|device|devices|designation)\b/i;
export const HYPE = /\b(?:scientific|medical|revolutionary|amazing|incredible|huge|major|new|latest|stunning|miracle|game[\s-]changing)$/;
// Source: [derived] the fix is for a health problem: "a quick fix for back pain", not "a quick fix to the website".
export const HEALTH_CONTEXT = /\b(?:health|pain|weight|skin|acne|sleep|energy|anxiety|stress|diet|fat|belly|gut|joint|back|knee|hair|wrinkles?|cholesterol|blood|sugar|diabetes|fatigue|insomnia|heal\w*|symptoms?|lbs|pounds)s?\b/i;
