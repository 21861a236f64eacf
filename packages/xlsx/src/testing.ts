/**
 * `@jixiao/xlsx/testing` (Node only): LibreOffice for the tests that check a written workbook opens
 * in another spreadsheet program — where soffice is, a conversion with a throw-away profile, and
 * every sheet as LibreOffice shows it (CSV).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** LibreOffice's soffice where it is installed (the development and CI machines), else undefined. */
export const soffice: string | undefined = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find(
  (p) => existsSync(p),
);

/** The CSV export: UTF-8, comma, quoted text, values as formatted, every sheet to its own file. */
export const CSV_FILTER =
  'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';

/** Converts `file` with the LibreOffice `filter` (`pdf`, {@link CSV_FILTER} …) into `outDir`; its profile goes in `dir`. */
export function convert(dir: string, filter: string, file: string, outDir: string): void {
  if (soffice === undefined) throw new Error('LibreOffice (soffice) is not installed');
  execFileSync(
    soffice,
    [
      `-env:UserInstallation=file://${dir}/profile`,
      '--headless',
      '--convert-to',
      filter,
      '--outdir',
      outDir,
      file,
    ],
    { stdio: 'ignore', timeout: 120_000 },
  );
}

/** Every sheet of `file` as LibreOffice shows it, by sheet name ('' for a sheet it has not). */
export function sheetsAsCsv(dir: string, file: string): (name: string) => string {
  const out = join(dir, 'csv');
  convert(dir, CSV_FILTER, file, out);
  const files = readdirSync(out);
  return (name) => {
    const hit = files.find((f) => f.endsWith(`-${name}.csv`));
    return hit === undefined ? '' : readFileSync(join(out, hit), 'utf8');
  };
}
