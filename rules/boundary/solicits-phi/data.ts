// Source: no regulation text (DOMAIN.md 4.1, [derived]): any answer the organisation gives can
// confirm patient status and add PHI (OCR review-reply cases [S6]-[S9]), and professional guidance
// keeps individual care out of public channels [S17][S19].

/** Verbs that ask the audience to publish something in the thread or send it to a personal DM. */
export const SOLICIT_VERB = String.raw`(?:comment|drop|post|share|reply\s+with|tell\s+(?:us|me)(?:\s+about)?|list|show\s+(?:us|me)|upload|stitch\s+(?:this|me)\s+with|duet\s+(?:this|me)\s+with|dm\s+me|send\s+me|message\s+me|tag\s+(?:us|me)\s+(?:in|with))`;

/** Personal health details: what a comment or DM would disclose. */
export const HEALTH_DETAIL = String.raw`(?:meds|medications?|prescriptions?|rx|diagnos[ie]s|symptoms?|conditions?|labs?|lab\s+(?:results|values|work|numbers)|bloodwork|blood\s+work|test\s+results|a1c|ldl|cholesterol|blood\s+(?:sugar|pressure)|glucose|numbers|readings|scans?|x-rays?|mri|rash(?:es)?|moles?|wounds?|scars?|vaccine\s+cards?|vaccination\s+cards?|records|med\s+history|medical\s+history|health\s+history|due\s+dates?|date\s+of\s+birth|dob|insurance|dose|dosage|weight|bmi|surgery|injur(?:y|ies)|pain)`;

/** "your", "your baby's", "a photo of your", "all your current", "whatever symptoms you're having". */
const OWNER = String.raw`(?:(?:a\s+)?(?:photo|pic|picture|close-?up|video|screenshot)s?\s+of\s+)?(?:(?:your|ur|their|all\s+(?:of\s+)?your|all\s+the)\s+(?:(?:baby|child|kid|son|daughter|toddler)(?:'s|s'|s)?\s+)?(?:[\w'-]+\s+){0,2}|whatever\s+)`;

/** Weaker nouns ("your AMH level", "your cell counts") count only when the answer goes in the thread. */
const WEAK_DETAIL = String.raw`(?:levels?|counts?|values|readings)`;
const IN_PUBLIC = String.raw`(?:in\s+the\s+comments|in\s+the\s+replies|below|down\s+below|here|👇)`;

/** "Drop your AMH level ... in the comments below". */
export const SOLICIT_WEAK: RegExp = new RegExp(String.raw`\b${SOLICIT_VERB}\s+${OWNER}${WEAK_DETAIL}\b[^.!?\n]{0,60}?${IN_PUBLIC}`, 'gi');

/** "Please don't post your medication list here": a request not to share is the right advice. */
export const NEGATED_BEFORE: RegExp = /\b(?:don'?t|do\s+not|never|please\s+don'?t|no\s+need\s+to|avoid|not\s+to|please\s+do\s+not)\s+(?:\w+\s+){0,1}$/i;

/** The solicitation itself: verb, then the owner's health detail within a few words. */
export const SOLICIT: RegExp = new RegExp(String.raw`\b${SOLICIT_VERB}\s+(?:[\w'-]+\s+){0,2}?${OWNER}${HEALTH_DETAIL}\b`, 'gi');

/**
 * "Comment below and I'll tell you which ones...": a request for replies tied to a promise of
 * individual answers, even when the health detail itself is not named.
 */
export const SOLICIT_WITH_PROMISE: RegExp = new RegExp(String.raw`\b${SOLICIT_VERB}\b[^.!?\n]{0,80}?\b(?:and|&)\s+(?:i|we)(?:'ll|\s+will|\s+can)\s+(?:tell|let)\s+you\s+(?:know\s+)?(?:what|which|if|whether|how)\b`, 'gi');

/** Secure or private channels make the request fine: "share your symptoms in the patient portal". */
export const SECURE_CHANNEL: RegExp = /\b(?:patient\s+portal|portal|secure\s+(?:form|link|message|survey)|privately\s+through|mychart|call\s+(?:our|the)\s+office)\b/i;
