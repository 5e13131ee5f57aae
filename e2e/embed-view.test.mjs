// End to end: the page's "Embed this view" gives the snippet of the current view, the same as
// scripts/snippet prints for that view (rendered by the browser instead of the server); pasted
// into a host page that loads embed.js, it shows the page's verdicts before the WebAssembly,
// then the live widget takes its place. Not offered inside an embedded widget, nor for a view
// that no link carries (a pasted kernel config).
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { CSP } from './hostile-host.mjs';
import { ARTIFACTS, harness } from './widget.mjs';

// The page itself is served without the strict CSP (it has an inline script); the host page
// that the snippet is pasted into has it.
const h = harness();

/** The page with `query`, live; the snippet's date is today in UTC, as scripts/snippet's is. */
const open = (query, options = {}) => h.open(query, { timezoneId: 'UTC', ...options });

/** Clicks "Embed this view" and returns the snippet once the panel shows it. */
async function embed(w) {
  await w.page.locator('[data-export="embed"]').click();
  const field = w.page.locator('[data-embed-snippet]');
  await field.waitFor();
  return field.inputValue();
}

/** `[release/capability, status]` of every verdict cell under `scope`, in document order. */
const verdicts = (locator) =>
  locator.evaluateAll((cells) => cells.map((c) => [`${c.dataset.release}/${c.dataset.capability}`, c.dataset.status]));

// Links in the order the page writes them (State::to_params), so that the page's URL is the
// snippet's attributes.
const VIEWS = [
  'releases=rhel-6,debian-6.0&capabilities=xen-dom0',
  'releases=rhel-5,sles-11-sp1&hypervisors=xen&status=no,partial&lang=de',
  'compare=ubuntu-20.04,ubuntu-22.04',
  'need=xen-dom0,virtio-scsi',
  'releases=rhel-6&kernel=5.15.0-91-generic',
];

