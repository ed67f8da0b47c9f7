// Patterns that find references in post text, for src/kit/sources.ts.
import { AMBIGUOUS_JOURNALS, JOURNAL_TITLES } from './journals.js';

// Source: Crossref, "DOIs and matching regular expressions" [S50]; trailing punctuation is trimmed.
export const DOI = /\b(?:doi:\s*)?10\.\d{4,9}\/[-._;()/:a-z0-9]+/gi;
// Source: NLM PMID (1-8 digits, no leading zero) and PMCID ("PMC" + digits) [S51].
export const PMID = /\bPMID:?\s*[1-9]\d{0,7}(?!\d)/gi;
export const PMCID = /\bPMC\d{1,9}(?!\d)/g;
// Source: LABELING.md, a journal counts together with a year.
export const YEAR = /(?<!\d)(?:19[5-9]\d|20\d\d)(?!\d)/;
// Latin letters as explicit ranges rather than \p{L}: the titles are ASCII, and the `u` flag slows the scan.
const LETTER = String.raw`[A-Za-z\u00C0-\u024F]`;
export const JOURNAL = new RegExp(String.raw`(?<!${LETTER})(?:${JOURNAL_TITLES.join('|')})(?!${LETTER})`, 'g');
const AMBIG = AMBIGUOUS_JOURNALS.join('|');
/** Some word every journal pattern needs, to skip them on most posts. */
export const JOURNAL_HINT = new RegExp(String.raw`Journal|JAMA|NEJM|BMJ|CMAJ|PNAS|MMWR|JNCI|Lancet|PLo[Ss]|Cochrane|Morbidity|Annals|Diabetes Care|Obstetrics|Nature|ublished in|n the journal|\((?:${AMBIG})`);
export const AMBIGUOUS = new RegExp(String.raw`(?:[Pp]ublished\s+in|[Ii]n\s+the\s+journal)\s+(?:[Tt]he\s+)?(?:${AMBIG})(?!${LETTER})`
  + String.raw`|\((?:${AMBIG})[,\s]+(?:19[5-9]\d|20\d\d)\)`, 'g');
// Source: [derived] how posts label a reference ("Source: ...", "References:").
export const LABEL = /\b(?:sources?|references?|citations?|refs?)\s*:/gi;
// Source: [derived] words that put a bare link in citation position ("(cdc.gov/...)", "via", "according to").
// "Learn more: ..." is left out on purpose: it usually points to the organisation's own page.
export const CITING_BEFORE = /(?:\(|\b(?:sources?|refs?|references?|via|see|according\s+to|study|studies|research|data|report|full\s+(?:study|report))\b\s*[:\-–]?\s*)$/i;
// Source: [derived] link texts that invite an action rather than cite ("Book now", "our Instagram").
export const CALL_TO_ACTION = /^\s*(?:book|schedule|register|sign\s*up|shop|buy|order|call|donate|apply|join|follow|subscribe|watch|listen|download|get|claim|start|visit|contact|learn\s+more|read\s+more|more\s+info|details|(?:our\s+)?(?:instagram|facebook|tiktok|youtube|twitter|x|linkedin|threads|bluesky)(?:\s+page)?\s*$)/i;
// Source: [derived] "Follow us on instagram.com/...", "link in bio": the post's own channels, not evidence.
export const OWN_CHANNEL_BEFORE = /\b(?:follow|find|like|join|connect\s+with|subscribe|watch|dm|message)\s+(?:us|me)\b|\blink\s+in\s+bio\b/i;
// Source: [derived] a reference written as a citation without a recognised journal ("Smith J et al., Pediatrics 2020;145:e1"),
// or the organisation's own labelled data (DOMAIN.md 2.2 trap: own survey results labelled as such).
export const CITATION_SHAPE = /\bet\s+al\b|\b(?:19|20)\d\d\s*;\s*\d+|\bvol\.?\s*\d+|\bpp?\.\s*\d+|\b(?:our|internal|in-house)\s+(?:[\w-]+\s+){0,2}?(?:survey|data|records|audit|registry)\b|\b(?:19|20)\d\d\s+(?:[\w-]+\s+){0,2}?(?:survey|audit|registry)\b|\bn\s*=\s*\d/i;
// Source: [derived] host and path of a URL, with or without a scheme (RFC 3986 authority, simplified).
export const URL_PARTS = /^(?:[a-z][a-z0-9+.-]*:)?(?:\/\/)?(?:[^/?#@\s]*@)?([^/?#:\s]+)(?::\d+)?([^#\s]*)/i;
// Source: [derived] a URL inside a `sources:` entry ("CDC. Prediabetes. https://...").
export const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"]+|\bwww\.[^\s<>"]+|^[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/\S*)?$/i;

