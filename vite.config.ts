/**
 * Builds the single-page app from src/web into dist/web, where the server
 * serves it. JSX goes through Vite's own Oxc transform (Preact's automatic
 * runtime), so no framework plugin is needed.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('./src/web', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/web', import.meta.url));

export default defineConfig({
  root: webRoot,
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
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
