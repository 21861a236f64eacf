/**
 * Build of the standalone page on its own (until the add-in's vite config gains a page entry):
 * `npx vite build -c src/page/vite.page.config.ts` → test-artifacts/page-dist/page.html.
 * Relative URLs (`base: './'`), so the folder can be served from any path of an intranet server.
 */
import { defineConfig, defaultClientConditions } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const outDir = process.env.JIXIAO_PAGE_OUT_DIR ?? fileURLToPath(new URL('../../test-artifacts/page-dist', import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  plugins: [react()],
  resolve: { conditions: ['@jixiao/source', ...defaultClientConditions] },
  worker: { format: 'es' },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
    sourcemap: false,
    rollupOptions: { input: { page: fileURLToPath(new URL('./page.html', import.meta.url)) } },
  },
});
