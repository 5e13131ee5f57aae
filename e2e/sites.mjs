// The documentation-generator recipes' shared steps (e2e/site-*.test.mjs): copy a site from
// e2e/sites/<generator>/ into a temp folder with the built bundle's files in it, build it with
// the generator that scripts/setup installed (.venv-docs/ for MkDocs, Sphinx and mdBook, the
// site's own node_modules/ for VitePress and Docusaurus), serve it and open its pages in Chromium.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { access, copyFile, cp, mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { launch } from './browser.mjs';
import { serve } from './serve.mjs';

/** What a site copies from the bundle for the element (docs/embedding.md, "Recipes"). */
export const ELEMENT_FILES = ['embed.js', 'pv-matrix.js', 'pv-matrix_bg.wasm', 'pv-matrix-data.txt', 'style.css'];

/** The path of a command in .venv-docs/, or an error that says to run scripts/setup. */
export async function venvTool(name) {
  const tool = resolve('.venv-docs/bin', name);
  try {
    await access(tool);
  } catch {
    throw new Error(`${tool} is missing: run scripts/setup`);
  }
  return tool;
}

/**
 * The path of a command a site's own npm packages provide (e2e/sites/<generator>/node_modules/,
 * installed by scripts/setup with `npm ci`), or an error that says to run scripts/setup.
 */
export async function siteTool(generator, name) {
  const tool = resolve('e2e/sites', generator, 'node_modules/.bin', name);
  try {
    await access(tool);
  } catch {
    throw new Error(`${tool} is missing: run scripts/setup`);
  }
  return tool;
}

/**
 * Copies e2e/sites/<generator>/ to a temp folder (its node_modules/, if any, linked rather than
 * copied), the bundle's element files into `into` (a
 * folder of the site), runs `build(dir, address)` there and serves what it wrote to `out` at the
 * address. Resolves to
 * { base, browser, close }.
 */
export async function buildSite(generator, into, build, out) {
  for (const file of ELEMENT_FILES) {
    await access(join('dist', file)).catch(() => {
      throw new Error(`dist/${file} is missing: run scripts/build`);
    });
  }
  const temp = await mkdtemp(join(tmpdir(), `pv-matrix-${generator}-`));
  const dir = join(temp, 'site');
  const source = join('e2e/sites', generator);
  await cp(source, dir, { recursive: true, filter: (path) => basename(path) !== 'node_modules' });
  await access(join(source, 'node_modules')).then(
    () => symlink(resolve(source, 'node_modules'), join(dir, 'node_modules'), 'dir'),
    () => {},
  );
  await mkdir(join(dir, into), { recursive: true });
  for (const file of ELEMENT_FILES) await copyFile(join('dist', file), join(dir, into, file));
  // Served before it is built: the build learns the site's address (MkDocs' site_url).
  const { server, url } = await serve(join(dir, out));
  const started = Date.now();
  try {
    build(dir, `${url}/`);
  } catch (error) {
    server.close();
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
  const seconds = (Date.now() - started) / 1000;
  const browser = await launch({ args: ['--js-flags=--expose-gc'] });
  return {
    base: url,
    browser,
    seconds,
    close: async () => {
      await browser.close();
      server.close();
      await rm(temp, { recursive: true, force: true });
    },
  };
}

/** Runs a command with `env` added, its output on stderr; NO_MKDOCS_2_WARNING quiets Material's notice. */
export function run(command, args, cwd, env = {}) {
  execFileSync(command, args, { cwd, stdio: ['ignore', 2, 2], env: { ...process.env, NO_MKDOCS_2_WARNING: '1', ...env } });
}

/** A page in a fresh context, the reader preferring light, that collects page and console errors. */
export async function open(browser) {
  const context = await browser.newContext({ viewport: { width: 1300, height: 1000 }, colorScheme: 'light' });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // A site without an icon (the Sphinx one): the browser's request for /favicon.ico is no error
  // of the widget's.
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) problems.push(`console: ${m.text()} (${m.location().url})`);
  });
  return { page, problems };
}

/**
 * Waits until every <pv-matrix> on the page shows its verdicts; resolves to, for each, the
 * number of widget roots and verdict cells in its shadow root (one root each: rendered once).
 */
