import type { Pattern } from '../../../src/kit/recognizer.js';

// Source: FSMB 2012 [S17] (no personal or sexual relationships with patients through digital media);
// ACP/FSMB 2013 [S19] (do not "friend" patients); ANA/NCSBN [S20] (online contact with patients blurs
// boundaries); DOMAIN.md 4.2 (gifts, favours, selling personal products). Patterns [derived].

const PATIENT = String.raw`(?:(?:one\s+of\s+)?my\s+(?:patients?|clients?|patients?'\s+(?:moms?|dads?|parents?))|a\s+(?:patient|client)|(?:whichever|the)\s+(?:patient|client))`;

export const DUAL: readonly Pattern[] = [
  // "accepted a friend request from one of my patients", "friend my patients"
  {
    name: 'friending',
    regex: new RegExp(String.raw`\b(?:friend\s+requests?\s+from|friended|friending|dating|dated|hooked\s+up\s+with|went\s+out\s+with)\s+${PATIENT}`, 'gi'),
    score: 0.85,
  },
  // "my patient and friend", "clients become real-life friends", "therapy friends"
  {
    name: 'patient-friend',
    regex: /\b(?:(?:patients?|clients?)\s+(?:and|&|turned|become|becoming|became)\s+(?:real[-\s]life\s+|close\s+|good\s+)?(?:friends?|buddies|bff)|(?:therapy|patient|client)\s+friends?)\b/gi,
    score: 0.8,
  },
  // "ran into one of my clients ... grabbing drinks", "hung out with my patient"
  {
    name: 'socialising',
    regex: new RegExp(String.raw`\b(?:ran\s+into|hung\s+out\s+with|hang(?:ing)?\s+out\s+with|partied\s+with|had\s+drinks\s+with|grabbed\s+\w+\s+with)\s+${PATIENT}\b(?=[^.!?\n]{0,80}\b(?:drinks?|smoothies?|coffee|dinner|lunch|beers?|party|hang(?:ing)?\s+out|grabbing|friends?)\b)`, 'gi'),
    score: 0.75,
  },
  // "bring another dozen and I'll bump you to the top of the schedule": a favour for a gift.
  {
    name: 'favour-for-gift',
    regex: /\b(?:bring|send|gift|get)\s+(?:me\s+)?[^.!?\n]{0,40}?\b(?:and|&)\s+i(?:'ll|\s+will)\s+(?:bump|move|squeeze|fit|put|get|slide|sneak)\s+you\b/gi,
    score: 0.8,
  },
  // "at my place this weekend, cash only": treatment outside the practice.
  {
    name: 'off-the-books',
    regex: /\b(?:at\s+my\s+(?:place|house|home|apartment)|off\s+the\s+books|under\s+the\s+table)\b(?=[^\n]{0,60}\bcash\b)|\bcash\s+only\b(?=[^\n]{0,60}\bat\s+my\s+(?:place|house|home)\b)/gi,
    score: 0.8,
  },
  // "send me a friend request!" to patients or clients on a personal page
  {
    name: 'friend-request',
    regex: /\b(?:send|shoot|drop)\s+me\s+(?:a\s+)?friend\s+requests?\b/gi,
    score: 0.8,
  },
  // "grab drinks sometime outside of therapy": a social invitation framed against the care relationship
  {
    name: 'social-invite',
    regex: /\b(?:grab|get|go\s+for|meet\s+(?:up\s+)?for|hang\s+out)\s+(?:(?:some\s+)?drinks?|a\s+drink|coffee|dinner|lunch|beers?|a\s+beer)?\b[^.!?\n]{0,40}?\b(?:outside\s+(?:of\s+)?|after\s+)(?:(?:your|our|the)\s+)?(?:therapy|sessions?|the\s+clinic|the\s+office|appointments?|treatment|visits?)\b/gi,
    score: 0.75,
  },
  // "add me!" after a personal page, "my personal page is ..., add me": inviting patients to personal sites.
  {
    name: 'personal-page',
    regex: /\b(?:connect|add\s+me|friend\s+me|follow\s+me)\b[^.!?\n]{0,60}\bmy\s+personal\s+(?:page|profile|account|facebook|instagram)\b|\bmy\s+personal\s+(?:page|profile|account)\b[^.!?\n]{0,80}\b(?:add|friend|follow)\s+me\b/gi,
    score: 0.8,
  },
];