describe('"Embed this view" on the page', () => {
  let printed;
  before(() => {
    // scripts/snippet's first run may build the example; every later one only runs it.
    printed = Object.fromEntries(VIEWS.map((q) => [q, execFileSync('scripts/snippet', [q], { encoding: 'utf8' }).trimEnd()]));
  });

  test('the snippet is the one scripts/snippet prints for the view', async () => {
    for (const query of VIEWS) {
      const w = await open(`?${query}`);
      assert.equal(new URL(w.page.url()).search, `?${query}`, 'the link is the view as the page writes it');
      const snippet = await embed(w);
      assert.equal(snippet.split('\n').length, 1, 'one line');
      assert.doesNotMatch(snippet, /\sdata-live[=\s>]|<script|style=/, 'not marked live; no script or style');
      // The same DOM. Its serialisations may differ in what no parser sees: the order of the
      // attributes on a form control (the browser's markup gets the controls' state written
      // back after the rest) and `checked=""` for `checked`.
      const same = await w.page.evaluate(([a, b]) => {
        const parse = (html) => Object.assign(document.createElement('template'), { innerHTML: html }).content;
        return parse(a).isEqualNode(parse(b));
      }, [snippet, printed[query]]);
      assert.ok(same, `${query}\npage:   ${snippet.slice(0, 300)}…\nserver: ${printed[query].slice(0, 300)}…`);
      if (!/compare=|need=/.test(query)) assert.equal(snippet, printed[query], 'byte for byte without form controls');
      assert.deepEqual(w.problems, []);
      await w.close();
    }
  });

  test('asked for the moment the page is live, on a slow machine, the snippet is still whole', async () => {
    // Yew's scheduler yields to the browser in the middle of a long run (after 16 ms). On a slow
    // machine the page's first run yields, and a click then comes before the scheduler's next
    // turn: the snippet must wait for its own render, not for a turn of the event loop (it once
    // came out empty here, in one run of three).
    const query = 'compare=ubuntu-20.04,ubuntu-22.04';
    for (let i = 0; i < 4; i++) {
      const context = await h.browser.newContext({ timezoneId: 'UTC' });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 10 });
      await page.addInitScript(`
        new MutationObserver((_, observer) => {
          const button = document.querySelector('.pvm[data-live] [data-export="embed"]');
          if (button) { observer.disconnect(); button.click(); }
        }).observe(document, { childList: true, subtree: true, attributes: true });
      `);
      await page.goto(`${h.base}/?${query}`);
      const field = page.locator('[data-embed-snippet]');
      await field.waitFor();
      const snippet = await field.inputValue();
      const same = await page.evaluate(([a, b]) => {
        const parse = (html) => Object.assign(document.createElement('template'), { innerHTML: html }).content;
        return parse(a).isEqualNode(parse(b));
      }, [snippet, printed[query]]);
      assert.ok(same, `load ${i + 1}: ${snippet.slice(0, 200)}…`);
      await context.close();
    }
  });

  test('pasted into a host page, it shows the page\'s verdicts at once, then the live widget', async () => {
    const w = await open('?releases=rhel-6,debian-6.0,sles-11-sp1&capabilities=xen-dom0,xen-pvhvm,virtio-net-blk&lang=de');
    assert.equal(await w.page.locator('[data-export="embed"]').innerText(), 'Diese Ansicht einbetten');
    const snippet = await embed(w);
    assert.match(await w.page.locator('[data-embed-panel] p').innerText(), /embed\.js einmal für alle ihre Seiten lädt/);
    const onPage = await verdicts(w.page.locator('td[data-status]'));
    assert.equal(onPage.length, 9);

    const context = await h.browser.newContext({ viewport: { width: 1000, height: 800 } });
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route('**/pv-matrix_bg.wasm', async (route) => {
      await held;
      await route.continue();
    });
    await page.route('**/embed-view-host.html', (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        headers: { 'content-security-policy': CSP },
        body: `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Host</title>
<script type="module" src="embed.js"></script></head><body><h1>Dokumentation</h1>${snippet}</body></html>`,
      }),
    );
    await page.goto(`${h.base}/embed-view-host.html`, { waitUntil: 'domcontentloaded' });
    const cells = page.locator('pv-matrix td[data-status]');
    await cells.first().waitFor();
    assert.equal(await page.locator('pv-matrix .pvm[data-live]').count(), 0, 'prerendered, not live yet');
    assert.deepEqual(await verdicts(cells), onPage);
    assert.equal(await page.locator('pv-matrix td[data-release="rhel-6"][data-capability="xen-dom0"] .pvm-verdict').innerText(), 'Nein');
    await page.screenshot({ path: `${ARTIFACTS}/embed-view-host-prerendered.png` });
    release();
    await page.locator('pv-matrix .pvm[data-live]').waitFor();
    assert.equal(await page.locator('pv-matrix .pvm').count(), 1, 'the live widget took the prerendered view\'s place');
    assert.deepEqual(await verdicts(cells), onPage);
    assert.deepEqual(problems, []);
    await context.close();
    await w.close();
  });

  test('"Copy snippet" copies it, from the keyboard too; a changed view closes the panel', async () => {
    const w = await open('?releases=rhel-6,debian-6.0');
    await w.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: w.base });
    const button = w.page.locator('[data-export="embed"]');
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    await button.focus();
    await w.page.keyboard.press('Enter');
    const field = w.page.locator('[data-embed-snippet]');
    await field.waitFor();
    assert.equal(await button.getAttribute('aria-expanded'), 'true');
    await w.page.keyboard.press('Tab');
    assert.equal(await w.page.evaluate(() => document.activeElement.dataset.embedSnippet), '', 'the snippet is next');
    await w.page.keyboard.press('Tab');
    await w.page.keyboard.press('Enter');
    await w.page.locator('[data-export="copy-snippet"]', { hasText: 'Snippet copied' }).waitFor();
    assert.equal(await w.page.evaluate(() => navigator.clipboard.readText()), await field.inputValue());
    assert.match(await field.inputValue(), /^<pv-matrix releases="rhel-6,debian-6.0"><div class="pvm-snippet">/);

    await w.page.locator('button[data-remove="rhel-6"]').click();
    await field.waitFor({ state: 'detached' });
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    assert.match(await embed(w), /^<pv-matrix releases="debian-6.0">/);
    await button.click();
    await field.waitFor({ state: 'detached' });
    assert.deepEqual(w.problems, []);
    await w.close();
  });

  test('on a phone the panel fits the page', async () => {
    const w = await open('?releases=rhel-6,debian-6.0,sles-11-sp1', { viewport: { width: 390, height: 844 } });
    await embed(w);
    const box = await w.page.locator('[data-embed-snippet]').boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= 390, `the field spans ${box.x}..${box.x + box.width}`);
    const copy = await w.page.locator('[data-export="copy-snippet"]').boundingBox();
    assert.ok(copy.height >= 24 && copy.x + copy.width <= 390, 'the button is a full target, on the page');
    assert.equal(await w.page.evaluate(() => document.documentElement.scrollWidth), 390, 'nothing wider than the page');
    await w.close();
  });

  test('not offered where no link carries the view: a pasted kernel config', async () => {
    const w = await open('?kernel=CONFIG_XEN%3Dy');
    assert.equal(await w.page.locator('[data-export="csv"]').count(), 1);
    assert.equal(await w.page.locator('[data-export="embed"]').count(), 0);
    await w.close();
  });

  test('not offered inside an embedded widget, even with the whole interface', async () => {
    const context = await h.browser.newContext();
    const page = await context.newPage();
    await page.route('**/embed-view-full.html', (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<script type="module" src="embed.js"></script></head><body><pv-matrix interface="full" loading="eager" releases="rhel-6"></pv-matrix></body></html>`,
      }),
    );
    await page.goto(`${h.base}/embed-view-full.html`);
    await page.locator('pv-matrix .pvm[data-live]').waitFor();
    assert.equal(await page.locator('pv-matrix [data-export="csv"]').count(), 1);
    assert.equal(await page.locator('pv-matrix [data-export="link"]').count(), 1);
    assert.equal(await page.locator('pv-matrix [data-export="embed"]').count(), 0);
    await context.close();
  });
});
