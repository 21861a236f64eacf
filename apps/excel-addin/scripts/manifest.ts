/**
 * Writes the manifest for an origin: `tsx scripts/manifest.ts [https://host/path] [out.xml]`.
 * Without arguments it refreshes the checked-in development manifest (https://localhost:3000).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_DEV_ORIGIN, renderManifest } from '../src/manifest/render-manifest.js';

const origin = process.argv[2] ?? DEFAULT_DEV_ORIGIN;
const out = process.argv[3] ?? join(import.meta.dirname, '..', 'manifest.xml');
writeFileSync(out, renderManifest(origin));
console.log(`manifest for ${origin} written to ${out}`);
