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

function bench(name, make, ext) {
  const inputs = Array.from({ length: N }, (_, i) => make(i));
  for (let i = 0; i < 2000; i++) parseFile(`/bench/p${i}${ext}`, inputs[i % N]); // warm up
  const t0 = performance.now();
  let posts = 0;
  for (let i = 0; i < N; i++) posts += parseFile(`/bench/p${i}${ext}`, inputs[i]).posts.length;
  const ms = performance.now() - t0;
  if (posts !== N) throw new Error(`${name}: expected ${N} posts, got ${posts}`);
  console.log(`${name.padEnd(28)} ${ms.toFixed(1).padStart(7)} ms total, ${(ms / N * 1000).toFixed(1).padStart(6)} µs/post`);
}

bench('markdown, simple front matter', simple, '.md');
bench('markdown, lists (yaml)', rich, '.md');
bench('json, one post', json, '.json');