export async function rendered(page, count) {
  await page.waitForFunction(
    (n) => {
      const elements = [...document.querySelectorAll('pv-matrix')];
      return elements.length === n && elements.every((e) => e.shadowRoot?.querySelector('td[data-status]'));
    },
    count,
    { timeout: 20000 },
  );
  return page.evaluate(() =>
    [...document.querySelectorAll('pv-matrix')].map((e) => ({
      roots: e.shadowRoot.querySelectorAll('.pvm').length,
      cells: e.shadowRoot.querySelectorAll('td[data-status]').length,
      releases: e.getAttribute('releases'),
    })),
  );
}

/** The colour scheme and a verdict cell's (its button's) colours inside the first element's shadow root. */
export function widgetColours(page) {
  return page.evaluate(() => {
    const root = document.querySelector('pv-matrix').shadowRoot;
    const cell = root.querySelector('td[data-status] button') ?? root.querySelector('td[data-status]');
    return {
      scheme: getComputedStyle(root.querySelector('.pvm') ?? root.firstElementChild).colorScheme,
      cell: getComputedStyle(cell).backgroundColor,
      text: getComputedStyle(cell).color,
    };
  });
}

/** Waits until the first element's widget shows `scheme` ('light' or 'dark'). */
export function widgetScheme(page, scheme) {
  return page.waitForFunction(
    (s) => getComputedStyle(document.querySelector('pv-matrix').shadowRoot.querySelector('.pvm')).colorScheme === s,
    scheme,
  );
}

/**
 * The site's own switch and the widget agree, on a page with widgets: light at first, then dark
 * with other verdict colours, then light as at first, and dark again (the caller goes on to the
 * next page with it). `set(scheme)` works the site's switch and waits for the site to show the
 * scheme. With `background`, the widget sits on the page's own background in both schemes.
 * Saves the screenshots `<name>-light` and `<name>-dark`.
 */
export async function assertSchemeFollows(page, name, set, { background = false } = {}) {
  const light = await widgetColours(page);
  assert.equal(light.scheme, 'light');
  const lightBackground = background ? await backgrounds(page) : null;
  if (background) assert.equal(lightBackground.widget, lightBackground.page);
  await screenshot(page, `${name}-light`);
  await set('dark');
  await widgetScheme(page, 'dark');
  const dark = await widgetColours(page);
  assert.notEqual(dark.cell, light.cell, 'the verdict cell kept its light background');
  assert.notEqual(dark.text, light.text);
  if (background) {
    const darkBackground = await backgrounds(page);
    assert.equal(darkBackground.widget, darkBackground.page);
    assert.notEqual(darkBackground.page, lightBackground.page);
  }
  await screenshot(page, `${name}-dark`);
  await set('light');
  await widgetScheme(page, 'light');
  assert.deepEqual(await widgetColours(page), light);
  if (background) assert.deepEqual(await backgrounds(page), lightBackground);
  await set('dark');
}

/**
 * The page's colour behind the first element (its nearest ancestor that paints one, else the
 * canvas in the page's scheme) and the colour of the widget's root: the widget paints no box of
 * another shade on the page.
 */
export function backgrounds(page) {
  return page.evaluate(() => {
    const element = document.querySelector('pv-matrix');
    let behind = null;
    for (let node = element.parentElement; node && !behind; node = node.parentElement) {
      const colour = getComputedStyle(node).backgroundColor;
      if (colour !== 'transparent' && !/rgba?\([^)]*,\s*0\)$/.test(colour)) behind = colour;
    }
    if (!behind) {
      // Nothing paints (Docusaurus's light mode): the reader sees the canvas.
      const probe = document.createElement('div');
      probe.style.background = 'Canvas';
      document.documentElement.append(probe);
      behind = getComputedStyle(probe).backgroundColor;
      probe.remove();
    }
    return { page: behind, widget: getComputedStyle(element.shadowRoot.querySelector('.pvm')).backgroundColor };
  });
}

/**
 * Holds weak references to the page's elements (and, where `heading` names one, its heading: what
 * the generator itself keeps of the pages left behind), to count later which are still alive.
 */
