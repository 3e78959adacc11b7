/**
 * Builds the single-page app from src/web into dist/web, where the server
 * serves it. JSX goes through Vite's own Oxc transform (Preact's automatic
 * runtime), so no framework plugin is needed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

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
  plugins: [precompress()],
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
