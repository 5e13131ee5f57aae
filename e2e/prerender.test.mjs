// The prerendered default page: the matrix is in the HTML itself, readable without scripts;
// the widget then puts the reader's own view in its place, and a view that is not the
// prerendered one is never shown as if it were.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { harness } from './widget.mjs';

const h = harness();

/** Loads the page without waiting for the widget; `javaScript: false` keeps it from running. */
async function load(query = '', { javaScript = true, locale = 'en-US' } = {}) {
  const context = await h.browser.newContext({ javaScriptEnabled: javaScript, locale });
  const page = await context.newPage();
  await page.goto(`${h.base}/${query}`);
  return { page, close: () => context.close() };
}

const ARTICLE_RELEASES = [
  'rhel-5', 'rhel-6', 'sles-10', 'sles-11', 'sles-11-sp1', 'debian-4.0', 'debian-5.0',
  'debian-6.0', 'fedora-12', 'fedora-13', 'fedora-16', 'ubuntu-11.10',
];

describe('prerendered default page', () => {
  test('the served HTML already holds the default matrix, and reads without scripts', async () => {
    const html = await (await fetch(`${h.base}/`)).text();
    assert.match(html, /data-prerendered/);
    assert.match(html, /<td[^>]*data-release="rhel-6"[^>]*data-capability="xen-dom0"/);
    assert.doesNotMatch(html, /<!--<\[/, 'no hydration markers: the widget renders afresh');

    const { page, close } = await load('', { javaScript: false });
    const columns = await page.locator('thead th[data-release]').evaluateAll((ths) => ths.map((th) => th.dataset.release));
    assert.deepEqual(columns.sort(), [...ARTICLE_RELEASES].sort());
    assert.equal(await page.locator('td[data-release="rhel-6"][data-capability="xen-dom0"]').getAttribute('data-status'), 'no');
    assert.ok(await page.locator('td[data-release="rhel-6"][data-capability="xen-dom0"]').isVisible());
    await close();
  });

  test('the widget replaces the prerendered view once, and the live one works', async () => {
    const w = await h.open('');
    const live = w.page.locator('#pv-matrix .pvm');
    assert.equal(await live.count(), 1, 'one widget, the prerendered copy is gone');
    assert.equal(await w.page.locator('#pv-matrix').getAttribute('data-prerendered'), null);
    assert.equal(await w.page.locator('html').getAttribute('data-pvm-loading'), null);
    assert.deepEqual((await w.columns()).sort(), [...ARTICLE_RELEASES].sort());
    await w.cell('rhel-6', 'xen-dom0').locator('button').click();
    await w.page.locator('.pvm-details').waitFor();
    assert.match(await w.page.locator('.pvm-details').innerText(), /dom0/i);
    assert.deepEqual(w.problems, []);
    await w.close();
  });

  test('the matrix is on screen before the WebAssembly has run', async () => {
    // The module is held back: what shows is the HTML alone.
    const context = await h.browser.newContext();
    const page = await context.newPage();
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route('**/pv-matrix_bg.wasm', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${h.base}/`, { waitUntil: 'domcontentloaded' });
    const cell = page.locator('td[data-release="debian-6.0"][data-capability="xen-dom0"]');
    assert.ok(await cell.isVisible());
    assert.equal(await page.locator('html').getAttribute('data-pvm-loading'), 'view');
    // Its controls take no clicks until the widget is live (they would be lost in the swap).
    assert.equal(await cell.locator('button').evaluate((b) => getComputedStyle(b).pointerEvents), 'none');
    assert.equal(await page.locator('.pvm[data-live]').count(), 0, 'not live yet');
    release();
    await page.waitForSelector('.pvm[data-live]');
    assert.equal(await page.locator('#pv-matrix .pvm').count(), 1);
    await context.close();
  });

  test('a link with a query or a German browser never shows the prerendered view', async () => {
    for (const [query, locale] of [['?releases=rhel-5', 'en-US'], ['', 'de-DE'], ['?lang=de', 'en-US']]) {
      const context = await h.browser.newContext({ locale });
      const page = await context.newPage();
      // Held back until the loading state is checked (a timer raced the checks on a busy machine).
      let release;
      const held = new Promise((resolve) => (release = resolve));
      await page.route('**/pv-matrix_bg.wasm', async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(`${h.base}/${query}`, { waitUntil: 'domcontentloaded' });
      const note = locale === 'de-DE' || query.includes('lang=de') ? 'de' : 'en';
      assert.equal(await page.locator('html').getAttribute('data-pvm-loading'), note, `${query} ${locale}`);
      assert.equal(await page.locator('td[data-status]').first().isVisible(), false, `${query} ${locale}`);
      release();
      await page.waitForSelector('.pvm[data-live]');
      assert.equal(await page.locator('html').getAttribute('data-pvm-loading'), null);
      assert.equal(await page.locator('#pv-matrix .pvm').count(), 1);
      assert.ok(await page.locator('td[data-status]').first().isVisible());
      await context.close();
    }
  });
});
