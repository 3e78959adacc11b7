/**
 * First-screen JavaScript: what a browser must download before the first screen
 * shows — the entry script of dist/web/index.html (and any modulepreload),
 * plus everything those import statically — gzipped at level 9, against the
 * 100 KB budget. Chunks loaded later with import() are listed apart: a route
 * that loads one lazily pays for it on top. Run after `vite build`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import ts from 'typescript';

const BUDGET_KB = 100;
const webDir = path.resolve(import.meta.dirname, '..', 'dist', 'web');

interface Imports {
  static: string[];
  dynamic: string[];
}

/** Maps a URL path in the page ("/assets/x.js") or a relative import to a file in dist/web. */
function resolve(specifier: string, fromFile: string | null): string | null {
  if (/^[a-z]+:/i.test(specifier) || specifier.startsWith('//')) return null; // another origin
  const clean = specifier.split(/[?#]/)[0]!;
  const file = clean.startsWith('/')
    ? path.join(webDir, clean)
    : path.resolve(fromFile ? path.dirname(fromFile) : webDir, clean);
  return fs.existsSync(file) ? file : null;
}

/** Static imports and re-exports at the top level, and import() calls anywhere. */
function importsOf(file: string): Imports {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const found: Imports = { static: [], dynamic: [] };
  for (const statement of source.statements) {
    if (
      (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) &&
      statement.moduleSpecifier &&
      ts.isStringLiteral(statement.moduleSpecifier)
    ) {
      found.static.push(statement.moduleSpecifier.text);
    }
  }
  const visit = (node: ts.Node) => {
    if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      found.dynamic.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every file reachable from `roots` through static imports. */
function staticClosure(roots: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of importsOf(file).static) {
      const next = resolve(specifier, file);
      if (next) queue.push(next);
    }
  }
  return seen;
}

const gzipCache = new Map<string, number>();
function gzipBytes(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = gzipSync(fs.readFileSync(file), { level: 9 }).length;
    gzipCache.set(file, size);
  }
  return size;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const total = (files: Iterable<string>) => [...files].reduce((sum, f) => sum + gzipBytes(f), 0);

const indexFile = path.join(webDir, 'index.html');
if (!fs.existsSync(indexFile)) {
  console.log('First-screen JavaScript: dist/web/index.html is missing — build the web app first.');
  process.exit(1);
}
const html = fs.readFileSync(indexFile, 'utf8');
const entries = [
  ...html.matchAll(/<script\b[^>]*\btype=["']module["'][^>]*\bsrc=["']([^"']+)["']/gi),
  ...html.matchAll(/<link\b[^>]*\brel=["']modulepreload["'][^>]*\bhref=["']([^"']+)["']/gi),
]
  .map((match) => resolve(match[1]!, null))
  .filter((file): file is string => file !== null);
if (entries.length === 0) {
  console.log('First-screen JavaScript: no module script found in dist/web/index.html.');
  process.exit(1);
}

const firstScreen = staticClosure(entries);
const firstBytes = total(firstScreen);
console.log(`First-screen JavaScript (gzip -9), from dist/web/index.html:`);
for (const file of [...firstScreen].sort()) {
  console.log(`  ${path.relative(webDir, file).padEnd(44)} ${kb(gzipBytes(file)).padStart(7)} KB`);
}
console.log(
  `  total ${kb(firstBytes)} KB of the ${BUDGET_KB} KB budget — ` +
    (firstBytes <= BUDGET_KB * 1024 ? 'within budget' : 'OVER BUDGET'),
);

// Lazily loaded chunks: what each adds when a screen needs it.
const lazy = new Set<string>();
for (const file of firstScreen) {
  for (const specifier of importsOf(file).dynamic) {
    const target = resolve(specifier, file);
    if (target && !firstScreen.has(target)) lazy.add(target);
  }
}
if (lazy.size > 0) {
  console.log('Loaded later with import() (each adds to the screen that needs it):');
  for (const file of [...lazy].sort()) {
    const extra = [...staticClosure([file])].filter((f) => !firstScreen.has(f));
    const withIt = firstBytes + total(extra);
    console.log(
      `  ${path.relative(webDir, file).padEnd(44)} +${kb(total(extra)).padStart(6)} KB → ${kb(withIt)} KB`,
    );
  }
}
