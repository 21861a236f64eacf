// Runs Turborepo with its telemetry off: jixiao promises 不联网, and its own scripts keep that
// promise on every platform (a `VAR=1 turbo` prefix does not work in Windows cmd or PowerShell).
// https://turborepo.com/docs/telemetry — TURBO_TELEMETRY_DISABLED=1 turns it off, notice included.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const turbo = createRequire(import.meta.url).resolve('turbo/bin/turbo');
const result = spawnSync(process.execPath, [turbo, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' },
});
process.exitCode = result.status ?? 1;
