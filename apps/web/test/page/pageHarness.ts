/** Shared by the page's end-to-end test and benchmark: build the page, serve it, drive Chromium. */
import { build } from 'vite';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export { launchChromium } from '@jixiao/ui/test-support';

export const APP_DIR = fileURLToPath(new URL('../../', import.meta.url));
export const REPO_DIR = fileURLToPath(new URL('../../../../', import.meta.url));
export const ARTIFACTS = `${APP_DIR}test-artifacts`;

/** Builds the standalone page into `outDir` with the page's own vite config. */
export async function buildPage(outDir: string): Promise<void> {
  process.env.JIXIAO_PAGE_OUT_DIR = outDir;
  await build({ configFile: `${APP_DIR}vite.config.ts`, logLevel: 'warn' });
}

/** The example workbook the command line generates and commits. */
export const EXAMPLE_PATH = `${REPO_DIR}examples/广州市人民政府办公厅-2022.xlsx`;

/** The example workbook's bytes: the committed file, or one generated from @jixiao/example. */
export async function exampleWorkbook(): Promise<Uint8Array> {
  if (existsSync(EXAMPLE_PATH)) return new Uint8Array(await readFile(EXAMPLE_PATH));
  const { exampleWorkbookBytes } = await import('../../src/worker/pipelineGlue.js');
  return exampleWorkbookBytes();
}
