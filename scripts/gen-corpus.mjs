#!/usr/bin/env node
// Writes a synthetic, unlabelled corpus of healthcare social-media drafts for benchmarking.
// Deterministic: the same --count and --seed always give byte-identical files, so bench figures
// from different runs measure the linter, not the input.
//
//   node scripts/gen-corpus.mjs --out DIR [--count 10000] [--seed 42]
//
// About 75% of posts are Markdown with front matter, 25% JSON (one object, an array, or
// {"posts": [...]}, so a JSON file may hold several posts). The mix of clean and problem text
// is only roughly like the dev corpus; the posts carry no labels and score nothing.
// Every name, number and domain is invented (555 phones, example.org/example.com).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The marker written last, so a half-written corpus is never reused. Not .md/.json: not linted. */
export const MARKER = '.hcpost-corpus-complete';

/** Bump when the templates or the mix change, so bench regenerates rather than reusing old files. */
export const GENERATOR_VERSION = 1;

/** mulberry32: a tiny, fast, seedable PRNG (public domain, Tommy Ettinger). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeRandom(seed) {
  const next = mulberry32(seed);
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (xs) => xs[Math.floor(next() * xs.length)];
  const chance = (p) => next() < p;
  const digits = (n) => Array.from({ length: n }, () => int(0, 9)).join('');
  return { next, int, pick, chance, digits };
}

/** Placeholder values for one post: names stay the same within a post, numbers vary. */
function postContext(r, org) {
  const patient = { first: r.pick(FIRST), last: r.pick(LAST) };
  const staff = { first: r.pick(STAFF_FIRST), last: r.pick(STAFF_LAST) };
  const area = r.pick(['2', '3', '4', '5', '6', '7']) + r.digits(2);
  const ssnParts = [area, String(r.int(10, 99)), r.digits(4)];
  const phoneTail = `01${r.digits(2)}`;
  const fill = {
    org: org.name, orgShort: org.short, orgPhone: org.phone, orgSite: `https://${org.domain}`,
    first: patient.first, last: patient.last, name: `${patient.first} ${patient.last}`,
    initials: `${patient.first[0]}.${patient.last[0]}.`,
    relative: r.pick(['daughter', 'son', 'husband', 'wife', 'granddaughter', 'mom', 'dad']),
    staff: `${r.pick(TITLES)} ${staff.first} ${staff.last}`, staffFirst: staff.first, staffLast: staff.last,
    role: r.pick(ROLES), staffFull: `${staff.first} ${staff.last}, ${r.pick(['RN', 'NP', 'PA-C', 'MD', 'DDS', 'PharmD', 'LCSW'])}`,
    cond: r.pick(CONDITIONS), proc: r.pick(PROCEDURES),
    month: r.pick(MONTHS), day: String(r.int(1, 28)), weekday: r.pick(WEEKDAYS),
    date: () => r.pick([`${r.pick(MONTHS)} ${r.int(1, 28)}`, `${r.int(1, 12)}/${r.int(1, 28)}`,
      `the ${r.int(4, 20)}th`, `last ${r.pick(WEEKDAYS)}`, 'yesterday', 'this morning', `${r.pick(WEEKDAYS)} night`]),
    oldAge: () => String(r.int(90, 104)), age: () => String(r.int(19, 84)),
    phone: () => r.pick([`(555) 010-${r.digits(4)}`, `555-${phoneTail}`, `555.010.${r.digits(4)}`, `555-010-${r.digits(4)} ext ${r.int(1, 9)}`]),
    ssn: () => r.pick([ssnParts.join('-'), ssnParts.join(' '), `ssn#${ssnParts.join('')}`]),
    mrn: () => r.pick([`MRN#${r.digits(7)}`, `MRN ${r.digits(8)}`, `chart #A${r.digits(6)}`]),
    account: () => `${r.pick(['account #', 'acct ', 'member ID '])}${r.digits(5)}-${r.digits(2)}`,
    street: () => `${r.int(12, 9800)} ${r.pick(STREETS)}`, town: r.pick(TOWNS), zip: () => `0${r.digits(4)}`,
    pct: () => String(r.pick([12, 18, 25, 30, 40, 47, 52, 60, 75, 80, 90])),
    n: () => String(r.int(2, 9)), hours: () => `${r.int(7, 9)}am–${r.int(4, 8)}pm`,
    code: () => `${org.short.toUpperCase().replace(/[^A-Z]/g, '').slice(0, 6)}${r.int(10, 30)}`,
    portalHost: `portal.${org.domain}`,
    url: () => `https://${org.domain}/${r.pick(['flu', 'portal', 'classes', 'screening', 'careers', 'events', 'billing'])}`,
    source: () => r.pick(SOURCES),
    doi: () => `https://doi.org/10.5555/${r.digits(4)}.${r.digits(5)}`, pmid: () => `PMID: ${r.int(10000000, 39999999)}`,
  };
  return (template) => template.replace(/\{(\w+)\}/g, (m, key) => {
    const v = fill[key];
    if (v === undefined) throw new Error(`gen-corpus: unknown placeholder ${m} in "${template}"`);
    return typeof v === 'function' ? v() : v;
  });
}

