import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Lang } from '../worker/protocol.js';
import { PageApp } from './PageApp.js';
import { defaultLang } from './pageStrings.js';
import type { ScoringClient } from './workerClient.js';
import { WorkerPool } from './workerPool.js';

/** Options of {@link mountPage}. */
export interface MountPageOptions {
  /** Interface language; default zh-CN unless the browser prefers English. */
  lang?: Lang;
  /** The scoring workers; default a pool of the bundled worker (up to 4, one per core). */
  client?: ScoringClient;
}

/**
 * Renders the standalone page (open .xlsx files, results, comparison, downloads) into `root`.
 * Everything runs in this browser: files are read and scored in web workers, downloads are blobs.
 * Returns a function that unmounts the page and stops its worker.
 */
export function mountPage(root: HTMLElement, opts: MountPageOptions = {}): () => void {
  const client = opts.client ?? new WorkerPool();
  const lang = opts.lang ?? defaultLang(navigator.languages);
  const reactRoot = createRoot(root);
  reactRoot.render(
    <StrictMode>
      <FluentProvider theme={webLightTheme} lang={lang}>
        <PageApp client={client} initialLang={lang} />
      </FluentProvider>
    </StrictMode>,
  );
  return () => {
    reactRoot.unmount();
    client.terminate();
  };
}
