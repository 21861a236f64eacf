/**
 * `npm run addin:dev`: the https development server on https://localhost:3000 that the checked-in
 * manifest.xml points at. Office requires https with a trusted certificate: the first run installs
 * one with `npx office-addin-dev-certs install` (a Microsoft tool fetched by npx, not a dependency;
 * it asks to trust a local CA) into ~/.office-addin-dev-certs, which vite.config.ts then uses.
 * Then, in another terminal, `npm run addin:sideload` opens desktop Excel with the add-in.
 * http://localhost:3000/dev.html runs the pane against the in-memory fake Excel (no Office needed).
 */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { createServer } from 'vite';

const certDir = join(homedir(), '.office-addin-dev-certs');
if (!existsSync(join(certDir, 'localhost.crt')) && !process.argv.includes('--no-certs')) {
  console.log('Installing development certificates (npx office-addin-dev-certs install)…');
  const r = spawnSync('npx', ['--yes', 'office-addin-dev-certs', 'install', '--days', '365'], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (r.status !== 0)
    console.warn(
      'Could not install certificates; the server starts without https (only dev.html will work).',
    );
}
const root = join(import.meta.dirname, '..');
const server = await createServer({ root, configFile: join(root, 'vite.config.ts') });
await server.listen();
server.printUrls();
console.log('Task pane: /taskpane.html (inside Excel) · fake Excel: /dev.html');