/** Post kinds with rough shares; the shares follow LABELING.md's mix loosely. */
const KINDS = [
  ['clean', 0.3], ['patient', 0.22], ['review', 0.08], ['ids', 0.05], ['unsourced', 0.1], ['rant', 0.06],
  ['boundary', 0.06], ['claims', 0.05], ['sponsor', 0.05], ['testimonial', 0.03],
];

function pickKind(r) {
  let x = r.next();
  for (const [kind, share] of KINDS) if ((x -= share) < 0) return kind;
  return 'clean';
}

/** Body lines plus the front matter extras the kind needs. */
function buildPost(r, f, kind) {
  const lines = [];
  const meta = {};
  const used = new Set();
  // Distinct templates within a post: a draft rarely says the same sentence twice.
  const add = (pool, n = 1) => {
    for (let i = 0, tries = 0; i < n && tries < 20; tries++) {
      const t = r.pick(pool);
      if (!used.has(t)) { used.add(t); lines.push(f(t)); i++; }
    }
  };
  const fillers = () => add(CLEAN, r.int(0, 4));
  switch (kind) {
    case 'clean':
      r.pick([() => add(EVENT, r.int(1, 3)), () => add(STAFF_LINES, r.int(1, 2)), () => {
        add(STATS_SOURCED);
        if (r.chance(0.5)) meta.sources = [f('{source}')];
        else lines.push(f(r.pick(['Source: {source}', 'Read more: {doi}', '({pmid})', '[CDC data]({source})'])));
      }])();
      fillers();
      break;
    case 'patient': add(PATIENT, r.int(1, 3)); fillers(); break;
    case 'review':
      meta.type = 'review-reply';
      add(r.chance(0.5) ? REVIEW_SAFE : REVIEW_CONFIRM, r.int(1, 2));
      break;
    case 'ids': meta.type = 'reply'; add(IDS, r.int(1, 2)); break;
    case 'unsourced': add(STATS_UNSOURCED, r.int(1, 2)); fillers(); break;
    case 'rant': add(RANT, r.int(1, 3)); break;
    case 'boundary': meta.type = r.chance(0.5) ? 'reply' : 'post'; add(BOUNDARY, r.int(1, 2)); fillers(); break;
    case 'claims': add(CLAIMS, r.int(1, 3)); break;
    case 'sponsor':
      meta.sponsored = r.chance(0.6);
      if (r.chance(0.5)) lines.push(r.pick(['#ad', 'Sponsored by our friends at Greenleaf Blends.', 'Paid partnership with Solstice Skincare.', '#sponsored']));
      add(SPONSOR, r.int(1, 3));
      break;
    case 'testimonial': {
      meta.type = 'testimonial';
      const id = `AUTH-20${r.int(23, 26)}-${r.digits(4)}`;
      meta.consent = { id, scope: r.chance(0.8) ? ['name', 'photo', 'condition'] : ['name', 'condition'] };
      meta.media = [{ src: `images/${f('{first}').toLowerCase()}-${r.pick(['walk', 'smile', 'team', 'garden'])}.jpg`, alt: f('{name} smiling with our care team'), consent: id }];
      add(PATIENT.slice(0, 6), r.int(1, 2));
      fillers();
      break;
    }
  }
  if (r.chance(0.15)) lines.push(f(r.pick(CODE)));
  if (r.chance(0.3)) lines.push(f('Learn more: {url}'));
  if (r.chance(0.1) && lines.length) { const i = r.int(0, lines.length - 1); lines[i] = typo(r, lines[i]); }
  if (r.chance(0.6)) lines.push(hashtags(r));
  if (r.chance(0.5) && lines.length) lines[0] = `${r.pick(EMOJI)} ${lines[0]}`;
  return { lines: lines.slice(0, 12), meta };
}