export function remember(page, heading = null) {
  return page.evaluate((selector) => {
    globalThis.refs ??= [];
    globalThis.headings ??= [];
    for (const e of document.querySelectorAll('pv-matrix')) globalThis.refs.push(new WeakRef(e));
    if (selector) globalThis.headings.push(new WeakRef(document.querySelector(selector)));
  }, heading);
}

/**
 * After forced garbage collection (the browser runs with --expose-gc): how many of the elements
 * remembered so far are alive, how many of those still hold a widget (a `.pvm` root in their
 * shadow root; a removed element drops its widget and shows its placeholder again), how many of
 * the remembered headings are alive, the elements on the page, and the wasm memory's size (the
 * glue at `glue`, the same module instance embed.js loaded).
 */
export function alive(page, glue = '/pv-matrix/pv-matrix.js') {
  return page.evaluate(async (glue) => {
    for (let i = 0; i < 4; i++) {
      globalThis.gc();
      await new Promise((r) => setTimeout(r, 50));
    }
    const refs = globalThis.refs ?? [];
    const elements = refs.map((r) => r.deref()).filter(Boolean);
    const wasm = await (await import(new URL(glue, location.href).href)).default();
    return {
      seen: refs.length,
      alive: elements.length,
      widgets: elements.filter((e) => e.shadowRoot.querySelector('.pvm')).length,
      headings: (globalThis.headings ?? []).filter((r) => r.deref()).length,
      onPage: document.querySelectorAll('pv-matrix').length,
      memory: wasm.memory.buffer.byteLength,
    };
  }, glue);
}

/** Saves a screenshot of the page's first screen as e2e/artifacts/site-<name>.png, to look at. */
export async function screenshot(page, name) {
  await mkdir('e2e/artifacts', { recursive: true });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.screenshot({ path: `e2e/artifacts/site-${name}.png` });
}

/**
 * The recipes' navigation walk: from a widget page away, back and to the other widget page,
 * then 30 more in turn, ending on the page without one (`go(page, name)` follows the site's
 * own link and checks each widget rendered once). Returns `alive()` after 13 navigations and
 * after all 35.
 */
export async function navigate35(page, go) {
  for (const name of ['home', 'xen', 'kvm', 'xen']) await go(page, name);
  const order = ['home', 'kvm', 'xen'];
  let early;
  for (let i = 0; i < 30; i++) {
    await go(page, order[i % 3]);
    if (i === 8) early = await alive(page);
  }
  await go(page, 'home');
  return { early, late: await alive(page) };
}

/**
 * What every recipe holds after the walk: no widget on the page without one, at most two alive
 * on the way, and the wasm memory growing by no more than what Yew keeps per mounted root
 * (leak.test.mjs).
 */
export function assertFlat(t, { early, late }) {
  t.diagnostic(`after 13 navigations: ${JSON.stringify(early)}; after 35: ${JSON.stringify(late)}`);
  assert.equal(late.onPage, 0);
  assert.ok(early.widgets <= 2, `${early.widgets} widgets alive on a page with at most 2`);
  const perWidget = (late.memory - early.memory) / (late.seen - early.seen);
  t.diagnostic(`wasm memory ${early.memory} B, then ${late.memory} B: ${perWidget.toFixed(0)} B per widget mounted in between`);
  assert.ok(perWidget <= 3000, `wasm memory grows ${perWidget} B per widget`);
}

/**
 * After a click on the site's own link to `target` (`{ path, title, widgets }`): waits for its
 * address and heading (without a permalink anchor's zero-width space or `#`), checks that the
 * page was not loaded anew (client-side navigation) and that each widget rendered once, then
 * remembers the page for `alive()`.
 */
export async function arrived(page, name, target, heading) {
  await page.waitForFunction(
    ({ path, title, heading }) =>
      location.pathname === path && document.querySelector(heading)?.textContent.replace(/[\u200b#]/g, '').trim() === title,
    { ...target, heading },
  );
  const widgets = await rendered(page, target.widgets);
  assert.equal(await page.evaluate(() => globalThis.samePage), true, `navigating to ${name} loaded the page anew`);
  for (const w of widgets) assert.deepEqual([w.roots, w.cells], [1, 2], `${name}: ${JSON.stringify(widgets)}`);
  await remember(page, heading);
}
