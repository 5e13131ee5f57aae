// Launches Debian's Chromium through playwright-core, with the flags this closed network needs.
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** `args`: more command-line switches, e.g. `--js-flags=--expose-gc` for a test that forces GC. */
export function launch({ args = [] } = {}) {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      ...args,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