function typo(r, line) {
  for (const [right, wrong] of TYPOS) if (line.includes(right) && r.chance(0.5)) return line.replace(right, wrong);
  return line;
}

const hashtags = (r) => Array.from({ length: r.int(1, 4) }, () => `#${r.pick(HASHTAGS)}`).join(' ');

/** ~600 words in paragraphs, sometimes with one patient sentence buried in the middle. */
function longPost(r, f) {
  const paras = [];
  let words = 0;
  while (words < 600) {
    const p = Array.from({ length: r.int(3, 5) }, () => f(r.pick(PARAGRAPH))).join(' ');
    words += p.split(/\s+/).length;
    paras.push(p);
  }
  if (r.chance(0.4)) paras.splice(2, 0, f(r.pick(PATIENT)));
  return { lines: paras.flatMap((p, i) => (i ? ['', p] : [p])), meta: { platform: 'linkedin' } };
}

function onePost(r, index) {
  const org = r.pick(ORGS);
  const f = postContext(r, org);
  const long = r.chance(0.01);
  const { lines, meta } = long ? longPost(r, f) : buildPost(r, f, pickKind(r));
  return {
    id: `p${String(index).padStart(5, '0')}`,
    platform: meta.platform ?? r.pick(PLATFORMS),
    type: meta.type ?? (r.chance(0.9) ? 'post' : 'ad'),
    author: r.chance(0.8) ? org.name : f(r.pick(['Dr. {staffFirst} {staffLast}', '{staffFull}'])),
    ...(meta.sources ? { sources: meta.sources } : {}),
    ...(meta.sponsored !== undefined ? { sponsored: meta.sponsored } : {}),
    ...(meta.consent ? { consent: meta.consent } : {}),
    ...(meta.media ? { media: meta.media } : {}),
    text: lines.join('\n'),
  };
}

