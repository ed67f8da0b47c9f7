import type { Pattern } from '../../../src/kit/recognizer.js';

// Source: 45 CFR 164.514(b)(2)(i)(B) [S1]: "all geographic subdivisions smaller than a State,
// including street address, city, county, precinct, zip code, and their equivalent geocodes",
// except the first three ZIP digits of an area of more than 20,000 people.

// Source: USPS Publication 28, Appendix C1 (street suffixes), the common ones. "Strong" suffixes
// rarely end anything but a street name; "weak" ones ("Way", "Place") need a house number.
const STRONG_SUFFIX = String.raw`(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Highway|Hwy|Parkway|Pkwy|Pike|Turnpike)`;
const WEAK_SUFFIX = String.raw`(?:Way|Place|Pl|Court|Ct|Circle|Cir|Terrace|Ter|Trail|Trl|Row|Square|Sq|Loop|Path|Alley|Crossing|Run|Dr)`;
// Words of a street name stay on one line ("Portland\nKayla Lane" is a town, then a person).
const NAME = String.raw`(?:[A-Z][\p{L}'’-]+|\d+(?:st|nd|rd|th))(?:[ \t]+[A-Z][\p{L}'’-]+){0,2}`;
const UNIT = String.raw`(?:,?\s*(?:Apt|Apartment|Unit|Suite|Ste|Lot|#)\.?\s*[\w-]+)?`;
const STATES = 'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR';

// Source: [derived] place-type words that make a capitalised name a place below state level.
const PLACE_TYPE = String.raw`(?:Elementary(?:\s+School)?|Middle\s+School|High(?:\s+School)?|Junior\s+High|Senior\s+Living|Assisted\s+Living|Nursing\s+Home|Retirement\s+(?:Home|Community|Village)|Academy|Motel|Inn|Trailer\s+Park|Mobile\s+Home\s+Park|RV\s+Park|Apartments|Apts|Townhomes|Condos|Manor|Estates|Heights|Hollow|Park|Lake|Pond|River|Creek|Beach|Marina|Campground|Farm|Ranch|Mall|Plaza|Diner|Cemetery|Correctional\s+Facility|Jail|Shelter|Subdivision|County|Township|Parish)`;

