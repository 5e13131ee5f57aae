// Screenshots of the built page at desktop and phone widths, light and dark, for looking at.
// Usage: node e2e/screenshot.mjs [query] [out-dir]   (OPEN_CELL=release/capability, EMBED=1, FULL=1,
// OPEN_TERM=pvhvm: the glossary at a term, OPEN_TERM= at its top)
import { mkdir } from 'node:fs/promises';
import { launch } from './browser.mjs';
import { serve } from './serve.mjs';

const query = process.argv[2] ?? '';
const out = process.argv[3] ?? 'e2e/artifacts';
await mkdir(out, { recursive: true });
const { server, url } = await serve('dist');
const browser = await launch();
try {
  for (const [name, width, height] of [['desktop', 1280, 900], ['phone', 390, 844]]) {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme });
      await page.goto(`${url}/${query}`);
      await page.waitForSelector('[data-status]');
      const open = process.env.OPEN_CELL;
      if (open) {
        await page.click(`td[data-release="${open.split('/')[0]}"][data-capability="${open.split('/')[1]}"] button`);
        // Its note and sources come with the data's words, fetched when the first verdict opens.
        await page.waitForSelector('[data-details] [data-words="loading"]', { state: 'detached' });
      }
      // EMBED=1: with the "Embed this view" panel open, scrolled into view.
      if (process.env.EMBED) {
        await page.click('[data-export="embed"]');
        await page.locator('[data-embed-panel]').scrollIntoViewIfNeeded();
      }
      // OPEN_TERM=pvhvm opens the glossary at that entry (OPEN_TERM= at its top).
      const term = process.env.OPEN_TERM;
      if (term !== undefined) {
        await page.click('[data-glossary-open]');
        if (term) await page.click(`.pvm-glossary-index [data-term="${term}"]`);
        await page.waitForTimeout(300);
      }
      const file = `${out}/${name}-${scheme}.png`;
      await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
      console.log(file);
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
