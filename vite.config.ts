/**
 * Builds the single-page app from src/web into dist/web, where the server
 * serves it. JSX goes through Vite's own Oxc transform (Preact's automatic
 * runtime), so no framework plugin is needed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import ts from 'typescript';
import { defineConfig, type Plugin } from 'vite';

/**
 * The browser needs three things of an operation in src/contract/operations:
 * its method, its path and who may call it (`call` reads no more). The
 * summaries and schema names are for the server and the OpenAPI document, and
 * for TypeScript, which reads them from the source; left in the bundle, they
 * would make every screen that calls an operation carry its whole table
 * (about 1.8 KB more on the first screen). Each operation's object is rebuilt
 * from those three properties; the tables' shape and keys stay as declared.
 */
function operationsForTheBrowser(): Plugin {
  const operationsDir = fileURLToPath(new URL('./src/contract/operations/', import.meta.url));
  const kept = new Set(['method', 'path', 'auth']);
  return {
    name: 'mend-operations-for-the-browser',
    transform(code, id) {
      if (!id.startsWith(operationsDir) || !id.endsWith('.ts')) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const rewrites: { start: number; end: number; text: string }[] = [];
      const visit = (node: ts.Node) => {
        const table =
          ts.isCallExpression(node) &&
          ts.isIdentifier(node.expression) &&
          node.expression.text === 'defineOperations'
            ? node.arguments[1]
            : undefined;
        if (table && ts.isObjectLiteralExpression(table)) {
          for (const entry of table.properties) {
            if (!ts.isPropertyAssignment(entry)) continue;
            const spec = entry.initializer;
            if (!ts.isObjectLiteralExpression(spec)) continue;
            const parts = spec.properties.filter(
              (part) => ts.isPropertyAssignment(part) && kept.has(part.name.getText(source)),
            );
            if (parts.length !== kept.size) {
              this.error(`${id}: ${entry.name.getText(source)} needs ${[...kept].join(', ')}`);
            }
            rewrites.push({
              start: spec.getStart(source),
              end: spec.getEnd(),
              text: `{ ${parts.map((part) => part.getText(source)).join(', ')} }`,
            });
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      let result = code;
      for (const { start, end, text } of rewrites.reverse()) {
        result = result.slice(0, start) + text + result.slice(end);
      }
      return { code: result, map: null };
    },
  };
}

/**
 * Writes a Brotli and a gzip copy beside every text asset, once at build time;
 * the server sends the copy the browser accepts (@fastify/static preCompressed).
 * Phones on a slow connection download about a third as much.
 */
function precompress(): Plugin {
  return {
    name: 'mend-precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      const dir = options.dir ?? '';
      for (const fileName of Object.keys(bundle)) {
        if (!/\.(js|css|svg|json|webmanifest)$/.test(fileName)) continue;
        const file = path.join(dir, fileName);
        const content = fs.readFileSync(file);
        if (content.length < 1024) continue;
        fs.writeFileSync(
          `${file}.br`,
          zlib.brotliCompressSync(content, {
            params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 },
          }),
        );
        fs.writeFileSync(`${file}.gz`, zlib.gzipSync(content, { level: 9 }));
      }
    },
  };
}

const webRoot = fileURLToPath(new URL('./src/web', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/web', import.meta.url));

export default defineConfig({
  root: webRoot,
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  plugins: [operationsForTheBrowser(), precompress()],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    // The server's CSP allows no inline script; the polyfill would be one.
    modulePreload: { polyfill: false },
    // Never inline assets as data: URLs into JS or CSS; small files stay files.
    assetsInlineLimit: 0,
    sourcemap: false,
  },
  server: {
    // `npx vite` for front-end work: the API comes from `npm start` on port 3000.
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
