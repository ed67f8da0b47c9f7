// Host lists for judging a cited link. An entry matches a host equal to it or ending in "." + it;
// an entry starting with "." is a suffix (".gov" matches "cdc.gov" and "www.cdc.gov").

// Source: [derived] default allowlist, DOMAIN.md section 2.2; MedlinePlus "Evaluating Health
// Information" (.gov = government, .edu = education, professional journals) [S53]; NAM credible
// sources principles [S52]. Journals/publishers and national professional societies by their own sites.
export const CREDIBLE_DOMAINS: readonly string[] = [
  '.gov', '.mil', '.edu', '.gov.uk', '.gov.au', '.gc.ca', 'canada.ca', 'nhs.uk', 'nice.org.uk', 'europa.eu',
  'who.int', 'paho.org', 'doi.org', 'europepmc.org', 'cochranelibrary.com', 'cochrane.org',
  'nejm.org', 'jamanetwork.com', 'thelancet.com', 'bmj.com', 'nature.com', 'science.org', 'cell.com',
  'sciencedirect.com', 'springer.com', 'springeropen.com', 'biomedcentral.com', 'wiley.com', 'academic.oup.com',
  'ahajournals.org', 'plos.org', 'acpjournals.org', 'tandfonline.com', 'sagepub.com', 'karger.com',
  'aappublications.org', 'diabetesjournals.org', 'ascopubs.org', 'atsjournals.org', 'healthaffairs.org',
  'heart.org', 'stroke.org', 'cancer.org', 'cancer.net', 'aad.org', 'diabetes.org', 'aap.org',
  'healthychildren.org', 'acog.org', 'uspreventiveservicestaskforce.org', 'ada.org', 'mouthhealthy.org',
  'ama-assn.org', 'acponline.org', 'aafp.org', 'familydoctor.org', 'psychiatry.org', 'apa.org', 'lung.org',
  'kidney.org', 'arthritis.org', 'alz.org', 'asco.org', 'facs.org', 'aaos.org', 'eatright.org',
  'idsociety.org', 'aao.org', 'entnet.org', 'aasm.org', 'acaai.org', 'aaaai.org', 'endocrine.org',
  'rheumatology.org', 'asahq.org', 'acep.org', 'asha.org', 'apta.org', 'ashp.org', 'pharmacist.com',
];

// Source: [derived] social platforms: a post there is another opinion, not evidence (LABELING.md
// "another social-media post ... cannot back a health claim"; NAM [S52]).
export const SOCIAL_DOMAINS: readonly string[] = [
  'facebook.com', 'fb.com', 'fb.watch', 'instagram.com', 'instagr.am', 'tiktok.com', 'x.com', 'twitter.com',
  'youtube.com', 'youtu.be', 'threads.net', 'threads.com', 'bsky.app', 'linkedin.com', 'reddit.com', 'redd.it',
  'pinterest.com', 'pin.it', 'snapchat.com', 'quora.com', 'whatsapp.com', 'wa.me', 't.me', 'telegram.me',
  'discord.gg', 'rumble.com', 'truthsocial.com', 'gab.com', 'twitch.tv', 'mastodon.social', 'vimeo.com',
];

// Source: [derived] URL shorteners and link-in-bio pages hide where a link goes, so the source
// cannot be checked (DOMAIN.md section 2.2).
export const SHORTENER_DOMAINS: readonly string[] = [
  'bit.ly', 'bitly.com', 'tinyurl.com', 't.co', 'ow.ly', 'buff.ly', 'goo.gl', 'is.gd', 'v.gd', 'rb.gy',
  'cutt.ly', 'shorturl.at', 'tiny.cc', 'rebrand.ly', 'lnkd.in', 'trib.al', 'dlvr.it', 'bit.do', 's.id',
  'amzn.to', 'a.co', 'linktr.ee', 'lnk.bio', 'beacons.ai', 'linkin.bio',
];

// Source: [derived] shops: a product page sells, it does not test (FTC Health Products Compliance
// Guidance: claims need competent and reliable scientific evidence [S30]).
export const RETAIL_DOMAINS: readonly string[] = [
  'amazon.com', 'amazon.ca', 'amazon.co.uk', 'ebay.com', 'walmart.com', 'target.com', 'etsy.com',
  'myshopify.com', 'iherb.com', 'aliexpress.com', 'temu.com', 'shein.com', 'gnc.com', 'vitaminshoppe.com',
];

// Source: [derived] URL paths of product and checkout pages on any host.
export const RETAIL_PATHS: RegExp = /\/(?:products?|shop|store|cart|checkout|buy|dp|gp\/product|collections)(?:\/|$|\?)/i;

// Source: [derived] free self-publishing platforms: a post there has no editor or review, and
// often no named author (MedlinePlus: check who wrote it and who reviewed it [S53]).
export const BLOG_DOMAINS: readonly string[] = [
  'blogspot.com', 'wordpress.com', 'wixsite.com', 'weebly.com', 'medium.com', 'substack.com', 'tumblr.com',
];