const yamlScalar = (s) => (/^[\w .,'()/-]+$/.test(s) && !/^[\d-]/.test(s) ? s : JSON.stringify(s));

function toMarkdown(post) {
  const fm = [`platform: ${post.platform}`, `type: ${post.type}`, `author: ${yamlScalar(post.author)}`];
  if (post.sources) fm.push('sources:', ...post.sources.map((s) => `  - ${s}`));
  if (post.sponsored !== undefined) fm.push(`sponsored: ${post.sponsored}`);
  if (post.consent) fm.push('consent:', `  id: ${post.consent.id}`, `  scope: [${post.consent.scope.join(', ')}]`);
  if (post.media) {
    fm.push('media:');
    for (const m of post.media) fm.push(`  - src: ${m.src}`, `    alt: ${yamlScalar(m.alt)}`, `    consent: ${m.consent}`);
  }
  return `---\n${fm.join('\n')}\n---\n${post.text}\n`;
}

/**
 * Writes `count` posts into `out` and returns how many files it wrote.
 * Old generated files (p*.md, p*.json and the marker) are removed first.
 */
export function generateCorpus({ out, count = 10000, seed = 42 }) {
  const r = makeRandom(seed);
  fs.mkdirSync(out, { recursive: true });
  for (const name of fs.readdirSync(out)) {
    if (/^p\d+\.(md|json)$/.test(name) || name === MARKER) fs.rmSync(path.join(out, name));
  }
  let files = 0;
  for (let i = 1; i <= count;) {
    const name = `p${String(i).padStart(5, '0')}`;
    if (r.chance(0.75)) {
      fs.writeFileSync(path.join(out, `${name}.md`), toMarkdown(onePost(r, i++)));
    } else {
      const shape = r.pick(['object', 'object', 'array', 'wrapped']);
      const n = shape === 'object' ? 1 : Math.min(r.int(2, 5), count - i + 1);
      const posts = Array.from({ length: n }, () => onePost(r, i++));
      const doc = shape === 'object' ? posts[0] : shape === 'array' ? posts : { posts };
      fs.writeFileSync(path.join(out, `${name}.json`), JSON.stringify(doc, null, 2) + '\n');
    }
    files++;
  }
  fs.writeFileSync(path.join(out, MARKER), JSON.stringify({ version: GENERATOR_VERSION, count, seed, files }) + '\n');
  return files;
}

function parseArgs(argv) {
  const o = { count: 10000, seed: 42 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      if (i + 1 >= argv.length) usage(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--out') o.out = val();
    else if (a === '--count') o.count = Number(val());
    else if (a === '--seed') o.seed = Number(val());
    else if (a === '-h' || a === '--help') usage();
    else usage(`unknown argument ${a}`);
  }
  if (!o.out) usage('--out is required');
  if (!Number.isInteger(o.count) || o.count < 1) usage('--count must be a whole number of 1 or more');
  if (!Number.isInteger(o.seed)) usage('--seed must be a whole number');
  return o;
}

function usage(problem) {
  const text = 'usage: node scripts/gen-corpus.mjs --out DIR [--count N] [--seed S]\n';
  if (!problem) { process.stdout.write(text); process.exit(0); }
  process.stderr.write(`gen-corpus: ${problem}\n${text}`);
  process.exit(2);
}

// ---- Template pools. {placeholders} are filled by postContext(); all content is invented. ----

const ORGS = [
  ['Maplewood Family Medicine', 'Maplewood', 'maplewood.example.org'],
  ['Lakeshore Cardiology Associates', 'Lakeshore', 'lakeshore-heart.example.org'],
  ['St. Brigid Regional Medical Center', 'StBrigid', 'stbrigid.example.org'],
  ['Bright Harbor Dental', 'BrightHarbor', 'brightharbor.example.com'],
  ['Northfield Community Pharmacy', 'Northfield', 'northfield-rx.example.com'],
  ['Cedar Valley Cancer Center', 'CedarValley', 'cedarvalley.example.org'],
  ['Pinecrest Urgent Care', 'Pinecrest', 'pinecrest.example.com'],
  ['Summit Orthopedic Institute', 'Summit', 'summit-ortho.example.org'],
  ['Brookside Pediatrics', 'Brookside', 'brookside-kids.example.org'],
  ['Willow Creek Behavioral Health', 'WillowCreek', 'willowcreek.example.org'],
  ['Ridgeview Hospice & Palliative Care', 'Ridgeview', 'ridgeview.example.org'],
  ['Harborlight Eye Clinic', 'Harborlight', 'harborlight.example.com'],
  ['Clearwater Dermatology', 'Clearwater', 'clearwater-derm.example.com'],
  ['Granite County Public Health', 'GraniteHealth', 'granitecounty.example.org'],
  ['Sunnyside Women\'s Health', 'Sunnyside', 'sunnyside.example.org'],
  ['Coastline Sports Medicine', 'Coastline', 'coastline-sports.example.com'],
].map(([name, short, domain], i) => ({ name, short, domain, phone: `(555) 010-${String(1200 + i * 37).padStart(4, '0')}` }));

const STAFF_FIRST = ['Anita', 'Luis', 'Camille', 'Marcus', 'Helen', 'Grace', 'Tomasz', 'Imani', 'Rahul', 'Beatriz',
  'Owen', 'Keiko', 'Darnell', 'Sofia', 'Ezra', 'Nadia', 'Farah', 'Jonah', 'Mei', 'Callum'];
const STAFF_LAST = ['Rao', 'Ferreira', 'Osei', 'Whitfield', 'Markovic', 'Nwosu', 'Lindqvist', 'Achebe', 'Banerjee',
  'Cortez', 'Halloran', 'Sato', 'Everett', 'Romano', 'Goldfarb', 'Haddad', 'Qureshi', 'Pryce', 'Tanaka', 'Byrne'];
const TITLES = ['Dr.', 'Dr.', 'Nurse', 'our pharmacist', 'our hygienist', 'Dr.', 'physical therapist'];
const ROLES = ['nurse practitioner', 'respiratory therapist', 'charge nurse', 'dietitian', 'social worker',
  'medical assistant', 'pharmacist', 'physician assistant', 'chaplain', 'lab technician'];
const FIRST = ['Edna', 'Priya', 'Gloria', 'Walt', 'Tanisha', 'Bernard', 'Lucia', 'Dmitri', 'Maeve', 'Ricardo', 'Hollis',
  'Yvonne', 'Abel', 'Constance', 'Kwame', 'Ingrid', 'Rusty', 'Marisol', 'Cyrus', 'Opal', 'Thaddeus', 'Noor', 'Leland', 'Birdie'];
const LAST = ['Kowalski', 'Delgado', 'Ashford', 'Mbeki', 'Fairweather', 'Okonjo', 'Lindgren', 'Vasquez', 'Pemberton',
  'Szabo', 'Rourke', 'Castellano', 'Whitcomb', 'Abernathy', 'Ngata', 'Holloway', 'Petrakis', 'Quill', 'Barrow', 'Strand'];
const CONDITIONS = ['type 2 diabetes', 'breast cancer', 'COPD', 'a stroke', 'heart failure', 'a broken hip',
  'sepsis', 'pneumonia', 'melanoma', 'Crohn\'s disease', 'kidney failure', 'an opioid overdose', 'depression',
  'atrial fibrillation', 'a torn ACL', 'shingles', 'long COVID', 'leukemia'];
const PROCEDURES = ['hip replacement', 'knee replacement', 'bypass surgery', 'a pacemaker implant', 'chemo',
  'a mastectomy', 'cataract surgery', 'a root canal', 'dialysis', 'spinal fusion', 'an ACL repair', 'a C-section',
  'wisdom tooth extraction', 'a colonoscopy', 'radiation therapy'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December', 'Jan.', 'Sept.', 'Oct.'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const PLATFORMS = ['facebook', 'facebook', 'instagram', 'instagram', 'x', 'linkedin', 'tiktok', 'youtube', 'threads', 'bluesky', 'generic'];
const HASHTAGS = ['FluSeason', 'HeartHealth', 'PatientSafety', 'NurseLife', 'MentalHealthMatters', 'DentalCare',
  'CancerSurvivor', 'WellnessWednesday', 'HealthyKids', 'TeamWork', 'HealthcareHeroes', 'SkinCheck', 'Vaccinate',
  'PublicHealth', 'RecoveryJourney', 'SelfCare', 'ADHDAwareness', 'AskTheDoc', 'CommunityHealth', 'NationalNursesWeek'];
const EMOJI = ['🎉', '💉', '❤️', '🩺', '🌟', '👏', '😊', '🦷', '🧠', '☀️', '🙌', '💪', '🍎', '📣', '🏥', '🙏'];
const STREETS = ['Birch Hollow Rd', 'Elm St', 'Quarry Lane', 'Route 9', 'Harbor View Dr', 'Old Mill Ct', 'Juniper Ave'];
const TOWNS = ['Millbrook', 'East Fairhaven', 'Cobb Hollow', 'Port Ansel', 'Westmere', 'Dunmore Falls'];
const SOURCES = ['https://www.cdc.gov/flu/prevent/', 'https://www.cdc.gov/diabetes/', 'https://www.heart.org/',
  'https://www.uspreventiveservicestaskforce.org/', 'https://www.aad.org/public', 'https://www.nih.gov/health-information',
  'https://www.cdc.gov/tobacco/', 'https://www.who.int/health-topics'];

const CLEAN = [
  'Wash your hands often, especially before meals.',
  'Our {orgShort} team is here for you every step of the way.',
  'Drink plenty of water when the weather heats up.',
  'Questions? Call our front desk at {orgPhone}.',
  'Walk-ins welcome {weekday}s from {hours}.',
  'Book online anytime at {orgSite}.',
  'Regular checkups help catch problems early.',
  'Thank you to everyone who came out to our open house!',
  'We\'re now in-network with more insurance plans. Check yours in the portal.',
  'Bring a list of your current medicines to your next appointment.',
  'Parking is free in the north garage for all visitors.',
  'Get moving: even a short walk after dinner counts.',
  'Talk to your doctor about which screenings are right for you.',
  'Our lobby café now serves breakfast until 11am ☕',
  'We\'re hiring! Meet the team at our careers night.',
  'Masks are available at every entrance during respiratory virus season.',
  'Sleep, sunlight and a little movement go a long way this winter.',
  'Need a ride to your appointment? Ask about our shuttle.',
];
const EVENT = [
  'Free blood pressure checks at the {town} farmers market this {weekday}!',
  'Flu shot clinic on {month} {day}, {hours}, no appointment needed.',
  '{month} is awareness month for {cond}: join our free talk with {staff}.',
  'We\'ll be closed {weekday}, {month} {day}, for staff training. For urgent needs call {orgPhone}.',
  'Car seat safety check in our parking lot on {month} {day}. Bring your little one\'s seat!',
  'Our new {role} residency starts {month} {day}. Welcome to the class of 2026!',
  'Join {staff} for a cooking demo on heart-healthy lunches this {weekday}.',
];
const STAFF_LINES = [
  'Staff spotlight 🌟 Meet {staffFull}, who has worked on our {cond} care team for {n} years.',
  'Congratulations to {staff} on earning board certification in oncology!',
  'Please welcome {staff}, our newest {role}, who will be seeing patients with {cond}.',
  'Happy retirement to {staffFull}, who cared for cancer patients here since 1998 🎉',
  '{staff} will answer your questions about {cond} live on our page {weekday} at noon.',
  'Shoutout to our {role} {staffFirst} for organizing the winter coat drive!',
];
const STATS_SOURCED = [
  'About 1 in 3 adults has high blood pressure, and many don\'t know it.',
  'Getting a flu vaccine lowers your risk of a flu-related hospital stay.',
  'Screening can find colon cancer early, when it is easier to treat.',
  'Nearly {pct}% of adults in the U.S. don\'t get enough sleep.',
  'Smoking causes about 1 in 5 deaths in the United States each year.',
  'Research shows regular physical activity lowers the risk of heart disease.',
];
const STATS_UNSOURCED = [
  'Studies show that {pct}% of people with {cond} never get diagnosed.',
  'Research proves that our {proc} patients recover {n} times faster!',
  '{pct}% of our patients are pain-free within a week.',
  'Doctors recommend a daily multivitamin for everyone over 40.',
  'About 1 in {n} kids in our county has asthma.',
  'Drinking green tea cuts your risk of {cond} by {pct}%.',
  'Scientists say cold showers boost your immune system.',
  'People who floss daily are {n} times less likely to have heart problems.',
];
const PATIENT = [
  'So proud of {name}, who walked out of the hospital {date} after {proc}!',
  'Happy {oldAge}th birthday to our patient {first}, who is recovering from {cond} on 4 West 🎂',
  '{name} beat {cond} and rang the bell {date}. Way to go, {first}!',
  'Congrats to {first} {last} on finishing {proc}; see you at your follow-up!',
  '{initials}, {age}, came to us with {cond} and is now back at work.',
  'Our oldest patient this year, {first}, turned {oldAge} while recovering from {proc}.',
  '{first}\'s {relative} called {phone} to thank the night team for getting her through {cond}.',
  '{name} from {town} had {proc} on {month} {day} and is already up and walking.',
  'Welcome home, {first}! After {proc} {date}, you\'re finally back on {street}.',
  'Sending love to {first} {last} (#{first}Strong) as she starts {proc} {date} 💪',
  'Baby {first} was born {date} at 7 lb 2 oz after a tricky C-section. Congrats to the {last} family!',
];
const REVIEW_SAFE = [
  'Thank you for your feedback. We take every comment seriously; please call our office at {orgPhone} so we can talk.',
  'We\'re sorry to hear this. Our patient experience team would like to help; you can reach them at {orgPhone}.',
  'Thanks for the kind words! We\'re lucky to have such a caring team.',
  'We can\'t discuss anyone\'s care online, but we\'d welcome a call at {orgPhone}.',
];
const REVIEW_CONFIRM = [
  'Hi {first}, sorry your {proc} with {staff} left you sore. Please come back in and we\'ll take a look.',
  'Thanks, {first}! We\'re glad your {proc} went smoothly, and we\'ll see you at your follow-up.',
  'We checked your chart and your appointment on {month} {day} was billed correctly.',
  'So sorry about the wait at your visit {date}. Our {role} will call you about your {cond} results.',
  'As your dentist, I can assure you the crown we placed is covered under your plan.',
];
const IDS = [
  'Hi {first}, I found your balance under {account}; the {proc} is covered after your deductible.',
  '{first}, we have you under {mrn}. Your {proc} prior authorization went through.',
  'Got it, {name}: we verified you with SSN {ssn} and moved your {proc} to {date}.',
  'Thanks {first}! Your refill for your {cond} medicine is ready; text {phone} if you need delivery to {street}.',
  'Hi {name}, your new insulin pump serial PX-{zip}-B is registered. Call {phone} with questions.',
];
const RANT = [
  'Another shift, another frequent flyer demanding a sandwich 🙄',
  'Holy shit, the ED was a zoo tonight.',
  'Half our waiting room is addicts looking for a refill.',
  'Some genius came in with a "migraine" and a shopping list of narcotics 🤡',
  'Nothing like a drug seeker at 3am to make you question your career choice.',
  'If one more whiner complains about the wait, I swear...',
  'The diabetic in room 4 keeps sneaking candy, lol.',
];
const BOUNDARY = [
  'Got questions about your meds? DM me anytime!',
  'Text my cell at {phone} if you can\'t get through to the office.',
  'That rash sounds like {cond}. Start taking ibuprofen and you should be fine.',
  'Comment below with your diagnosis and the medicines you take, and I\'ll weigh in!',
  'You should stop your blood pressure pill if it makes you dizzy.',
  'Add me on Facebook, my personal account is easier to reach than the portal.',
  'Post a photo of your mole in the comments and I\'ll tell you if it looks bad.',
];
const CLAIMS = [
  'Our new IV drip is the miracle cure for fatigue!',
  'Guaranteed results or your money back.',
  'This supplement is 100% effective against {cond}.',
  'All natural, so there are no side effects.',
  'Laser therapy that reverses {cond} in {n} sessions.',
  'Completely safe and risk-free for the whole family.',
  'The breakthrough treatment doctors don\'t want you to know about.',
];
const SPONSOR = [
  'Huge thanks to our partners at Greenleaf Blends for the smoothies! Use code {code} for 15% off.',
  'Loving this new foam roller they sent us 🧘 Link in bio.',
  'We teamed up with Solstice Skincare on a sunscreen giveaway this month.',
  'Our {role}s swear by these compression socks. Shop at https://shop.example.com/?ref={code}',
  'Reminder: broad-spectrum SPF 30 or higher, reapplied every two hours.',
];
const CODE = [
  'Use code `{code}` at checkout.',
  'Log in at `{portalHost}` to see your appointments.',
  'Reply `STOP` to opt out of text reminders.',
  'Our Wi-Fi password is `{orgShort}Guest` for waiting-room visitors.',
];
const TYPOS = [['appointment', 'appointmnet'], ['the ', 'teh '], ['receive', 'recieve'], ['definitely', 'definately'], ['their', 'thier']];
const PARAGRAPH = [
  'When I started in primary care, I thought the hardest part of the job would be the diagnoses.',
  'It turned out the hardest part was time: fifteen minutes is rarely enough to hear the whole story.',
  'Our team has spent the past year redesigning how we schedule follow-up visits.',
  'We now reserve same-day slots every morning, and our nurses call back within two hours.',
  'Prevention is less glamorous than surgery, but it saves far more lives over a career.',
  'I am grateful to colleagues who taught me to ask what matters most to each person.',
  'Burnout is real, and leaders have to make room for rest, not just talk about resilience.',
  'Community health workers have been the quiet heroes of our outreach program.',
  'We partnered with local schools to run vision screenings and hand out free glasses.',
  'Good data matters, but so do the stories behind every number on a dashboard.',
  'If you are a new clinician reading this, find a mentor early and keep asking questions.',
  'None of this works without the front desk staff who greet every family by name.',
  'Telehealth has helped rural families, but broadband gaps still leave many behind.',
  'We have a long way to go on language access, and we are hiring more interpreters.',
];

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const o = parseArgs(process.argv.slice(2));
  const t0 = performance.now();
  const files = generateCorpus(o);
  process.stdout.write(`wrote ${o.count} post${o.count === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"} to ${path.resolve(o.out)} ` +
    `(seed ${o.seed}, ${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);
}
