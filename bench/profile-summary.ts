/**
 * Where the time went in a V8 CPU profile (`node --cpu-prof`, or
 * BENCH_PROFILE with bench/http.ts): self time by function and by package or
 * source folder, the top rows of each. Usage: tsx bench/profile-summary.ts <file.cpuprofile>
 */
import fs from 'node:fs';

interface ProfileNode {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const file = process.argv[2];
if (!file) throw new Error('usage: tsx bench/profile-summary.ts <file.cpuprofile>');
const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parentOf = new Map<number, number>();
for (const node of profile.nodes)
  for (const child of node.children ?? []) parentOf.set(child, node.id);

/** The nearest frame of our own source on the stack: who asked for this time. */
function askedBy(id: number): string {
  for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
    const { url, functionName, lineNumber } = byId.get(at)!.callFrame;
    if (url.includes('/src/') && !url.includes('node_modules')) {
      return `${functionName || '(anonymous)'} ${url.split('/src/')[1]}:${lineNumber + 1}`;
    }
  }
  return '(not under our source)';
}

/** node_modules/<package> or src/<folder>/<folder>, else the V8 category. */
function area(url: string, name: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  const src = /\/(src\/[^/]+(?:\/[^/]+)?(?:\/[^/]+)?)\//.exec(url);
  if (src) return src[1]!;
  if (url.startsWith('node:')) return url;
  return url ? url.split('/').slice(-2).join('/') : `(${name || 'native'})`;
}

const fns = new Map<string, number>();
const areas = new Map<string, number>();
const database = new Map<string, number>();
let total = 0;
profile.samples.forEach((id, i) => {
  const node = byId.get(id)!;
  const dt = profile.timeDeltas[i] ?? 0;
  total += dt;
  const { functionName, url, lineNumber } = node.callFrame;
  const fn = `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
  fns.set(fn, (fns.get(fn) ?? 0) + dt);
  const a = area(url, functionName);
  areas.set(a, (areas.get(a) ?? 0) + dt);
  if (a === 'kysely' || a === 'better-sqlite3' || a === 'pg') {
    const who = askedBy(id);
    database.set(who, (database.get(who) ?? 0) + dt);
  }
});

const top = (map: Map<string, number>, n: number) =>
  [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([key, us]) => `${((100 * us) / total).toFixed(1).padStart(5)} %  ${key}`)
    .join('\n');

console.log(`${(total / 1e6).toFixed(1)} s sampled\n\nself time by area:\n${top(areas, 25)}`);
console.log(`\nself time by function:\n${top(fns, 30)}`);
console.log(`\ndatabase-driver time by the source function that asked:\n${top(database, 20)}`);
