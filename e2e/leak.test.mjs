// End to end: a removed <pv-matrix> frees what it held. Elements are created, rendered and
// removed again and again; after forced garbage collection none of them may still be alive, and
// the WebAssembly memory must stop growing (issue 16: 301 elements stayed alive before, because
// Yew never drops the event listeners it puts on a root, and the root was the element's mount).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './browser.mjs';
import { serve } from './serve.mjs';

let server, base, browser;

before(async () => {
  ({ server, url: base } = await serve('dist', 0, {}, { '/leak-host.html': 'e2e/fixtures/leak-host.html' }));
  browser = await launch({ args: ['--js-flags=--expose-gc'] });
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('removed elements are garbage, and the wasm memory grows only by what Yew keeps', async (t) => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // The fixture has no icon: the browser's request for /favicon.ico is no error of the widget's.
  page.on('console', (m) => m.type() === 'error' && !m.location().url.endsWith('/favicon.ico') && errors.push(m.text()));
  await page.goto(`${base}/leak-host.html`);
  const result = await page.evaluate(async () => {
    await customElements.whenDefined('pv-matrix');
    const wasm = await (await import('./pv-matrix.js')).default();
    const box = document.getElementById('box');
    const pause = (ms) => new Promise((r) => setTimeout(r, ms));
    const collect = async () => {
      for (let i = 0; i < 3; i++) {
        globalThis.gc();
        await pause(20);
      }
    };
    const refs = [];
    const cycle = async (n) => {
      for (let i = 0; i < n; i++) {
        const element = document.createElement('pv-matrix');
        element.setAttribute('releases', i % 2 ? 'rhel-6,debian-6.0' : 'sles-11');
        element.setAttribute('capabilities', 'xen-dom0,xen-pv-guest');
        box.append(element);
        while (!element.shadowRoot.querySelector('[data-status]')) await pause(5);
        refs.push(new WeakRef(element));
        element.remove();
      }
      await collect();
      return wasm.memory.buffer.byteLength;
    };
    const warm = await cycle(100);
    const later = await cycle(200);
    await pause(200);
    await collect();
    const alive = refs.map((r, i) => (r.deref() ? i : -1)).filter((i) => i >= 0);
    return { alive: alive.length, which: alive, created: refs.length, warm, later };
  });
  assert.equal(result.created, 300);
  assert.equal(result.alive, 0, `${result.alive} of ${result.created} removed elements still alive: ${result.which}`);
  // Linear memory only grows. What Yew keeps per mounted root (the listeners it never drops,
  // about 2 KB) still adds up: measured, and bounded so that a regression shows.
  const perCycle = (result.later - result.warm) / 200;
  t.diagnostic(`wasm memory ${result.warm} B after 100 cycles, ${result.later} B after 300: ${perCycle.toFixed(0)} B per cycle`);
  assert.ok(perCycle <= 3000, `wasm memory grows ${perCycle} B per create/remove cycle`);
  assert.deepEqual(errors, []);
  await page.close();
});
