#!/usr/bin/env node
// The `mend` command: runs the compiled CLI (dist/cli/main.js), building the
// server first when that build is missing or older than the sources.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildServer, root, serverIsStale } from '../scripts/lib/build.mjs';

const entry = path.join(root, 'dist', 'cli', 'main.js');
const typescript = path.join(root, 'node_modules', '.bin', 'tsc');

// An installation without dev tools keeps using the build it has, and so does
// one whose sources do not compile right now: backups must still work.
if (!fs.existsSync(entry) || (serverIsStale() && fs.existsSync(typescript))) {
  try {
    await buildServer({ quiet: true });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    if (!fs.existsSync(entry)) process.exit(1);
    console.error('Using the previous build of the mend command.');
  }
}

const { run } = await import(pathToFileURL(entry).href);
process.exitCode = await run(process.argv.slice(2));
