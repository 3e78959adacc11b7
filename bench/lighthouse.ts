/**
 * Lighthouse 12 (mobile settings: a mid-range phone, throttled network and
 * CPU) driving Debian's Chromium against a real Mend process, for the public
 * guide's pages. Prints the four scores of each page; asserts nothing.
 *
 * The server runs as its own process (as `npm start` runs it), so Lighthouse's
 * own work in this process does not slow the answers it measures.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startAppNode } from '../test/support/app-node.js';

const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const PAGES = [
  { name: 'guide article', path: '/guide/how-long-it-takes' },
  { name: 'guide index', path: '/guide' },
];

async function main(): Promise<void> {
  if (!fs.existsSync(CHROMIUM)) {
    console.log(`Chromium is not at ${CHROMIUM} (apt-get install chromium): no Lighthouse scores.`);
    return;
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mend-lighthouse-'));
  const node = await startAppNode('lighthouse', {
    MEND_DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
  });
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const rows: string[][] = [];
    for (const page of PAGES) {
      const result = await lighthouse(
        `${node.base}${page.path}`,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
        // The default configuration is Lighthouse's mobile one.
        undefined,
      );
      if (!result) throw new Error(`Lighthouse gave no result for ${page.path}`);
      const scores = CATEGORIES.map((category) => {
        const score = result.lhr.categories[category]?.score;
        return score === null || score === undefined ? '—' : String(Math.round(score * 100));
      });
      rows.push([page.name, page.path, ...scores]);
    }
    const header = ['page', 'address', ...CATEGORIES];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
    console.log(`Lighthouse ${lighthouseVersion()} (mobile), Chromium at ${CHROMIUM}`);
    console.log(line(header));
    for (const row of rows) console.log(line(row));
  } finally {
    chrome.kill();
    await node.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

function lighthouseVersion(): string {
  const manifest = path.join(
    import.meta.dirname,
    '..',
    'node_modules',
    'lighthouse',
    'package.json',
  );
  return (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string }).version;
}

await main();
