/** Whose identifier it is: a person (patient, relative, employer), the organisation, or the author. */
export type Owner = 'person' | 'org' | 'self' | 'unknown';

export interface OwnerCue {
  /**
   * 'possessive' resolves from the `p` group: my -> self, our -> org, anyone else's -> person.
   * 'named' ("call Maria at") resolves from the `n` group and the post: a patient's or a staff member's.
   */
  readonly owner: Owner | 'possessive' | 'named';
  /** Global regex, run on the words just before the identifier. */
  readonly regex: RegExp;
}

// Accented Latin letters (U+00C0-U+024F, minus the multiplication and division signs) for names like "José's".
const LATIN = String.raw`\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F`;
// Words that may sit between a possessive and the contact noun ("our 24/7 nurse line", "her usual home IP").
const FILLER = String.raw`(?:(?:personal|own|home|work|cell|mobile|main|direct|private|usual|new|old|best|preferred|daytime|evening|e-?mail|phone|fax|contact|24\/7|after-hours|office|nurse|scheduling|billing|appointment|refill|pharmacy|general|toll-free|public|social|media|instagram|facebook|tiktok|fundraiser|fundraising)\s+){0,3}`;
const NOUN = String.raw`(?:cell(?:\s*phone)?|phone(?:\s+number)?|number|line|mobile|fax|e-?fax|e-?mail(?:\s+address)?|address|contact|voicemail|inbox|home|work|ip|page|profile|account|handle|site|website|blog|journal|journey|story|updates|fundraiser)`;

/** Capitalised words after "call" that name a desk or a time, not a person: "Call Scheduling at". */
// Source: [derived] common clinic department names and time words.
export const NOT_A_CALLEE = /^(?:today|now|anytime|tomorrow|tonight|scheduling|billing|reception|registration|intake|admissions|pharmacy|support|records|triage|security|radiology|imaging|oncology|cardiology|pediatrics|nursing|dispatch|member|customer|patient|central|main|toll)$/i;