/** Candidate places. Source: USPS Pub. 28 address shapes and [derived] place mentions. */
export const GEO_PATTERNS: readonly Pattern[] = [
  // "410 Grange Ave", "12 N. Elm Street, Apt 4", "1200 Commerce Blvd"
  { name: 'street-address', regex: new RegExp(String.raw`\b\d{1,6}\s+(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.?\s+)?${NAME}[ \t]+(?:${STRONG_SUFFIX}|${WEAK_SUFFIX})\b${UNIT}`, 'gu'), score: 0.9 },
  // "on Fenwick Rd", "Birch Hollow Rd", "Quarry Road" ("St" before a saint's name and "Dr" before a name excluded)
  { name: 'street-name', regex: new RegExp(String.raw`(?=[A-Z\d])\b(?<!\d\s)${NAME}[ \t]+${STRONG_SUFFIX}\b(?!\.?\s+(?:[A-Z][a-z]+'s|[A-Z][a-z]+\s+(?:Hospital|Church|Medical)))`, 'gu'), score: 0.7 },
  // "Route 9", "County Rd 12", "Hwy 30", "I-95", "State Route 4"
  { name: 'route', regex: /\b(?:(?:State|County|US|U\.S\.)\s+)?(?:Route|Rte\.?|Highway|Hwy\.?|Road|Rd\.?)\s*-?\s*\d{1,4}[A-Z]?\b|\bI-\d{1,3}\b/g, score: 0.75 },
  // "ZIP 02861", "zip code 62704-1234", "IL 62704"
  { name: 'zip', regex: new RegExp(String.raw`\b(?:[Zz][Ii][Pp](?:\s*[Cc]ode)?|[Pp]ostal\s+[Cc]ode)\s*(?:#|:|is)?\s*(?<zip>\d{5})(?:-\d{4})?\b|\b(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,?\s+)?(?:${STATES})\s+(?<zip2>\d{5})(?:-\d{4})?\b`, 'g'), score: 0.85 },
  // "62704-1234": ZIP+4 shape alone
  { name: 'zip4', regex: /(?<![\d-])(?<zip>\d{5})-\d{4}(?![\d-])/g, score: 0.6 },
  // "ZIP 036", "zip codes starting with 059", "036xx": a 3-digit prefix (only restricted ones count)
  { name: 'zip3', regex: /\b(?:zip3|zip(?:\s*codes?)?(?:\s+(?:prefix|area|starting|beginning)\s*(?:with)?)?)\s*:?\s*(?<zip3>\d{3})(?:xx|\*\*)?\b(?!-?\d)|\b(?<zip3b>\d{3})(?:xx|XX|\*\*)(?!\w)/gi, score: 0.7 },
  // "the Sunset Motel", "Lincoln Elementary", "Hadley Park", "the Orchard Hill neighborhood"
  { name: 'named-place', regex: new RegExp(String.raw`(?=[A-Z])\b(?<name>[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){0,2})\s+${PLACE_TYPE}\b|\b(?:Lake|Mount|Mt\.?|Fort|Port|Camp)\s+[A-Z][\p{L}'’-]+\b|\bthe\s+[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){0,2}\s+(?:neighbou?rhood|area|subdivision|side|community|development|projects)\b`, 'gu'), score: 0.65 },
  // "by the old water tower", "behind the feed store": landmarks that locate a home
  { name: 'landmark', regex: /\b(?:right\s+|just\s+)?(?:by|near|behind|beside|next\s+to|across\s+from|across\s+the\s+street\s+from|down\s+the\s+road\s+from|around\s+the\s+corner\s+from|in\s+front\s+of|just\s+past|past|off)\s+(?:the\s+)?(?:old\s+|new\s+|big\s+|abandoned\s+|little\s+|red\s+|white\s+)?(?:water\s+tower|grain\s+elevator|gas\s+station|railroad\s+tracks|train\s+tracks|tracks|bridge|dam|mill|quarry|post\s+office|fire\s+(?:station|hall)|cemetery|graveyard|courthouse|library|playground|creek|river|pond|motel|trailer\s+park|diner|feed\s+store|grocery\s+store|barn|silo|ballfield|factory|county\s+line|state\s+line|overpass|underpass|church|high\s+school)\b/gi, score: 0.6 },
  // "— Janet W., Cedar Falls": the town after a testimonial's signature (a name and an initial)
  { name: 'signature', regex: /(?=[A-Z])(?<=(?:^|\s)[—–~-]\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]*\.?)?,\s+)(?<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})/gm, score: 0.6 },
  // "from Millbrook", "lives in Castle Rock", "moved to Pine Hollow", "to Castle Rock", "grew up in Alder Falls"
  // (The lookahead for a capital first, so the costly lookbehind runs only where a word is capitalised.)
  { name: 'locality', regex: /(?=[A-Z])(?<=\b(?<cue>from(?:\s+over\s+in|\s+outside(?:\s+of)?)?|lives\s+in|living\s+in|lived\s+in|grew\s+up\s+(?:in|near|outside(?:\s+of)?)|raised\s+in|born\s+and\s+raised\s+in|hails\s+from|moved\s+to|moving\s+to|home\s+to|back\s+to|went\s+home\s+to|resident\s+of|native\s+of|hometown\s+of|out\s+in|up\s+in|down\s+in|over\s+in|outside(?:\s+of)?|(?:north|south|east|west)\s+of|to|in|of|near)\s+)(?<name>[A-Z][\p{Ll}'’][\p{L}'’-]*(?:[ -][A-Z][\p{Ll}'’][\p{L}'’-]*){0,2})/gu, score: 0.5 },
];

// Source: HHS de-identification guidance via UC Davis [S3]: 3-digit ZIP prefixes with 20,000 or fewer
// people (2000 Census), which must be written as 000.
export const RESTRICTED_ZIP3: ReadonlySet<string> = new Set([
  '036', '059', '063', '102', '203', '556', '692', '790', '821', '823', '830', '831', '878', '879', '884', '890', '893',
]);

// Source: [derived] word endings and words that mark a town or neighbourhood name (US place-name
// morphology: "-brook", "-ville", "Heights"). Used only after a person cue ("from", "lives in").
export const PLACE_MORPHEME = /(?:brook|wood|field|ville|ton|burg|burgh|boro|borough|ford|dale|view|port|land|mont|ridge|haven|mouth|chester|stead|vale|crest|shire|bury|opolis|polis|springs|falls|glen|grove|creek|rock|bluffs?|hill|hills|hollow|heights|park|lake|point|valley|village|junction|crossing|landing|harbor|harbour|bay|beach|meadows?|acres|estates|gardens|mills?|city|town|township|county|corners?)$/i;

