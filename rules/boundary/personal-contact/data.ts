import type { Pattern } from '../../../src/kit/recognizer.js';

// Source: FSMB 2012 guidelines [S17] (interact with patients only within the relationship and never
// on personal sites); ACP/FSMB 2013 [S19] (no personal-site contact, text only with consent);
// practitioner guidance [S67] (DMs are not a HIPAA-appropriate channel). Patterns [derived].
export const PERSONAL_CONTACT: readonly Pattern[] = [
  // "DM me", "message me anytime", "text me at", "WhatsApp me", "hit me up"
  {
    name: 'dm-me',
    regex: /\b(?:dm|pm|inbox|message|msg|text|whatsapp|snapchat|snap|hit)\s+me\b(?!\s+(?:know|out|in|a\s+break)\b)/gi,
    score: 0.8,
  },
  // "call me at 555-...", "call me anytime", "call me directly"
  {
    name: 'call-me',
    regex: /\b(?:call|ring|phone|email|e-mail)\s+me\s+(?:at|on|anytime|any\s+time|directly|tonight|after\s+hours|whenever|day\s+or\s+night|\(?\d)/gi,
    score: 0.8,
  },
  // "my personal cell", "my cell (555)", "my personal email/Instagram/page/profile/number"
  {
    name: 'my-personal',
    regex: /\bmy\s+(?:own\s+)?(?:personal\s+(?:cell|phone|mobile|number|line|email|e-mail|account|page|profile|instagram|insta|facebook|fb|snap(?:chat)?|whatsapp|tiktok|handle|dm|dms|inbox)|(?:cell|mobile|cellphone|cell\s+phone)(?:\s+(?:number|is|at))?|private\s+(?:number|line|email|account))\b/gi,
    score: 0.85,
  },
  // "add me on Facebook", "friend me", "follow my personal account"
  {
    name: 'add-me',
    regex: /\b(?:add|friend|follow)\s+me\s+(?:on|at)\s+(?:facebook|fb|instagram|insta|snap(?:chat)?|whatsapp|tiktok|x|twitter|linkedin)\b/gi,
    score: 0.8,
  },
];

/** Crisis and public lines: "text me" style wording around these is public-health advice. */
// Source: 988 Suicide & Crisis Lifeline; America's Poison Centers (1-800-222-1222); 911.
export const PUBLIC_LINES: RegExp = /\b(?:988|911|crisis\s+line|lifeline|1-800-222-1222|poison\s+control)\b/i;
