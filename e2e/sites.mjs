// The documentation-generator recipes' shared steps (e2e/site-*.test.mjs): copy a site from
// e2e/sites/<generator>/ into a temp folder with the built bundle's files in it, build it with
// the generator from .venv-docs/ (scripts/setup), serve it and open its pages in Chromium.
import { execFileSync } from 'node:child_process';
import { access, copyFile, cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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
 * Copies e2e/sites/<generator>/ to a temp folder, the bundle's element files into `into` (a
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
  await cp(join('e2e/sites', generator), dir, { recursive: true });
  await mkdir(join(dir, into), { recursive: true });
  for (const file of ELEMENT_FILES) await copyFile(join('dist', file), join(dir, into, file));
  // Served before it is built: the build learns the site's address (MkDocs' site_url).
  const { server, url } = await serve(join(dir, out));
  const started = Date.now();
  build(dir, `${url}/`);
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