// Source: [derived] state and country names: HIPAA allows the state (and anything larger).
export const STATE_OR_COUNTRY = /^(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Puerto Rico|America|United States|USA|US|Canada|Mexico|England|Ireland|Scotland|Wales|Britain|UK|India|China|Japan|Korea|Philippines|Vietnam|Nigeria|Ghana|Kenya|Brazil|Colombia|Peru|Guatemala|Honduras|El Salvador|Cuba|Haiti|Jamaica|Poland|Germany|France|Italy|Spain|Ukraine|Russia|Europe|Asia|Africa)$/;

// Source: [derived] capitalised words after "in/from/to" that are not places: months, days,
// titles, care units, organisation words.
export const NOT_PLACE = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Easter|Thanksgiving|Dr|Mr|Mrs|Ms|Miss|Nurse|Coach|Mom|Dad|Grandma|Grandpa|God|Jesus|Heaven|English|Spanish|Our|The|This|That|His|Her|Their|My|Your)\b|(?:Hospital|Clinic|Medical|Health|Healthcare|Center|Centre|University|College|General|Memorial|Pharmacy|Dental|Dentistry|Hospice|Rehab|Institute|Foundation|Department|Dept|Church|Group|Associates|Pediatrics|Orthopedics|Cardiology|Oncology|Services|Care|Team)\b/;

