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
    staff: `${r.pick(TITLES)} ${staff.first} ${staff.last}`, staffFirst: staff.first,
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
  const add = (pool, n = 1) => { for (let i = 0; i < n; i++) lines.push(f(r.pick(pool))); };
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
    author: r.chance(0.8) ? org.name : f('{staff}'),
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
  fs.writeFileSync(path.join(out, MARKER), JSON.stringify({ count, seed, files }) + '\n');
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

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const o = parseArgs(process.argv.slice(2));
  const t0 = performance.now();
  const files = generateCorpus(o);
  process.stdout.write(`wrote ${o.count} posts in ${files} files to ${path.resolve(o.out)} ` +
    `(seed ${o.seed}, ${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);
}
