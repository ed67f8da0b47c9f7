// Source: 45 CFR 164.514(b)(2)(i)(N) web URLs and (O) IP address numbers; HHS de-identification
// guidance (a URL or handle that leads to the person identifies them). Lists below [derived].

/** Crowdfunding, care-journal and meal-train sites: a page there is about one person. */
// Source: [derived] the major US patient fundraising and care-update platforms.
export const PERSONAL_PAGE_HOSTS: readonly string[] = [
  'gofundme', 'caringbridge', 'carepages', 'givesendgo', 'fundly', 'fundrazr', 'gogetfunding', 'spotfund',
  'youcaring', 'giveforward', 'mealtrain', 'lotsahelpinghands', 'helphopelive', 'plumfund', 'justgiving',
  'crowdrise', 'takethemameal', 'sympathy', 'everloved', 'legacy', 'tributes',
];

/** Social networks: a profile path there is a person's (or a brand's) handle. */
// Source: [derived] platforms of CONTRACT section 2 plus common profile hosts.
export const SOCIAL_HOSTS: readonly string[] = [
  'facebook', 'fb', 'instagram', 'tiktok', 'twitter', 'x', 'linkedin', 'youtube', 'threads', 'bsky', 'snapchat',
  'pinterest', 'reddit', 'medium', 'substack', 'venmo', 'cash', 'paypal', 'linktr',
];

/** Public-health and reference sites: sources, never a patient's page. */
// Source: DOMAIN.md 2 (credible health sources) [S52][S53]; agency top-level domains.
export const AGENCY_TLDS = /\.(?:gov|mil|edu|int)$|(?:^|\.)(?:who\.int|doi\.org|ncbi\.nlm\.nih\.gov|pubmed\.gov|heart\.org|cancer\.org|aad\.org|uspreventiveservicestaskforce\.org|mayoclinic\.org|clevelandclinic\.org|ama-assn\.org|ada\.org|aap\.org|acog\.org|redcross\.org)$/i;

/** Path segments of an organisation's own pages (staff bios, blog, events): not a patient's URL. */
export const ORG_PATH = /\/(?:team|staff|providers?|doctors?|physicians?|about|bios?|careers|jobs|events?|news|blog|locations?|services?|giving|donate|foundation)(?:\/|$)/i;

/** Words that are capitalised in posts but are not people's names, so a URL slug holding them says nothing. */
// Source: [derived] weekdays, months and the care vocabulary that posts capitalise.
export const NOT_NAMES: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'health', 'care', 'clinic',
  'hospital', 'center', 'centre', 'medical', 'family', 'pediatrics', 'dental', 'pharmacy', 'team', 'foundation',
  'cancer', 'heart', 'strong', 'fight', 'warrior', 'awareness', 'month', 'day', 'week', 'covid', 'flu',
]);

// Source: FTC Endorsement Guides [S27] and Disclosures 101 [S28] (how paid partnerships are worded) [derived].
/** Brand and sponsor mentions: "partnership with @brand", "thanks to @brand". */
export const BRAND_BEFORE = /\b(?:with|by|from|thanks(?:\s+to)?|courtesy\s+of|on|using|try|tried|sent\s+me|gifted|x|×)\s*$/i;
export const BRAND_AFTER = /^\s*(?:sent|gifted|gave|sponsor(?:s|ed)?|partnered)\b|\b(?:promo|discount)?\s*code\s+[A-Z0-9]{3,}\b|\d+\s*%\s*off\b/i;
export const SPONSORED = /#(?:ad|sponsored|partner)\b|\bpaid\s+partnership\b|\bsponsored\s+by\b/i;
/** "show her some love: @x", "follow his journey at": a pronoun pointing at the person just before. */
export const PRONOUN_BEFORE = /\b(?:her|him|his|them|their)\b[^.!?\n]{0,40}$/i;

