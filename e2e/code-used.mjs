// How much of the WebAssembly a load runs: the upper bound on what splitting the wasm into a
// part loaded at start and a part loaded later could take off the default page.
//
// Instruments a copy of dist/pv-matrix_bg.wasm with binaryen's `--log-execution` (a call to an
// import at the top of every function and loop), loads pages with it in headless Chromium, and
// records which functions ran. Then it writes the wasm again with every function that did not
// run replaced by `unreachable` and prints its size: what a split's first part would be at best,
// before the split's own cost (a stub per function called across the split, exports for the
// second part's imports) and with the data section whole (it cannot be split by function).
// Expects dist/ (scripts/build). Run: node e2e/code-used.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch } from './browser.mjs';
import { serve } from './serve.mjs';

const WASM = 'dist/pv-matrix_bg.wasm';
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (n) => `${(n / 1000).toFixed(1)} KB`.padStart(10);

/** Reads an unsigned LEB128 at `at`; returns [value, next offset]. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}
function unsignedLeb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return out;
}

/** The module's sections, and its function bodies as [start, end) offsets. */
function parse(bytes) {
  const sections = [];
  const bodies = [];
  for (let at = 8; at < bytes.length; ) {
    const id = bytes[at];
    const [size, start] = leb(bytes, at + 1);
    sections.push({ id, from: at, start, end: start + size });
    if (id === 10) {
      let [count, p] = leb(bytes, start);
      for (; count > 0; count--) {
        const [length, body] = leb(bytes, p);
        bodies.push([body, body + length]);
        p = body + length;
      }
    }
    at = start + size;
  }
  return { sections, bodies };
}

/** The id that --log-execution gave each function: its body starts `i32.const id; call log`. */
function entryIds(bytes, bodies) {
  return bodies.map(([start]) => {
    let [groups, p] = leb(bytes, start);
    for (; groups > 0; groups--) {
      [, p] = leb(bytes, p);
      p += 1;
    }
    if (bytes[p] !== 0x41) throw new Error(`function at ${start} does not start with its log call`);
    return leb(bytes, p + 1)[0];
  });
}

/** The module with every function not in `kept` (indices into the bodies) made `unreachable`. */
function stubbed(bytes, kept) {
  const { sections, bodies } = parse(bytes);
  const parts = [bytes.subarray(0, 8)];
  for (const s of sections) {
    if (s.id !== 10) {
      parts.push(bytes.subarray(s.from, s.end));
      continue;
    }
    const code = [Buffer.from(unsignedLeb(bodies.length))];
    bodies.forEach(([start, end], i) => {
      const body = kept.has(i) ? bytes.subarray(start, end) : Buffer.from([0, 0x00, 0x0b]);
      code.push(Buffer.from(unsignedLeb(body.length)), body);
    });
    const content = Buffer.concat(code);
    parts.push(Buffer.from([10, ...unsignedLeb(content.length)]), content);
  }
  return Buffer.concat(parts);
}

const original = readFileSync(WASM);
const instrumentedPath = join(mkdtempSync(join(tmpdir(), 'pvm-code-used-')), 'logged.wasm');
const features = ['bulk-memory', 'reference-types', 'sign-ext', 'mutable-globals', 'nontrapping-float-to-int', 'multivalue'];
execFileSync('wasm-opt', [WASM, '--log-execution', ...features.map((f) => `--enable-${f}`), '-o', instrumentedPath]);
const instrumented = readFileSync(instrumentedPath);
const { bodies } = parse(original);
const entries = entryIds(instrumented, parse(instrumented).bodies);
if (entries.length !== bodies.length) throw new Error('the instrumented module has other functions');
/**
 * The function an id belongs to. The pass numbers a function's loops before its entry, in
 * function order, so an id belongs to the first function whose entry id is not below it.
 */
function functionOf(id) {
  let lo = 0;
  let hi = entries.length - 1;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (entries[mid] >= id) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

// Every import namespace gets the logger; the page's own loader is left as it is.
const LOGGER = `
  window.__ran = new Set();
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    WebAssembly[name] = (source, imports = {}) => {
      for (const space of Object.values(imports)) space.log_execution = (id) => window.__ran.add(id);
      return original(source, imports);
    };
  }
`;

// A documentation page with the compact element (the embedding default): what a build for
// documentation pages alone would have to carry.
const DOC_PAGE = join(mkdtempSync(join(tmpdir(), 'pvm-code-used-')), 'doc.html');
writeFileSync(
  DOC_PAGE,
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Docs</title>' +
    '<script type="module" src="embed.js"></script></head><body><h1>Xen guests</h1>' +
    '<pv-matrix releases="rhel-6,debian-6.0,sles-11-sp1" capabilities="xen-pv-guest,xen-dom0"></pv-matrix>' +
    '</body></html>',
);
const { server, url } = await serve('dist', 0, {}, { '/doc.html': DOC_PAGE });
const browser = await launch();
/** The functions that ran while loading `query` (or a path) and doing `steps`. */
async function ran(query, steps = async () => {}) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  await page.addInitScript(LOGGER);
  await page.route('**/pv-matrix_bg.wasm', (route) =>
    route.fulfill({ body: instrumented, contentType: 'application/wasm' }),
  );
  await page.goto(query.startsWith('/') ? `${url}${query}` : `${url}/${query}`);
  await page.waitForSelector('.pvm[data-live]');
  await steps(page);
  await page.waitForTimeout(500);
  const ids = await page.evaluate(() => [...window.__ran]);
  await context.close();
  return new Set(ids.map(functionOf));
}

try {
  const load = await ran('');
  const linked = await ran('?releases=rhel-5,rhel-6,debian-6.0');
  const used = await ran('', async (page) => {
    await page.focus('.pvm-picker input[type=search]');
    await page.locator('input[data-release-option="ubuntu-24.04"]').check();
    await page.locator('input[data-release-option="ubuntu-24.04"]').uncheck();
    await page.getByRole('searchbox').fill('oneiric');
  });
  const details = await ran('', async (page) => {
    await page.locator('td[data-release="rhel-6"][data-capability="xen-dom0"]').click();
    await page.locator('[data-details] .pvm-sources a').first().waitFor();
    await page.keyboard.press('Escape');
  });
  const kernel = await ran('?kernel=', async (page) => {
    await page.locator('[data-input="kernel"]').fill('2.6.18-419.el5xen');
    await page.locator('[data-input="kernel"]').fill('5.14.0-362.el9.x86_64');
  });
  const doc = await ran('/doc.html');
  const union = (...sets) => new Set(sets.flatMap((s) => [...s]));
  const rows = [
    ['the whole wasm', bodies.length, original],
    ['run by the default page', load.size, stubbed(original, load)],
    ['... and a linked view', union(load, linked).size, stubbed(original, union(load, linked))],
    [
      '... and first interactions',
      union(load, linked, used, details, kernel).size,
      stubbed(original, union(load, linked, used, details, kernel)),
    ],
    ['run by a documentation page', doc.size, stubbed(original, doc)],
  ];
  console.log(`Code a load runs (${WASM}; functions that did not run made unreachable)`);
  console.log(`${'kept'.padEnd(30)}${'functions'.padStart(10)}${'raw'.padStart(10)}${'gzip -9'.padStart(10)}`);
  for (const [what, count, bytes] of rows) {
    console.log(`${what.padEnd(30)}${String(count).padStart(10)}${kb(bytes.length)}${kb(gzip(bytes))}`);
  }
} finally {
  await browser.close();
  server.close();
}
