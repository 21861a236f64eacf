/**
 * Production build of the add-in: `npm run addin:build -- --origin https://intranet.example/jixiao`
 * writes dist/ (taskpane.html, assets, office-js/, help.html) and dist/manifest.xml pointing at that
 * origin. Copy dist/ to the web server so that <origin>/taskpane.html is served over https, and
 * share dist/manifest.xml through the add-in catalog. Without --origin the manifest points at the
 * development server (https://localhost:3000). `--with-dev` also builds dev.html (fake Excel).
 */
import { build } from 'vite';
import { join } from 'node:path';
import { normaliseOrigin, DEFAULT_DEV_ORIGIN } from '../src/manifest/render-manifest.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  if (i >= 0) return process.argv[i + 1];
  const eq = process.argv.find((a) => a.startsWith(`${name}=`));
  return eq?.slice(name.length + 1);
}

const origin = normaliseOrigin(arg('--origin') ?? process.env.JIXIAO_ORIGIN ?? DEFAULT_DEV_ORIGIN);
const outDir = arg('--out') ?? process.env.JIXIAO_ADDIN_OUT_DIR ?? 'dist';
process.env.JIXIAO_ORIGIN = origin;
process.env.JIXIAO_ADDIN_OUT_DIR = outDir;
if (process.argv.includes('--with-dev')) process.env.JIXIAO_WITH_DEV = '1';
const root = join(import.meta.dirname, '..');
await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
console.log(`add-in built into ${outDir}/ with manifest.xml for ${origin}`);