// Source: corpus LABELING (a provider naming someone as its patient discloses health information) [derived].
/** Praise aimed at the handle: "Shoutout to @x", "so proud of @x", "congrats to @x". */
export const PRAISE_BEFORE = /\b(?:shout-?\s?outs?|congrat\w*|kudos|proud\s+of|cheers\s+to|hats\s+off\s+to|celebrat\w*|welcome\s+home|high\s+fives?|way\s+to\s+go|here['’]s\s+to|sending\s+(?:love|hugs|prayers)|prayers\s+for|thinking\s+of)\b[^.!?\n]{0,24}$/i;
/** ... followed by the end of their care: "who finished chemo", "on ringing the bell", "who went home from our NICU". */
export const CARE_MILESTONE_AFTER = /^[\s,]*(?:who|for|on)\s+(?:just\s+|finally\s+|officially\s+)?(?:finish|complet|beat|r[ai]ng|went\s+home|go(?:es|ing)\s+home|discharg|graduat|celebrat|surviv|made\s+it|wrapp)\w*\b[^.!?\n]{0,40}?\b(?:chemo\w*|radiation|treatments?|rehab\w*|therapy|nicu|icu|transplant|surgery|recovery|cancer|infusions?|dialysis|bell|remission|hospital|unit|ward|sessions?|rounds?|cycles?)\b/i;
/** The handle is someone serving patients: "@x who brought the patients cookies", "@x for donating". */
export const HELPER_AFTER = /^[\s,]*(?:who|for)\s+(?:\w+\s+){0,2}?(?:brought|bringing|donat\w*|gave|giving|sent(?!\s+home)|sending|made(?!\s+it)|making|cared\s+for|caring\s+for|help(?:ed|ing)|treat(?:ed|ing)|serv(?:ed|ing)|host(?:ed|ing)|organi[sz](?:ed|ing)|volunteer(?:ed|ing)|sponsor(?:ed|ing)|deliver(?:ed|ing)|rais(?:ed|ing)|support(?:ed|ing)|cook(?:ed|ing))\b/i;

/** IPv4 ranges that never point at one person's connection (RFC 6890 special-purpose, RFC 1918 private). */
// Source: RFC 6890, RFC 1918, RFC 6598; the documentation ranges of RFC 5737 stay flagged because
// drafts use them as stand-ins for real addresses. Public resolvers: Google, Cloudflare, Quad9, OpenDNS.
export const NON_PERSONAL_V4: readonly ((o: readonly number[]) => boolean)[] = [
  (o) => o[0] === 0 || o[0] === 10 || o[0] === 127 || o[0]! >= 224,
  (o) => o[0] === 169 && o[1] === 254,
  (o) => o[0] === 172 && o[1]! >= 16 && o[1]! <= 31,
  (o) => o[0] === 192 && o[1] === 168,
  (o) => o[0] === 100 && o[1]! >= 64 && o[1]! <= 127,
];
export const PUBLIC_RESOLVERS: ReadonlySet<string> = new Set([
  '8.8.8.8', '8.8.4.4', '1.1.1.1', '1.0.0.1', '9.9.9.9', '149.112.112.112', '208.67.222.222', '208.67.220.220',
]);
export const VERSION_BEFORE = /\b(?:v|ver|version|build|release|firmware|update)\.?\s*$/i;

export const IPV4 = /(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\w]|\.\d)/g;
// Source: RFC 791 dotted-quad and RFC 4291 text forms; handles as the platforms spell them [derived].
export const IPV4_HINT = /\d\.\d/;
// Every IPv6 candidate below has two colons at most four hex digits apart; one quick scan finds them.
export const IPV6_HINT = /:[0-9A-Fa-f]{0,4}:/;
export const IPV6_CANDIDATE = /(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])/g;
export const HANDLE = /(?<![\w@.])@(?<h>[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?)/g;
export const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>()"]+|\b(?:[a-z0-9-]+\.)+(?:com|org|net|io|co|us|info|me|health|care|page|site|app)\/[^\s<>()"]*/gi;
/** The second half of BARE_URL from its literal dot: a cheap test before the full scan. */
export const TLD_SLASH = /\.(?:com|org|net|io|co|us|info|me|health|care|page|site|app)\//i;

/** A post that speaks of one patient or of someone staying on a care unit. */
// Source: corpus LABELING ("in a healthcare provider's post, naming someone as a patient is itself health
// information"); OCR media guidance [S12] (presence in a care area reveals health information). [derived]
// Latin letters spelled out: `i` with `u` (for \p{L}) is slow to compile and to run.
export const PATIENT_FRAMING = /\b(?:our|a|the|this|my|former)\s+(?:[a-z\u00C0-\u024F-]+\s+){0,2}?patient\b(?![s'’])|\b(?:on|in|at|to)\s+(?:our|the)\s+(?:[a-z\u00C0-\u024F-]+\s+){0,2}?(?:unit|ward|floor|icu|nicu|hospice|rehab\s+unit|infusion\s+(?:center|suite)|cancer\s+center)\b|\binpatient\b/i;
