// The end-to-end tests' shared harness: the release bundle served on 127.0.0.1, one Chromium,
// and one page object that reads the widget through its data-* hooks.
import { after, before } from 'node:test';
import { mkdir } from 'node:fs/promises';
import { launch } from './browser.mjs';
import { serve } from './serve.mjs';

export const ARTIFACTS = 'e2e/artifacts';

/**
 * Serves dist/ (with `headers` on HTML pages and `extra` fixture files beside it) and launches
 * Chromium for the tests of one file; returns `open` and live getters for `base` and `browser`.
 */
export function harness({ headers = {}, extra = {} } = {}) {
  const state = {};
  before(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    ({ server: state.server, url: state.base } = await serve('dist', 0, headers, extra));
    state.browser = await launch();
  });
  after(async () => {
    await state.browser?.close();
    state.server?.close();
  });
  return {
    open: (query, options) => openWidget(state, query, options),
    get base() {
      return state.base;
    },
    get browser() {
      return state.browser;
    },
  };
}

/** Opens the page with a query in a fresh context and waits until the widget is live. */
async function openWidget({ browser, base }, query, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, ...options });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  await page.goto(`${base}/${query}`);
  await page.waitForSelector('.pvm[data-live]');
  const cell = (release, capability) =>
    page.locator(`td[data-release="${release}"][data-capability="${capability}"]`);
  return {
    page,
    context,
    base,
    problems,
    cell,
    status: (release, capability) => cell(release, capability).getAttribute('data-status', { timeout: 3000 }),
    columns: () =>
      page.locator('thead th[data-release]').evaluateAll((ths) => ths.map((th) => th.dataset.release)),
    param: (name) => new URL(page.url()).searchParams.get(name),
    close: () => context.close(),
  };
}
