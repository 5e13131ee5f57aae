// The browser half of `scripts/bench`: bytes of every file the default page loads, time to first
// matrix against a static page with the same markup, a documentation page's first verdict with
// and without the embed snippet against its static copy, interaction latency, and memory.
// Expects dist/ (trunk build --release), dist-static/ (cargo run --example prerender -- static) and
// target/synthetic.json (cargo run --example synthetic_data).
// Prints plain-text tables; run: node e2e/bench.mjs [loads]
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { launch } from './browser.mjs';
import { FIRST_CELL_PROBE } from './probes.mjs';
import { serve } from './serve.mjs';

const LOADS = Number(process.argv[2] ?? 15);
const INTERACTIONS = 30;

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const brotli = (bytes) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
const ms = (v) => v.toFixed(1).padStart(8);
const num = (v) => String(v).padStart(9);
function table(title, head, rows) {
  console.log(`\n${title}`);
  console.log(head);
  for (const row of rows) console.log(row);
}

const { server, url } = await serve('dist');
const { server: staticServer, url: staticUrl } = await serve('dist-static');
const browser = await launch();

try {
  // 1. Bytes of every file the default page loads.
  const page = await browser.newPage();
  const loaded = [];
  page.on('requestfinished', (request) => loaded.push(new URL(request.url()).pathname));
  await page.goto(`${url}/`);
  await page.waitForSelector('.pvm[data-live]');
  await page.close();
  const files = [...new Set(loaded)].map((p) => (p === '/' ? '/index.html' : p));
  let total = { raw: 0, gzip: 0, brotli: 0 };
  const rows = [];
  for (const file of files) {
    const bytes = await readFile(`dist${file}`);
    const sizes = { raw: bytes.length, gzip: gzip(bytes), brotli: brotli(bytes) };
    for (const k of Object.keys(total)) total[k] += sizes[k];
    rows.push(`${file.padEnd(28)}${num(sizes.raw)}${num(sizes.gzip)}${num(sizes.brotli)}`);
  }
  rows.push(`${'total'.padEnd(28)}${num(total.raw)}${num(total.gzip)}${num(total.brotli)}`);
  const distros = (await readdir('data/distros')).filter((f) => f.endsWith('.json'));
  const data = Buffer.concat(
    await Promise.all(
      ['capabilities', 'sources', 'kconfigs'].map((f) => readFile(`data/${f}.json`)).concat(
        distros.map((d) => readFile(`data/distros/${d}`)),
      ),
    ),
  );
  rows.push(`${'data files (before build.rs)'.padEnd(28)}${num(data.length)}${num(gzip(data))}${num(brotli(data))}`);
  table('Bytes the default page loads', `${'file'.padEnd(28)}${'raw'.padStart(9)}${'gzip -9'.padStart(9)}${'brotli'.padStart(9)}`, rows);

  // 2. Time to first matrix: cold loads in fresh contexts, widget against static markup.
  /** One cold load: ms from navigation start to the first verdict cell, or to the live widget. */
  async function coldLoad(base, query = '', live = false, link = null) {
    const context = await browser.newContext();
    const p = await context.newPage();
    if (link) {
      const cdp = await context.newCDPSession(p);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', link);
    }
    await p.addInitScript(FIRST_CELL_PROBE);
    await p.goto(`${base}/${query}`);
    const mark = live ? '__live' : '__firstCell';
    await p.waitForFunction((m) => window[m] !== undefined, mark);
    const time = await p.evaluate((m) => window[m], mark);
    await context.close();
    return time;
  }
  /**
   * Loads the widget and the static page on the two servers, interleaved (one of each in turn,
   * so that a busy moment hits all alike), and prints one table.
   */
  async function firstMatrixTable(title, widgetUrl, staticPageUrl, link = null) {
    const [widget, plain, live, linked] = [[], [], [], []];
    for (let i = 0; i < LOADS; i++) {
      widget.push(await coldLoad(widgetUrl, '', false, link));
      plain.push(await coldLoad(staticPageUrl, '', false, link));
      live.push(await coldLoad(widgetUrl, '', true, link));
      linked.push(await coldLoad(widgetUrl, '?releases=rhel-5,rhel-6,debian-6.0', true, link));
    }
    const spread = (t) => `${ms(Math.min(...t))}${ms(Math.max(...t))}`;
    const ratio = (t) => (median(t) / median(plain)).toFixed(2).padStart(8);
    table(title, `${'page'.padEnd(28)}${'median'.padStart(8)}${'min'.padStart(8)}${'max'.padStart(8)}`, [
      `${'widget (wasm)'.padEnd(28)}${ms(median(widget))}${spread(widget)}`,
      `${'static HTML, same markup'.padEnd(28)}${ms(median(plain))}${spread(plain)}`,
      `${'ratio widget / static'.padEnd(28)}${ratio(widget)}`,
      `${'widget live (wasm rendered)'.padEnd(28)}${ms(median(live))}${spread(live)}`,
      `${'ratio live / static'.padEnd(28)}${ratio(live)}`,
      `${'linked view live'.padEnd(28)}${ms(median(linked))}${spread(linked)}`,
    ]);
  }
  await firstMatrixTable(
    `Time to first matrix, ${LOADS} cold loads each (ms from navigation start)`,
    url,
    staticUrl,
  );

  // The same over a link like a slow office line (served gzip -9): here the bytes, not the
  // CPU, decide, and a prerendered page shows its matrix long before the WebAssembly arrives.
  const LINK = { offline: false, latency: 40, downloadThroughput: 10e6 / 8, uploadThroughput: 10e6 / 8 };
  const { server: slowServer, url: slowUrl } = await serve('dist', 0, {}, {}, { compress: true });
  const { server: slowStatic, url: slowStaticUrl } = await serve('dist-static', 0, {}, {}, { compress: true });
  await firstMatrixTable(
    'The same over a 10 Mbit/s link with 40 ms latency, gzip (ms from navigation start)',
    slowUrl,
    slowStaticUrl,
    LINK,
  );
  slowServer.close();
  slowStatic.close();

  // 2b. A documentation page (issue 16): the element with the snippet inside, the element alone,
  // and a static copy of the page with the snippet's markup and no script: time to the first
  // verdict cell, in the light DOM or the element's shadow root.
  const snippet = execFileSync('scripts/snippet', ['releases=rhel-6,debian-6.0,sles-11-sp1&capabilities=xen-pv-guest,xen-dom0'], {
    encoding: 'utf8',
  }).trim();
  const docPage = (body, script) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Docs</title>${
    script ? '<script type="module" src="embed.js"></script>' : ''
  }</head><body><h1>Running Linux guests on Xen</h1><p>Which releases run as guests and as dom0:</p>${body}</body></html>`;
  const plainElement = '<pv-matrix releases="rhel-6,debian-6.0,sles-11-sp1" capabilities="xen-pv-guest,xen-dom0"></pv-matrix>';
  const inner = snippet.replace(/^<pv-matrix[^>]*>/, '').replace(/<\/pv-matrix>$/, '');
  const pages = {
    '/doc-snippet.html': docPage(snippet, true),
    '/doc-element.html': docPage(plainElement, true),
    '/doc-static.html': docPage(inner, false),
  };
  const dir = await mkdtemp(join(tmpdir(), 'pvm-bench-'));
  const extra = {};
  for (const [path, html] of Object.entries(pages)) {
    await writeFile(join(dir, path.slice(1)), html);
    extra[path] = join(dir, path.slice(1));
  }
  const { server: docServer, url: docUrl } = await serve('dist', 0, {}, extra);
  /**
   * Records, in the page, when the first verdict cell is in the document: light DOM (parsed
   * HTML, seen by a MutationObserver as the parser inserts it, like FIRST_CELL_PROBE) or
   * the element's shadow root (checked on every frame). Timed in the page, so that no round
   * trip to the test runner is counted.
   */
  const FIRST_VERDICT_PROBE = `
    const found = () => document.querySelector('td[data-status]') ??
      document.querySelector('pv-matrix')?.shadowRoot?.querySelector('td[data-status]');
    const mark = () => found() && (window.__firstVerdict ??= performance.now());
    new MutationObserver((_, observer) => mark() && observer.disconnect())
      .observe(document, { childList: true, subtree: true });
    (function poll() { if (!mark()) requestAnimationFrame(poll); })();
  `;
  /** One cold load: ms from navigation start until a verdict cell is in the document. */
  async function docLoad(path) {
    const context = await browser.newContext();
    const p = await context.newPage();
    await p.addInitScript(FIRST_VERDICT_PROBE);
    await p.goto(`${docUrl}${path}`, { waitUntil: 'commit' });
    await p.waitForFunction(() => window.__firstVerdict !== undefined, null, { polling: 'raf' });
    const t = await p.evaluate(() => window.__firstVerdict);
    await context.close();
    return t;
  }
  // Interleaved: one of each in turn, so that a busy moment hits all three alike.
  const doc = { snippet: [], element: [], plain: [] };
  for (let i = 0; i < LOADS; i++) {
    doc.snippet.push(await docLoad('/doc-snippet.html'));
    doc.element.push(await docLoad('/doc-element.html'));
    doc.plain.push(await docLoad('/doc-static.html'));
  }
  table(
    `A documentation page: first verdict, ${LOADS} interleaved cold loads each (ms from navigation start)`,
    `${'page'.padEnd(28)}${'median'.padStart(8)}${'ratio'.padStart(8)}`,
    [
      `${'static copy, no script'.padEnd(28)}${ms(median(doc.plain))}${'1.00'.padStart(8)}`,
      `${'element with the snippet'.padEnd(28)}${ms(median(doc.snippet))}${(median(doc.snippet) / median(doc.plain)).toFixed(2).padStart(8)}`,
      `${'element alone'.padEnd(28)}${ms(median(doc.element))}${(median(doc.element) / median(doc.plain)).toFixed(2).padStart(8)}`,
    ],
  );
  docServer.close();

  // 3. Interaction latency: from the event until the DOM shows the new verdicts.
  const p = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await p.goto(`${url}/`);
  await p.waitForSelector('.pvm[data-live]');
  // The release list opens when the picker has the focus.
  await p.focus('.pvm-picker input[type=search]');
  await p.waitForSelector('input[data-release-option="ubuntu-24.04"]');
  const measure = (action) =>
    p.evaluate(async (action) => {
      const appeared = (selector, present) =>
        new Promise((resolve) => {
          const check = () => (document.querySelector(selector) !== null) === present;
          if (check()) return resolve();
          const observer = new MutationObserver(() => {
            if (check()) {
              observer.disconnect();
              resolve();
            }
          });
          observer.observe(document.body, { childList: true, subtree: true, attributes: true });
        });
      const cell = 'td[data-release="ubuntu-24.04"][data-capability="xen-dom0"]';
      const start = performance.now();
      if (action === 'add' || action === 'remove') {
        document.querySelector('input[data-release-option="ubuntu-24.04"]').click();
        await appeared(cell, action === 'add');
      } else {
        const input = document.querySelector('[data-input="kernel"]');
        const value = action === 'xen' ? '2.6.18-419.el5xen' : '2.6.18-419.el5';
        input.value = value;
        input.dispatchEvent(new InputEvent('input', { bubbles: true }));
        const status = action === 'xen' ? 'yes' : 'no';
        await appeared(`td[data-release="rhel-5"][data-capability="xen-dom0"][data-status="${status}"]`, true);
      }
      return performance.now() - start;
    }, action);
  const clicks = [];
  for (let i = 0; i < INTERACTIONS; i++) {
    clicks.push(await measure('add'));
    clicks.push(await measure('remove'));
  }
  await p.goto(`${url}/?kernel=`);
  await p.waitForSelector('.pvm[data-live] [data-input="kernel"]');
  const keys = [];
  for (let i = 0; i < INTERACTIONS; i++) {
    keys.push(await measure('xen'));
    keys.push(await measure('plain'));
  }
  table(
    `Interaction latency, ${INTERACTIONS * 2} of each (ms until the DOM shows the new verdicts)`,
    `${'interaction'.padEnd(28)}${'median'.padStart(8)}${'p95'.padStart(8)}`,
    [
      `${'add or remove a release'.padEnd(28)}${ms(median(clicks))}${ms(percentile(clicks, 95))}`,
      `${'keystroke in kernel input'.padEnd(28)}${ms(median(keys))}${ms(percentile(keys, 95))}`,
    ],
  );
  await p.close();

  // 4. Memory after loading the default view.
  const m = await browser.newPage();
  await m.addInitScript(FIRST_CELL_PROBE);
  await m.goto(`${url}/`);
  await m.waitForFunction(() => window.__wasmMemory !== undefined && window.__firstCell !== undefined);
  const cdp = await m.context().newCDPSession(m);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((x) => x.name === 'JSHeapUsedSize')?.value ?? NaN;
  const linear = await m.evaluate(() => window.__wasmMemory.buffer.byteLength);
  table('Memory after load (bytes)', `${'what'.padEnd(28)}${'bytes'.padStart(12)}`, [
    `${'wasm linear memory'.padEnd(28)}${String(linear).padStart(12)}`,
    `${'JS heap used'.padEnd(28)}${String(Math.round(heap)).padStart(12)}`,
  ]);
  await m.close();

  // 5. Scale: the synthetic matrix ten times the real one (target/synthetic.json, written by
  // `cargo run --example synthetic_data`), loaded as custom data by an embedded element.
  const { server: scaleServer, url: scaleUrl } = await serve('dist', 0, {}, {
    '/plain-host.html': 'e2e/fixtures/plain-host.html',
    '/synthetic.json': 'target/synthetic.json',
  });
  try {
    const SELECTED = Array.from({ length: 12 }, (_, i) => `synth${i % 10}-${i}`).join(',');
    const loads = [];
    let sp;
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
      sp = await context.newPage();
      await sp.goto(`${scaleUrl}/plain-host.html`);
      await sp.evaluate(() => customElements.whenDefined('pv-matrix'));
      loads.push(
        await sp.evaluate(async (releases) => {
          const el = document.createElement('pv-matrix');
          el.setAttribute('custom-data', 'synthetic.json');
          el.setAttribute('releases', releases);
          // The whole interface: the picker is measured below (embedded, the default is compact).
          el.setAttribute('interface', 'full');
          const start = performance.now();
          document.body.append(el);
          while (!el.shadowRoot.querySelector('.pvm[data-live] td[data-status]')) {
            await new Promise((r) => requestAnimationFrame(r));
          }
          return performance.now() - start;
        }, SELECTED),
      );
      if (i < 4) await context.close();
    }
    await sp.evaluate(async () => {
      const root = document.querySelector('pv-matrix').shadowRoot;
      root.querySelector('.pvm-picker input[type=search]').focus();
      while (!root.querySelector('input[data-release-option]')) {
        await new Promise((r) => requestAnimationFrame(r));
      }
    });
    const scaleClick = (release, present) =>
      sp.evaluate(async ([release, present]) => {
        const root = document.querySelector('pv-matrix').shadowRoot;
        const cell = `td[data-release="${release}"][data-capability="xen-dom0"]`;
        const start = performance.now();
        root.querySelector(`input[data-release-option="${release}"]`).click();
        await new Promise((resolve) => {
          const check = () => (root.querySelector(cell) !== null) === present;
          if (check()) return resolve();
          const observer = new MutationObserver(() => check() && (observer.disconnect(), resolve()));
          observer.observe(root, { childList: true, subtree: true, attributes: true });
        });
        return performance.now() - start;
      }, [release, present]);
    const scaleClicks = [];
    for (let i = 0; i < INTERACTIONS; i++) {
      scaleClicks.push(await scaleClick('synth5-50', true));
      scaleClicks.push(await scaleClick('synth5-50', false));
    }
    const counts = await sp.evaluate(() => {
      const root = document.querySelector('pv-matrix').shadowRoot;
      return [root.querySelectorAll('input[data-release-option]').length, root.querySelectorAll('tr[data-capability-row]').length];
    });
    table(
      `Scale: ${counts[0]} releases, ${counts[1]} capability rows (synthetic custom data, embedded)`,
      `${'what'.padEnd(28)}${'median'.padStart(8)}${'p95'.padStart(8)}`,
      [
        `${'load until first verdict'.padEnd(28)}${ms(median(loads))}${ms(Math.max(...loads))}`,
        `${'add or remove a release'.padEnd(28)}${ms(median(scaleClicks))}${ms(percentile(scaleClicks, 95))}`,
      ],
    );
    await sp.context().close();
  } finally {
    scaleServer.close();
  }
} finally {
  await browser.close();
  server.close();
  staticServer.close();
}
