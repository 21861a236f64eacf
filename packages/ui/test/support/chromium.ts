/** Debian's Chromium through playwright-core, for the end-to-end tests and benchmarks. */
import { chromium, type Browser } from 'playwright-core';

/** Headless Chromium with the flags this machine needs (CHROMIUM_PATH overrides the path). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