// Source: [derived] cues that the address or place is the organisation's own or a public venue
// (DOMAIN.md 1.6 traps: "the organisation's own address", campaign cities "serving Springfield").
export const ORG_PLACE = /\b(?:visit\s+us|find\s+us|located\s+(?:at|in|on)|walk-?ins?|drop-?in|hours|open\s+(?:daily|till|until|\d)|now\s+open|grand\s+opening|new\s+location|directions|parking|entrance|mail\s+(?:to|forms|it)|send\s+(?:it|forms)|po\s+box|headquarter\w*|serving|proudly\s+serv\w*|residents\s+of|families\s+in|communities\s+in|cases\s+in|county\s+health|health\s+(?:dept|department)|free\s+(?:[\w-]+\s+){0,2}(?:at|on)|testing\s+at|join\s+us|event|meets|health\s+fair|fair|festival|5k|fun\s+run|screenings?)\b/i;
// "our Eastside clinic, 75 Rowan Way", "Our WIC office at 410 Grange Ave": the place is the organisation's.
export const ORG_BEFORE = /\b(?:our|the)\s+(?:[\w-]+\s+){0,3}(?:office|offices|clinic|clinics|center|centre|campus|location|locations|pharmacy|building|hospital|practice|site|branch|lab|store|headquarters|desk|counter|lobby|door|doors)(?:\s+(?:is\s+|are\s+)?(?:at|on|in))?\s*,?\s*$|\bour\s+(?:mailing\s+|street\s+|new\s+)?address(?:\s+is)?\s*:?\s*$|\b(?:pharmacy|store|clinic|office|hospital|center|centre|location|branch|lab|shop|market|library|church)\s+(?:[\w-]+\s+){0,4}?(?:is\s+|are\s+)?(?:at|on)\s+$|\b(?:welcome|testing|clinic|shots?|screenings?|held|open|come|coming|moving|moved|expanding|serv(?:e|es|ing))\s+(?:[\w-]+\s+){0,3}?(?:at|on|in|to)\s+$/i;
export const ORG_AFTER = /^\.?\s*(?:office|clinic|location|campus|branch|site|pharmacy|store|\(side|\(rear|\(back)\b/i;

// Source: [derived] one individual other than the author (DOMAIN.md 1.6 anchor signals).
const PERSON_NOUN = String.raw`(?:patient|client|grad(?:uate)?|recipient|survivor|warrior|soldier|marine|sailor|firefighter|baby|newborn|preemie|infant|toddler|kiddo|kid|child|boy|girl|man|woman|guy|gentleman|lady|teen(?:ager)?|grader|student|teacher|driver|rider|passenger|pedestrian|cyclist|biker|victim|mom|mother|dad|father|grand(?:ma|pa|mother|father|daughter|son)|son|daughter|husband|wife|veteran|family|farmer|resident|mayor|principal|coach|pastor|sheriff|councilman|councilwoman|councilmember|commissioner|superintendent)`;
export const PERSON: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:our|the|a|an|this|that|same|his|her|their)\s+(?:[\w'-]+\s+){0,4}?${PERSON_NOUN}\b`, 'i'),
  /\b(?:he|she|him|her|his|hers)\b/i,
  /(?<!\b(?:people|anyone|those|adults|patients|everyone|someone|kids|children|parents|families|you|others|folks|staff|team)\s)\bwho(?:se)?\b/i,
  /\b(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+[A-Z]|\b(?:[Bb]aby|[Ll]ittle)\s+[A-Z][a-z]+|\b[A-Z][a-z]+(?:'s|’s)\s+(?:place|house|home|farm|apartment|trailer)\b|\b[A-Z][a-z]+\s+and\s+[A-Z][a-z]+(?:'s|’s)\b/,
  /\b\d{1,3}[- ]?(?:years?|months?)[- ]old\b/i,
];
// A residence or whereabouts cue right before the place: "from over on", "lives on", "his farm out on".
export const RESIDENCE_BEFORE = /\b(?:from(?:\s+over)?(?:\s+(?:on|in|off))?|lives?\s+(?:on|in|off|at|near|by)|living\s+(?:on|in|off|at)|lived\s+(?:on|in|at)|home\s+(?:on|in|off|at)|house\s+(?:on|in|off|at)|place\s+(?:on|in|off|at)|farm\s+(?:out\s+)?(?:on|in|off)|out\s+on|apartment\s+(?:on|in|at)|trailer\s+(?:on|in|at)|moved\s+to|resident|native|address(?:\s+is)?|at)\s+(?:the\s+)?$/i;
export const STAFF = /\b(?:dr|doctor|nurse|rn|np|md|dds|dmd|pharmd|staff|employee|colleague|co-?worker|team member|volunteer|chaplain|physician|surgeon|hygienist|pharmacist|director|ceo|joined (?:our|the) team|hired|trained|graduated|residency|fellowship)\b/i;
export const FIRST_PERSON_ONLY = /\b(?:I|I'm|I've|me|my)\b/;

/** Consent scope terms that cover where a patient lives or was. Source: [derived]. */
export const CONSENT_KINDS: readonly string[] = ['geo', 'location', 'address', 'city', 'hometown', 'place'];

// Source: [derived] for every cue list below (trap handling from DOMAIN.md 1.6 and README "Does not flag").
// "Hadley Park Clinic", "Willow Lake Dental": the place name is part of an organisation's name.
export const ORG_NAME_AFTER = /^\s+(?:Hospital|Clinic|Medical|Health|Healthcare|Center|Centre|University|College|Pharmacy|Dental|Hospice|Rehab|Institute|Foundation|Pediatrics|Family|Urgent|Women|Children|Cancer|Heart|Eye|Orthopedics|Physical|Senior|Community|Memorial|General|Regional|YMCA|Library|Elementary\s+PTA)\b/;
// Strong cues that the words after them are where someone lives, whatever the name looks like.
export const LIVES_CUE = /^(?:lives\s+in|living\s+in|lived\s+in|grew\s+up\s+(?:in|near|outside(?:\s+of)?)|raised\s+in|born\s+and\s+raised\s+in|hails\s+from|moved\s+to|moving\s+to|resident\s+of|native\s+of|hometown\s+of|from\s+over\s+in)$/i;
// Source: [derived] care words that make a post about a patient (for weak place forms).
export const CARE = /\b(?:patient|treated|treatment|surgery|post-op|diagnos\w*|admitted|discharg\w*|transplant|chemo|rehab|tumou?r|cancer|tested positive|overdose|OD|ER|ED|ICU|NICU|IVF|braces|aligners?|invisalign|orthodont\w*|crown|implant|rhinoplasty|appendectomy|hospice|born|birth|broken|fracture\w*|injur\w*|all-clear|measles|infection|case|recover\w*|stroke|therapy|wheelchair)\b/i;
// "Mrs. Adeline Park", "Dr. Grace Lake": a title makes the words a person's name.
export const TITLE_BEFORE = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Nurse|Coach|Pastor|Rev|Prof)\.?\s+$/;
// Place types that are also common surnames ("Sarah Park"): check the first word is not a first name.
export const SURNAME_TYPES = /\s(?:Park|Lake|Hill|Farm|Beach|Bay|Rivers?|Marina|Inn)$/;
// In a reply the place must be the addressee's ("your home on ...", "mailed it to you at ...").
export const ADDRESSEE = /\b(?:you|your|you're|yours)\b/i;
// "Ray from over in ...", "Jim, a farmer from outside ...": a first name right before the cue.
export const NAME_FROM_BEFORE = /\b(?!(?:Our|The|This|That|A|An|Thanks|Hi|Hello)\b)[A-Z][a-z]+,?\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2})?(?:from|of)(?:\s+over\s+in|\s+outside(?:\s+of)?)?\s+$/;
