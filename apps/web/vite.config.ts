/**
 * Build of the standalone page: `npm run web:build` → a static folder (`index.html` + `assets/`)
 * with relative URLs (`base: './'`), so any intranet web server can host it at any path;
 * `npm run web` serves it for development. JIXIAO_PAGE_OUT_DIR sets the output folder (default
 * apps/web/dist; the end-to-end test builds into test-artifacts/page-dist).
 */
import { defineConfig, defaultClientConditions, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('./src/page/', import.meta.url));
const outDir = process.env.JIXIAO_PAGE_OUT_DIR ?? fileURLToPath(new URL('./dist', import.meta.url));

/**
 * The development server needs what the built page forbids: vite's client talks to the server
 * over a WebSocket (hot reload) and React Refresh adds an inline script. Only `vite serve` gets
 * this looser policy; the built folder keeps the strict one.
 */
function devCsp(): Plugin {
  return {
    name: 'jixiao-page-dev-csp',
    apply: 'serve',
    configureServer(server) {
      // The page's entry used to be page.html: keep old links and scripts working.
      server.middlewares.use((req, res, next) => {
        if (req.url === '/page.html') {
          res.writeHead(302, { Location: '/' }).end();
          return;
        }
        next();
      });
    },
    transformIndexHtml(html) {
      return html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("connect-src 'none'", "connect-src 'self' ws: wss:");
    },
  };
}

export default defineConfig({
  root: here,
  base: './',
  plugins: [react(), devCsp()],
  resolve: { conditions: ['@jixiao/source', ...defaultClientConditions] },
  worker: { format: 'es' },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
    sourcemap: false,
    rollupOptions: {
      input: { page: fileURLToPath(new URL('./src/page/index.html', import.meta.url)) },
    },
  },
});
