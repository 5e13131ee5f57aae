// End to end: the embed snippet (scripts/snippet): a <pv-matrix> element with its view
// prerendered inside. It shows the verdicts before the WebAssembly has loaded, under a strict
// CSP, then the live widget takes its place; the layout shift of that swap is measured. The
// element loads the WebAssembly only near the viewport unless `loading="eager"`.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { CSP } from './hostile-host.mjs';
import { harness } from './widget.mjs';

const h = harness({ headers: { 'content-security-policy': CSP } });

let snippet;
before(() => {
  snippet = execFileSync('scripts/snippet', ['releases=rhel-6,debian-6.0&capabilities=xen-dom0'], { encoding: 'utf8' });
});

/** A host page with `body` served under the strict CSP (a route, so no fixture file is needed). */
async function host(body, { holdWasm = false } = {}) {
  const context = await h.browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  const wasmRequests = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  let release = () => {};
  const held = new Promise((resolve) => (release = resolve));
  await page.route('**/pv-matrix_bg.wasm', async (route) => {
    wasmRequests.push(route.request().url());
    if (holdWasm) await held;
    await route.continue();
  });
  await page.route('**/snippet-host.css', (route) =>
    route.fulfill({ contentType: 'text/css', body: '#spacer { height: 5000px; }' }),
  );
  await page.route('**/snippet-host.html', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      headers: { 'content-security-policy': CSP },
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Snippet host</title>
<link rel="stylesheet" href="snippet-host.css"><script type="module" src="embed.js"></script></head><body><h1>Host page</h1>${body}<p id="after">After the widget.</p></body></html>`,
    }),
  );
  await page.goto(`${h.base}/snippet-host.html`, { waitUntil: 'domcontentloaded' });
  return { page, problems, wasmRequests, release, close: () => context.close() };
}

describe('the embed snippet', () => {
  test('scripts/snippet prints one line: the element, its attributes and the prerendered view', () => {
    const lines = snippet.trimEnd().split('\n');
    assert.equal(lines.length, 1);
    assert.match(snippet, /^<pv-matrix releases="rhel-6,debian-6.0" capabilities="xen-dom0"><div class="pvm-snippet">/);
    assert.match(snippet, /<td[^>]*data-release="rhel-6"[^>]*data-capability="xen-dom0"[^>]*data-status="no"/);
    assert.doesNotMatch(snippet, /<script|style=/);
  });

  test('the verdicts show before the WebAssembly loads, then the live widget replaces them', async () => {
    const { page, problems, wasmRequests, release, close } = await host(snippet, { holdWasm: true });
    await page.evaluate(() => {
      window.shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.shifts.push({ value: entry.value, at: entry.startTime });
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const cell = (release, capability) =>
      page.locator(`pv-matrix td[data-release="${release}"][data-capability="${capability}"]`);
    await cell('debian-6.0', 'xen-dom0').waitFor();
    assert.equal(await cell('rhel-6', 'xen-dom0').getAttribute('data-status'), 'no');
    assert.equal(await cell('debian-6.0', 'xen-dom0').getAttribute('data-status'), 'yes');
    assert.match(await cell('debian-6.0', 'xen-dom0').innerText(), /\S/);
    // The widget's style sheet shows it in the shadow root before the wasm.
    await page.waitForFunction(() => document.querySelector('pv-matrix').shadowRoot.querySelector('.pvm-snippet .pvm'));
    assert.equal(await page.locator('pv-matrix .pvm[data-live]').count(), 0, 'not live yet');
    assert.ok(wasmRequests.length > 0, 'an element in view asks for the wasm at once');
    await page.waitForTimeout(300);
    const before = await page.evaluate(() => window.shifts.reduce((sum, s) => sum + s.value, 0));
    const top = await page.locator('#after').boundingBox();
    release();
    await page.locator('pv-matrix .pvm[data-live]').waitFor();
    await page.waitForTimeout(500);
    const after = await page.evaluate(() => window.shifts.reduce((sum, s) => sum + s.value, 0));
    const swap = after - before;
    const moved = (await page.locator('#after').boundingBox()).y - top.y;
    console.log(`layout shift: ${swap.toFixed(4)} at the swap (text after it moved ${moved}px), ${before.toFixed(4)} before it`);
    assert.ok(swap < 0.05, `layout shift at the swap: ${swap}`);
    assert.equal(await page.locator('pv-matrix .pvm').count(), 1, 'the prerendered view is gone');
    assert.equal(await cell('rhel-6', 'xen-dom0').getAttribute('data-status'), 'no');
    assert.deepEqual(problems, []);
    await close();
  });

  test('a snippet that disagrees with its attributes is replaced by the live view, without error', async () => {
    const edited = snippet.replace('releases="rhel-6,debian-6.0"', 'releases="sles-11-sp1"');
    const { page, problems, close } = await host(edited);
    await page.locator('pv-matrix .pvm[data-live]').waitFor();
    const columns = await page.locator('pv-matrix thead th[data-release]').evaluateAll((t) => t.map((x) => x.dataset.release));
    assert.deepEqual(columns, ['sles-11-sp1']);
    assert.deepEqual(problems, []);
    await close();
  });

  test('an element far below loads the WebAssembly only when it comes near; loading="eager" at once', async () => {
    const { page, problems, wasmRequests, close } = await host(`<div id="spacer"></div>${snippet}`);
    await page.waitForFunction(() => customElements.get('pv-matrix'));
    await page.waitForTimeout(800);
    assert.equal(wasmRequests.length, 0, 'no wasm for an element out of sight');
    assert.equal(await page.evaluate(() => document.querySelector('pv-matrix').verdicts), null);
    await page.locator('pv-matrix').scrollIntoViewIfNeeded();
    await page.locator('pv-matrix .pvm[data-live]').waitFor();
    assert.ok(wasmRequests.length > 0);
    assert.deepEqual(problems, []);
    await close();

    const eager = await host(`<div id="spacer"></div>${snippet.replace('<pv-matrix ', '<pv-matrix loading="eager" ')}`);
    await eager.page.waitForFunction(() => document.querySelector('pv-matrix').verdicts !== null);
    assert.ok(eager.wasmRequests.length > 0);
    await eager.close();
  });
});
