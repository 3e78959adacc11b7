// Building the server (tsc → dist/) and the web app (vite → dist/web), and
// knowing when a build is stale. Shared by start, build, test, bench and the
// `mend` command. A stamp file per target records when it was last built from
// which sources: any source newer than the stamp means "build again".
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = path.join(root, 'dist');
const stampDir = path.join(dist, '.stamps');

// What each build reads. The server build ignores src/web; the web app may
// import the shared contract and domain rules, so those count for it too.
const SERVER = {
  name: 'server',
  inputs: [
    'src',
    'package-lock.json',
    'tsconfig.base.json',
    'tsconfig.json',
    'tsconfig.build.json',
  ],
  skip: [path.join(root, 'src', 'web')],
  output: path.join(dist, 'server', 'main.js'),
};
const WEB = {
  name: 'web',
  inputs: [
    'src/web',
    'src/contract',
    'src/domain',
    'public',
    'index.html',
    'vite.config.ts',
    'package-lock.json',
    'tsconfig.base.json',
  ],
  skip: [],
  output: path.join(dist, 'web', 'index.html'),
};

function newestMtime(entry, skip) {
  if (skip.includes(entry) || !fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs; // a deleted file shows as a newer folder
  for (const name of fs.readdirSync(entry)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(path.join(entry, name), skip));
  }
  return newest;
}

function isStale(target) {
  const stamp = path.join(stampDir, target.name);
  if (!fs.existsSync(stamp) || !fs.existsSync(target.output)) return true;
  const sources = Math.max(
    ...target.inputs.map((p) => newestMtime(path.join(root, p), target.skip)),
  );
  return sources > fs.statSync(stamp).mtimeMs;
}

// The stamp carries the time the build *started*, so an edit made during a
// build still counts as newer next time.
function writeStamp(target, startedAt) {
  fs.mkdirSync(stampDir, { recursive: true });
  const stamp = path.join(stampDir, target.name);
  fs.writeFileSync(stamp, `${new Date(startedAt).toISOString()}\n`);
  fs.utimesSync(stamp, new Date(startedAt), new Date(startedAt));
}

export const serverIsStale = () => isStale(SERVER);
export const webIsStale = () => hasWebConfig() && isStale(WEB);
export const hasWebConfig = () => fs.existsSync(path.join(root, 'vite.config.ts'));

/** A tool installed by `npm ci`, or a clear error when it is not there. */
export function tool(name) {
  const bin = path.join(root, 'node_modules', '.bin', name);
  if (!fs.existsSync(bin)) {
    throw new Error(`${name} is not installed. Run "npm ci" first (it installs the build tools).`);
  }
  return bin;
}

/**
 * Runs a command from the project root and resolves with its exit code.
 * `quiet` sends its standard output to our standard error, so a command whose
 * own output matters (the `mend` CLI) stays clean.
 */
export function run(command, args, { quiet = false, env = process.env } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: root,
      env,
      stdio: quiet ? ['ignore', 2, 2] : 'inherit',
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Removes files under `dir` that the build just finished did not write. */
function pruneOlderThan(dir, startedAt) {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) pruneOlderThan(file, startedAt);
    else if (fs.statSync(file).mtimeMs < startedAt) fs.rmSync(file);
  }
}

export async function buildServer({ quiet = false } = {}) {
  // Whole milliseconds: file times may be rounded down, and a module written in
  // the first instant of the build must not count as left over.
  const startedAt = Math.floor(Date.now() / 1000) * 1000;
  const log = quiet ? console.error : console.log;
  log('Building the server (tsc -p tsconfig.build.json) …');
  // --noEmitOnError: a failed build writes nothing, so the last good build stays usable.
  const code = await run(tool('tsc'), ['-p', 'tsconfig.build.json', '--noEmitOnError'], { quiet });
  if (code !== 0) throw new Error('The server build failed (see the TypeScript errors above).');
  // tsc rewrites every output; what it did not touch came from a deleted source.
  for (const dir of ['server', 'cli', 'domain', 'contract']) {
    pruneOlderThan(path.join(dist, dir), startedAt);
  }
  writeStamp(SERVER, startedAt);
}

/** Returns false (with a note) when there is no web app to build yet. */
export async function buildWeb() {
  if (!hasWebConfig()) {
    console.log(
      'No vite.config.ts yet: skipping the web build; the server will answer the API only.',
    );
    return false;
  }
  const startedAt = Date.now();
  console.log('Building the web app (vite build → dist/web) …');
  const code = await run(tool('vite'), ['build']);
  if (code !== 0) throw new Error('The web build failed (see the errors above).');
  writeStamp(WEB, startedAt);
  return true;
}
