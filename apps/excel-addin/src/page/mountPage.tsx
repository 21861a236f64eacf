import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Lang } from '../worker/protocol.js';
import { PageApp } from './PageApp.js';
import { defaultLang } from './pageStrings.js';
import { WorkerClient } from './workerClient.js';

/** Options of {@link mountPage}. */
export interface MountPageOptions {
  /** Interface language; default zh-CN unless the browser prefers English. */
  lang?: Lang;
  /** The scoring worker; default the bundled one. */
  client?: WorkerClient;
}

/**
 * Renders the standalone page (open .xlsx files, results, comparison, downloads) into `root`.
 * Everything runs in this browser: files are read and scored in a web worker, downloads are blobs.
 * Returns a function that unmounts the page and stops its worker.
 */
export function mountPage(root: HTMLElement, opts: MountPageOptions = {}): () => void {
  const client = opts.client ?? WorkerClient.create();
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
