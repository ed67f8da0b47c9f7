/**
 * A named pattern; `validate` can reject a match by its text and the text around it. The regex runs only
 * when the lower-cased text contains one of the `hints` (gitleaks-style keywords: most posts skip most cues).
 */
export interface Cue {
  readonly name: string;
  readonly hints: readonly string[];
  readonly regex: RegExp;
  readonly validate?: (match: string, text: string, at: number) => boolean;
}

// Source: FTC Disclosures 101 [S28] ("advertisement", "ad", "sponsored", "Thanks to [Brand] for the free
// product"); CONTRACT/LABELING: #ad, #sponsored, "Sponsored by", "Paid partnership". Whole hashtags only,
// so #adhd, #adult, #advocacy and #adoption are not #ad.
const NOT_NEGATED = (_m: string, text: string, at: number): boolean =>
  !/(?:\bnot|\bisn't|\bisn’t|\bno|\bnever|\bun|\bnon-?)\s*$/i.test(text.slice(Math.max(0, at - 8), at));
export const DISCLOSURES: readonly Cue[] = [
  { name: 'hashtag', hints: ['#'], regex: /#(?:ad|ads|advert|advertisement|advertising|sponsored|sponsoredpost|paidpartnership|paidpromotion|paidpost|paidad|partnerad)(?![\w\u00c0-\u024f])/gi },
  // A standalone "Ad" label at a line start ("Ad:", "[Ad]", "(ad) |"); bare "AD" is read as Alzheimer's or
  // atopic dermatitis unless bracketed.
  { name: 'label', hints: ['ad', 'advert'], regex: /^[ \t]*(?:[[(](?:ad|advert|advertisement)[\])]|(?:Ad|ad|ADVERTISEMENT|Advertisement|Advert)[ \t]*[:|\-–—])/gm },
  { name: 'bracketed', hints: ['[', '('], regex: /[[(](?:ad|advert|advertisement|sponsored|paid ad|paid partnership|paid promotion)[\])]/gi },
  { name: 'word', hints: ['advert', ' ad'], regex: /\b(?:advertisement|advertorial)\b|\b(?:this|it)(?:\s+(?:post|video|reel|story))?\s+is\s+(?:an?\s+)?(?:paid\s+)?(?:ad|advert)\b/gi },
  { name: 'paid', hints: ['paid', 'compensated'], regex: /\bpaid (?:partnership|promotion|post|ad|advertisement|content|collab(?:oration)?|endorsement|sponsorship|spokesperson)\b|\bpaid for by\b|\b(?:i|we|i'm|we're|i am|we are|i was|we were|i've been|we've been)\s+(?:being\s+)?(?:paid|compensated)\b/gi },
  { name: 'sponsor', hints: ['sponsor'], regex: /\bsponsor(?:ed|ship|s)?\b/gi, validate: NOT_NEGATED },
  // "X sent me this for free", "free samples from X", "Thanks to X for the free kit".
  { name: 'free', hints: ['free', 'complimentary', 'no cost', 'no charge'], regex: /\b(?:sent|gave|gifted|provided|given)\s+(?:me|us)\b[^.!?\n]{0,60}?(?:\bfor free\b|\bfree of charge\b|\bat no (?:cost|charge)\b|\bcomplimentary\b)|\b(?:free|complimentary)\s+(?:product|products|sample|samples|kit|device|pair|box|trial)\s+(?:from|courtesy of|provided by|by)\b|\b(?:received|got)\s+(?:this|these|it|them|a|an|some)\b[^.!?\n]{0,40}?\bfor free\b|\bthanks?\s+(?:to\s+)?@?[\w.]+\s+for\s+(?:the\s+)?(?:free|complimentary)\b/gi },
];

// Source: FTC 2017 letters and staff guidance [S29]: "#sp", "#spon", "#collab", "#ambassador", "#partner"
// and a bare "Thanks [Brand]" are not clear enough. They still show a relationship exists.
export const UNCLEAR_TAGS = /#(?:sp|spon|collab|ambassador|brandambassador|partner|partnered|gifted|prpackage|affiliate|aff)(?![\w\u00c0-\u024f])/gi;

// Source: [derived] hospital emergency codes, which are not promo codes ("code blue", "code STEMI").
const HOSPITAL_CODES = new Set(['BLUE', 'RED', 'PINK', 'WHITE', 'GRAY', 'GREY', 'SILVER', 'ORANGE', 'YELLOW', 'GREEN',
  'BLACK', 'BROWN', 'PURPLE', 'AMBER', 'STROKE', 'STEMI', 'SEPSIS', 'TRAUMA', 'HELP', 'LAVENDER', 'GOLD', 'CODE']);
// Source: [derived] the words that make "code XYZ" a promo code: FTC [S28] counts discounts as material connections.
const DISCOUNT = /\d+\s?%|%\s?off|\$\s?\d+(?:\.\d+)?\s?off|\boff\b|\bdiscount|\bsav(?:e|es|ings)\b|\bcheckout\b|\bfree shipping\b|\bgets? you\b/i;
function promoCode(match: string, text: string, at: number): boolean {
  const code = /([A-Za-z][A-Za-z0-9]{2,19})["'”’]?$/.exec(match)?.[1] ?? '';
  if (HOSPITAL_CODES.has(code.toUpperCase()) || code !== code.toUpperCase()) return false;
  const ls = text.lastIndexOf('\n', at) + 1;
  const le = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
  const line = text.slice(ls, le);
  if (/\b(?:promo|discount|coupon|voucher|referral|affiliate)\b/i.test(match) || DISCOUNT.test(line)) return true;
  if (/\bmy\s/i.test(match) && /\d/.test(code)) return true; // "use my code JAY15": a personal (affiliate) code
  // A bare code ("Link in bio + code BRI25") is a promo code when it reads like one (letters and digits, or
  // "use code X") and the post sells or shouts out a brand.
  if (NOT_PROMO.test(text.slice(Math.max(0, at - 25), at))) return false;
  return (/\d/.test(code) || /^(?:use|using|with|enter)\b/i.test(match)) && (OFFER.test(line) || SHOUTOUT.test(text));
}
// Source: [derived] codes that are not discounts: billing and diagnosis codes, door and access codes.
const NOT_PROMO = /\b(?:billing|icd(?:-?10)?|cpt|hcpcs|diagnosis|diagnostic|procedure|error|access|door|gate|dress|zip|postal|area|qr|bar|source|color|colour|emergency)\s*$/i;
// Source: [derived] how creators credit a brand they promote: "shoutout to", "the folks at X", an @handle.
const SHOUTOUT = /\b[Ss]hout[\s-]?outs?\b|\b(?:folks|team|people|crew|friends)\s+(?:over\s+)?at\s+@?[A-Z]|(?<![\w.])@[A-Za-z][\w.]{2,}|\b(?:obsessed|in\s+love)\s+with\s+(?:@|[A-Z])/;

/** What shows a material connection by itself (FTC [S28]: payment, free products, discounts, affiliate pay). */
export const STRONG_SIGNALS: readonly Cue[] = [
  // Case-sensitive for the code itself (SMILE20), so the words around it are spelled in both cases.
  { name: 'code', hints: ['code'], regex: /\b(?:(?:[Uu]se|[Uu]sing|[Ww]ith|[Ee]nter|USE)\s+(?:my\s+|our\s+|the\s+)?)?(?:(?:[Pp]romo|[Dd]iscount|[Cc]oupon|[Vv]oucher|[Rr]eferral|[Aa]ffiliate|PROMO|DISCOUNT)\s+)?(?:code|CODE|Code)\s*[:\-]?\s*["'“‘]?[A-Za-z][A-Za-z0-9]{2,19}\b["'”’]?/g, validate: promoCode },
  { name: 'gift', hints: ['gift', 'pr ', 'free', 'sent', 'thank'], regex: /#gifted\b|\bgifted\s+(?:by|to\s+(?:me|us)|me|us)\b|\b(?:was|were|been|got|get)\s+gifted\b|\(gifted\)|\bpr\s+(?:package|box|kit)\b|\bfree\s+(?:samples?|products?)\s+from\b|@[\w.]+\s+sent\s+(?:me|us)\b|@[\w.]+\s+for\s+sending\b/gi },
  { name: 'affiliate', hints: ['affiliate', 'commission', '#aff'], regex: /\baffiliate\s+links?\b|#affiliate\b|#aff\b|\b(?:i|we)\s+(?:may\s+)?(?:earn|get|receive|make)\s+(?:a\s+)?(?:small\s+)?commission|\bcommission(?:able)?\s+links?\b|#commissionsearned\b/gi },
  { name: 'tag', hints: ['#'], regex: UNCLEAR_TAGS },
  // A brand (a capitalised name or a handle, not a pronoun or a relative) sending a product:
  // "PureWater sent us a case", "@GlowCo sent me some". "They sent us" alone is only a weak signal.
  { name: 'gift', hints: ['sent'], regex: /(?:@[\w.]+|\b(?!(?:They|Who|She|He|It|We|You|I|Someone|Somebody|Everyone|Families|Family|Patients|Parents|Friends|Mom|Dad|Grandma|Grandpa)\b)[A-Z][\w]*[a-z][\w]*)\s+sent\s+(?:me|us)\s+(?:a|an|some|this|these|their|the|free|\d+)\b/g },
  { name: 'ambassador', hints: ['ambassador'], regex: /\b(?:brand\s+)?ambassador\s+(?:for|with)\s+@?[\w.]+|\bproud\s+(?:brand\s+)?ambassador\b/gi },
];

// Source: [derived] selling words that turn partner wording into promotion: a discount, "link in bio".
export const OFFER = /\b\d{1,2}\s?%\s?off\b|\$\d+\s?off\b|\blink in (?:my |our )?bio\b|\bshop (?:now|here|the link)\b/i;

/** What suggests partner content but not alone (community partners are common in healthcare). */
export const WEAK_SIGNALS: readonly Cue[] = [
  { name: 'partner', hints: ['partner', 'collab', 'teamed', 'friends'], regex: /\bin\s+partnership\s+with\b|\bpartner(?:ed|ing)\s+(?:up\s+)?with\b|\bour\s+(?:new\s+)?(?:brand\s+)?partners?\b|\bthanks?\s+to\s+our\s+(?:partners?|friends|sponsors?)\b|\bin\s+collaboration\s+with\b|\bcollab\s+with\b|\bteamed\s+up\s+with\b/gi },
  { name: 'sent', hints: ['sent', 'sending', 'sample', 'product', 'goodies', 'freebie'], regex: /\b(?:they|who)\s+sent\s+(?:me|us)\b|\bsent\s+(?:me|us)\s+(?:this|these|some|a|an|their|the)\b|\bfor\s+sending\s+(?:me|us)\b|\bfor\s+the\s+(?:[a-z-]+\s+){0,2}(?:samples?|products?|goodies|freebies)\b/gi },
  { name: 'thanks', hints: ['@'], regex: /\bthanks?(?:\s+you)?\s+(?:so\s+much\s+)?(?:to\s+)?@[\w.]+/gi },
];

// Source: [derived] an organisation discounting its own care needs no endorsement disclosure: the post is
// plainly its own advertising (FTC [S28] concerns endorsements of someone else's product).
export const OWN_SERVICE = /\b(?:our|my)\s+(?:clinic|practice|office|pharmacy|center|centre|services?|visits?|appointments?|membership|class(?:es)?|programs?|team|spa|studio|exams?|cleanings?)\b|\bwith\s+us\b|\byour\s+first\s+(?:visit|appointment|exam|cleaning|session|consult(?:ation)?|class|month)\b|\bnew\s+patients?\b/i;

// Source: [derived] link hosts and parameters of common affiliate programmes.
export const AFFILIATE_URL = /(?:^|[/.])(?:amzn\.to|rstyle\.me|liketk\.it|shopmy\.us|howl\.me|go\.magik\.ly|shareasale\.com|awin1\.com|linksynergy\.com|skimresources\.com|anrdoezrs\.net|tkqlhce\.com|jdoqocy\.com|dpbolvw\.net|kqzyfj\.com)\b|[?&](?:tag|ref|aff|aff_id|affid|affiliate|ref_id)=|utm_medium=affiliate|\/ref\//i;
