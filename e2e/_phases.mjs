import { launch } from './browser.mjs';
import { serve } from './serve.mjs';
const { server, url } = await serve(process.argv[2] ?? 'dist');
const b = await launch();
const rows = [];
for (let i = 0; i < 7; i++) {
  const ctx = await b.newContext(); const p = await ctx.newPage();
  await p.addInitScript(`
    new MutationObserver((_, o) => { if (document.querySelector('td[data-status]')) { window.__first = performance.now(); o.disconnect(); } }).observe(document, { childList: true, subtree: true });
    addEventListener('TrunkApplicationStarted', () => { window.__started = performance.now(); });
  `);
  await p.goto(url + '/');
  await p.waitForFunction(() => window.__first && window.__started);
  rows.push(await p.evaluate(() => {
    const r = performance.getEntriesByType('resource');
    const wasm = r.find(e => e.name.endsWith('.wasm')); const js = r.find(e => e.name.endsWith('pv-matrix.js'));
    const nav = performance.getEntriesByType('navigation')[0];
    return { domInteractive: nav.domInteractive|0, jsEnd: js.responseEnd|0, wasmStart: wasm.startTime|0, wasmEnd: wasm.responseEnd|0, first: window.__first|0, started: window.__started|0 };
  }));
  await ctx.close();
}
console.table(rows);
await b.close(); server.close();