// Source: [derived] from how posts introduce a number: DOMAIN.md 1.6 (the organisation's own
// numbers and e-mails are not PHI; a relative's or employer's are, 45 CFR 164.514(b)(2)(i));
// the clinician's own channel is a boundary matter (corpus LABELING "whose identifier").
// Order is priority when two cues end at the same place; otherwise the nearest cue wins.
export const OWNER_CUES: readonly OwnerCue[] = [
  // Latin letters spelled out: the `u` flag (for \p{L}) makes this regex several times slower with `i`.
  { owner: 'possessive', regex: new RegExp(String.raw`(?<t>\b(?:Dr|Doctor|Nurse|Coach|Prof|Professor)\.?\s+(?:[A-Z${LATIN}][a-z${LATIN}-]*\s+)?)?\b(?<p>my|our|your|his|her|their|[a-z${LATIN}][a-z${LATIN}-]*['’]s)\s+${FILLER}${NOUN}\b`, 'gi') },
  // "Our care team would love to help; you can reach them at": the reader calling staff back.
  { owner: 'org', regex: /\b(?:team|office|staff|department|desk|coordinator|advocate|nurses?|doctors?|navigator|specialists?|manager)\b[^.!?\n]{0,60}\byou\s+(?:can\s+|may\s+|could\s+|should\s+)?(?:call|reach|contact|text|e-?mail|message)\s+(?:them|him|her)\b/gi },
  // "call Maria at", "text Dev Patel on": whose depends on who Maria is (owner.ts).
  { owner: 'named', regex: /\b(?:[Cc]all|[Tt]ext|[Pp]hone|[Rr]ing|[Rr]each|[Cc]ontact|[Mm]essage|[Ee]-?mail)\s+(?<n>[A-Z][a-z]+)(?:\s+[A-Z][a-z]+)?\s+(?:at|on)\s*$/g },
  // The detail a message went to: "the form was sent to", "we faxed it to her HR at", "emailed the link to".
  { owner: 'person', regex: /\b(?:sent|sending|e-?mailed|texted|faxed|mailed|forwarded|delivered|went|routed)\b(?:(?!\b(?:call|text|reach|contact|us|our|we|office|clinic|team|desk|line|me|my|myself)\b)[^.!?;\n]){0,40}?\b(?:to|at)\s*$/gi },
  // The organisation reaching out to the person: "we'll call you at", "will follow up at".
  { owner: 'person', regex: /\b(?:call(?:ed|ing)?|text(?:ed|ing)?|phon(?:e|ed)|tr(?:y|ied|ying)|r(?:ing|ang)|dial(?:ed)?|reach(?:ed)?|contact(?:ed)?|e-?mail(?:ed)?|fax(?:ed)?|messag(?:e|ed)|ping(?:ed)?|sen[dt]|mail(?:ed)?|follow(?:ed|ing)?[\s-]+up(?:\s+with)?|get\s+back\s+to|write\s+to|wrote\s+to)\s+(?:you|him|her|them)\b/gi },
  { owner: 'person', regex: /\bfollow(?:s|ed|ing)?[\s-]+up\s+(?:at|via|by)\b/gi },
  { owner: 'person', regex: /\b(?:voice\s*mails?|left\s+(?:a\s+|two\s+|several\s+)?(?:messages?|msgs?|vms?)|on\s+file|home\s+(?:phone|number|fax|line|e-?mail|address|ip)|work\s+(?:phone|number|line|fax|e-?mail)|cell(?:\s*phone)?|mobile|emergency\s+contact|next\s+of\s+kin)\b/gi },
  { owner: 'person', regex: /\b(?:daughter|son|wife|husband|mom|mum|mother|dad|father|parents?|sister|brother|grand(?:ma|pa|mother|father|son|daughter)|spouse|caregiver|guardian|employer|boss|niece|nephew|aunt|uncle)\b/gi },
  // Lower-case only: "Family Clinic" in a name is the organisation.
  { owner: 'person', regex: /\b(?:family|families|relatives?|loved\s+ones?|household)\b/g },
  { owner: 'person', regex: /\b(?:checked|logged|signed)\s+in\b|\b(?:e-?mailed|texted|called|messaged|wrote\s+to)\s+us\s+from\b/gi },
  { owner: 'self', regex: /\b(?:me|my|mine)\b|\bI\b/gi },
  // "our patient Leo" is about the patient, not the organisation's own contact.
  { owner: 'org', regex: /\b(?:our|ours|us|we(?:['’](?:re|ll|ve|d))?)\b(?!\s+(?:(?:brave|own|former|little|amazing|youngest|oldest)\s+)?(?:patients?|clients?|customers?|residents?|members?|guests?|friends?|neighbou?rs?|community|heroes|hero|warriors?|families|family)\b(?!\s+(?:portal|advocate|services|care|experience|safety|line|relations|navigator|app|website|parking|lounge|education|financial|center|centre)\b))/gi },
  { owner: 'org', regex: /\b(?:office|clinic|practice|pharmacy|front\s+desk|reception|team|department|dept|hotline|helpline|line|main\s+number|switchboard|scheduling|appointments?|billing|desk|hours|cent(?:er|re)|coordinator|manager|advocate|services|server|router|gateway|firewall|network|vpn|dns|website|nurse|advice|triage|after[- ]hours|support|intake|admissions|referrals?|registration|shuttle|records\s+requests?)\b/gi },
  // An invitation to the reader to get in touch: "Call (555) ...", "Questions? ...", "pay by phone at".
  { owner: 'org', regex: /\b(?:call|text|dial|phone|ring|reach|contact|e-?mail|fax|book|schedule|questions?|info|information|visit|available|welcome|rsvp|register|sign\s+up|pay|order|refills?|reservations?|inquiries|enquiries|learn\s+more|details)\b/gi },
];
