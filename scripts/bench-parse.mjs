// Parse speed of the input layer: 10,000 synthetic small posts, read excluded.
// Run after `npm run build`: node scripts/bench-parse.mjs
import { parseFile } from '../dist/src/input/parse-file.js';

const N = 10_000;
const simple = (i) => `---\nplatform: facebook\ntype: post\nauthor: Riverbend Memorial Hospital\n---\n`
  + `🎉 Big milestone on 4 West! Post ${i}\n93-year-old Harold Jennings walked the full length of our hallway just nine days `
  + `after his hip replacement.\nOur PT team (shoutout to Keisha and Tomás!) has been cheering him on since March 3. `
  + `Read more at https://www.example.org/news/${i} or riverbend.example.org/pt.\n#PatientSuccess #RiverbendStrong\n`;
const rich = (i) => `---\nplatform: instagram\ntype: testimonial\nauthor: Dr. Maya Chen\nsources:\n  - https://www.cdc.gov/flu/prevent/\n`
  + `consent:\n  id: AUTH-2025-0142\n  scope: [name, photo]\nmedia:\n  - src: images/r${i}.jpg\n    alt: Patient walking with a therapist\n---\n`
  + `About 1 in 3 adults has prediabetes ([CDC](https://www.cdc.gov/diabetes/)). Use \`code\` here. <!-- hcpost-disable-next-line x/y -->\n`
  + `![A smiling nurse](images/n${i}.jpg) Free checks every Thursday at 75 Rowan Way. #Health\n`;
const json = (i) => JSON.stringify({ id: `p${i}`, platform: 'x', type: 'post', author: 'Clinic',
  text: `Smile transformation alert!! 😁✨\nSix porcelain veneers later and Jake M. can't stop grinning. Visit clinic.example.com/${i}\n#veneers` }, null, 2);

/** Wall time, and CPU time (steadier when other processes share the machine). */
function report(name, ms, cpu, n) {
  const cpuMs = (cpu.user + cpu.system) / 1000;
  console.log(`${name.padEnd(28)} ${ms.toFixed(0).padStart(5)} ms wall, ${cpuMs.toFixed(0).padStart(5)} ms cpu for ${n}: `
    + `${(ms / n * 1000).toFixed(1)} µs/post wall, ${(cpuMs / n * 1000).toFixed(1)} µs/post cpu`);
}

function bench(name, make, ext) {
  const inputs = Array.from({ length: N }, (_, i) => make(i));
  for (let i = 0; i < 2000; i++) parseFile(`/bench/p${i}${ext}`, inputs[i % N]); // warm up
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let posts = 0;
  for (let i = 0; i < N; i++) posts += parseFile(`/bench/p${i}${ext}`, inputs[i]).posts.length;
  report(name, performance.now() - t0, process.cpuUsage(c0), N);
  if (posts !== N) throw new Error(`${name}: expected ${N} posts, got ${posts}`);
}

import { readdirSync, readFileSync } from 'node:fs';

bench('markdown, simple front matter', simple, '.md');
bench('markdown, lists (yaml)', rich, '.md');
bench('json, one post', json, '.json');

// The dev corpus as it is (112 Markdown, 38 JSON posts), each parsed N / 150 times.
const dir = new URL('../../shared/corpus/posts/', import.meta.url);
let files = [];
try { files = readdirSync(dir).map((f) => [`/corpus/${f}`, readFileSync(new URL(f, dir), 'utf8')]); } catch { /* no corpus here */ }
if (files.length > 0) {
  const rounds = Math.ceil(N / files.length);
  for (const [p, t] of files) parseFile(p, t);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (let r = 0; r < rounds; r++) for (const [p, t] of files) parseFile(p, t);
  report('dev corpus (150 files)', performance.now() - t0, process.cpuUsage(c0), rounds * files.length);
}
