// The browser engines the end-to-end tests run in, behind one small page interface:
// - chromium: Debian's Chromium through playwright-core (browser.mjs);
// - firefox: Debian's Firefox ESR through playwright-core 1.64.1 (WebDriver BiDi);
// - webkit: WebKitGTK's MiniBrowser through WebKitWebDriver (plain W3C WebDriver, a few fetch
//   calls) under Xvfb; Playwright cannot drive it.
// Scripts run in the page get a helper `d` that finds elements in open shadow roots too:
// `d.all(selector, root?)`, `d.one(selector, root?)` (root: an element or document).
// Scripts that return a promise are awaited in every engine.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';
import { firefox } from 'playwright-core';
import { launch as launchChromium, CHROMIUM } from './browser.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];
export const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';

/** The engines to test: $ENGINES (comma-separated) or all three. */
export function enginesToTest() {
  const chosen = (process.env.ENGINES ?? ENGINES.join(',')).split(',').map((e) => e.trim()).filter(Boolean);
  for (const engine of chosen) if (!ENGINES.includes(engine)) throw new Error(`unknown engine ${engine} in ENGINES`);
  return chosen;
}

/** What an engine (as driven here) cannot do, for the tests to report. */
export const LIMITS = {
  chromium: [],
  firefox: [
    'playwright-core cannot go back in Firefox ESR (page.goBack() times out): back is history.back() in the page',
    "Playwright's screenshot adds a <style> that a strict CSP blocks (Firefox reports it as a page error): errors are checked before screenshots",
    'Playwright adds a global of its own (__pw_bidiInsertText): the check for new globals leaves out __pw_ names',
  ],
  webkit: [
    'W3C WebDriver reports no page errors or console messages: only errors raised after a page loaded are caught, by a listener the test adds',
    'screenshots cover the window only, not the full page',
  ],
};

// Finds elements in the document and in every open shadow root below it.
const HELPER = `{
  all(selector, root = document) {
    const found = [];
    const walk = (node) => {
      found.push(...node.querySelectorAll(selector));
      for (const element of node.querySelectorAll('*')) if (element.shadowRoot) walk(element.shadowRoot);
    };
    if (root.shadowRoot) walk(root.shadowRoot);
    walk(root);
    return found;
  },
  one(selector, root = document) {
    return this.all(selector, root)[0] ?? null;
  },
}`;

// Collects errors raised in the page after it loaded, under a symbol (not a global name).
const CATCH_ERRORS = `(() => {
  const key = Symbol.for('pv-matrix-e2e-errors');
  if (window[key]) return;
  window[key] = [];
  window.addEventListener('error', (e) => window[key].push('page error: ' + e.message));
  window.addEventListener('unhandledrejection', (e) => window[key].push('unhandled rejection: ' + e.reason));
})()`;
const CAUGHT = `window[Symbol.for('pv-matrix-e2e-errors')] ?? []`;
const TWO_FRAMES = `new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())))`;

function onPath(name) {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => existsSync(join(dir, name)));
}

function missing(engine, what) {
  return new Error(`${engine}: ${what} is not installed; run scripts/setup (it installs every engine)`);
}

/**
 * Starts an engine; `dark` asks for a dark colour scheme (prefers-color-scheme: dark) in every
 * page it opens. Resolves to { engine, limits, open(url, { width, height }), close() }.
 */
export async function launch(engine, { dark = false } = {}) {
  if (engine === 'chromium') {
    if (!existsSync(CHROMIUM)) throw missing(engine, CHROMIUM);
    const browser = await launchChromium();
    return playwrightBrowser(engine, browser, { colorScheme: dark ? 'dark' : 'light' });
  }
  if (engine === 'firefox') {
    if (!existsSync(FIREFOX)) throw missing(engine, FIREFOX);
    const browser = await firefox.launch({
      channel: 'moz-firefox',
      executablePath: FIREFOX,
      headless: true,
      // Playwright's colorScheme is not honoured by Firefox ESR here: the preference is.
      firefoxUserPrefs: { 'layout.css.prefers-color-scheme.content-override': dark ? 0 : 1 },
    });
    return playwrightBrowser(engine, browser, {});
  }
  if (engine === 'webkit') {
    for (const tool of ['WebKitWebDriver', 'xvfb-run', 'xauth']) if (!onPath(tool)) throw missing(engine, tool);
    return webDriverBrowser(engine, { dark });
  }
  throw new Error(`unknown engine ${engine}`);
}

function playwrightBrowser(engine, browser, contextOptions) {
  return {
    engine,
    limits: LIMITS[engine],
    async open(url, { width = 1400, height = 1000 } = {}) {
      const context = await browser.newContext({ viewport: { width, height }, ...contextOptions });
      const page = await context.newPage();
      const problems = [];
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
      await page.goto(url);
      await page.evaluate(CATCH_ERRORS);
      const script = (fn, args) =>
        `(async () => { const d = ${HELPER}; return (${fn})(d, ...${JSON.stringify(args)}); })()`;
      const element = async (fn, args) => {
        const handle = (await page.evaluateHandle(script(fn, args))).asElement();
        if (!handle) throw new Error(`${engine}: no element for ${fn}`);
        return handle;
      };
      return withWaiting({
        engine,
        url: () => page.url(),
        eval: (fn, ...args) => page.evaluate(script(fn, args)),
        click: async (fn, ...args) => (await element(fn, args)).click(),
        type: async (fn, text, ...args) => (await element(fn, args)).fill(text),
        back: async () => {
          if (engine === 'firefox') await page.evaluate(() => history.back());
          else await page.goBack();
        },
        screenshot: async (path) => {
          await page.evaluate(TWO_FRAMES);
          await page.screenshot({ path });
        },
        problems: async () => [...problems, ...(await page.evaluate(CAUGHT))],
        close: () => context.close(),
      });
    },
    close: () => browser.close(),
  };
}

/**
 * `waitFor(fn, args = [], timeout)`: polls a page script until it returns a truthy value (only
 * whether it is truthy comes back: WebDriver cannot return an element of another frame).
 */
function withWaiting(page) {
  page.waitFor = async (fn, args = [], timeout = 10_000) => {
    const end = Date.now() + timeout;
    const truthy = `async (d, ...args) => Boolean(await (${fn})(d, ...args))`;
    for (;;) {
      if (await page.eval(truthy, ...args)) return;
      if (Date.now() > end) throw new Error(`${page.engine}: timed out after ${timeout} ms waiting for ${fn}`);
      await new Promise((done) => setTimeout(done, 100));
    }
  };
  return page;
}

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/**
 * WebKitWebDriver on a free port under xvfb-run (a session without a display hangs), one
 * session, one window: `open` navigates that window, so one page at a time.
 */
async function webDriverBrowser(engine, { dark }) {
  const port = await freePort();
  // Its own process group, so that closing ends xvfb-run, Xvfb, the driver and MiniBrowser.
  const child = spawn('xvfb-run', ['-a', '-s', '-screen 0 1920x1400x24', 'WebKitWebDriver', `--port=${port}`], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  const kill = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.once('exit', kill);
  const base = `http://127.0.0.1:${port}`;
  const call = async (method, path, body) => {
    const response = await fetch(base + path, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const answer = await response.json();
    if (!response.ok) throw new Error(`${engine}: ${method} ${path}: ${JSON.stringify(answer.value ?? answer)}`);
    return answer.value;
  };
  try {
    const end = Date.now() + 20_000;
    for (;;) {
      const ready = await call('GET', '/status').then((v) => v.ready, () => false);
      if (ready) break;
      if (Date.now() > end || child.exitCode !== null) throw new Error(`${engine}: WebKitWebDriver did not start: ${stderr}`);
      await new Promise((done) => setTimeout(done, 100));
    }
  } catch (error) {
    kill();
    throw error;
  }
  const args = ['--automation', ...(dark ? ['--dark-mode'] : [])];
  const { sessionId } = await call('POST', '/session', {
    capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { args } } },
  });
  const session = `/session/${sessionId}`;
  const run = (fn, args) =>
    call('POST', `${session}/execute/sync`, { script: `const d = ${HELPER}; return (${fn})(d, ...arguments);`, args });
  const element = async (fn, args) => {
    const found = await run(fn, args);
    if (!found?.[ELEMENT]) throw new Error(`${engine}: no element for ${fn}`);
    return `${session}/element/${found[ELEMENT]}`;
  };
  return {
    engine,
    limits: LIMITS[engine],
    async open(url, { width = 1400, height = 1000 } = {}) {
      await call('POST', `${session}/window/rect`, { width, height });
      await call('POST', `${session}/url`, { url });
      await call('POST', `${session}/execute/sync`, { script: CATCH_ERRORS, args: [] });
      return withWaiting({
        engine,
        url: () => call('GET', `${session}/url`),
        eval: (fn, ...args) => run(fn, args),
        click: async (fn, ...args) => call('POST', `${await element(fn, args)}/click`, {}),
        type: async (fn, text, ...args) => {
          const path = await element(fn, args);
          await call('POST', `${path}/clear`, {});
          await call('POST', `${path}/value`, { text });
        },
        back: () => call('POST', `${session}/back`, {}),
        screenshot: async (path) => {
          await call('POST', `${session}/execute/sync`, { script: `return ${TWO_FRAMES};`, args: [] });
          await writeFile(path, Buffer.from(await call('GET', `${session}/screenshot`), 'base64'));
        },
        problems: () => call('POST', `${session}/execute/sync`, { script: `return ${CAUGHT};`, args: [] }),
        close: async () => {},
      });
    },
    async close() {
      await call('DELETE', session).catch(() => {});
      kill();
      process.off('exit', kill);
    },
  };
}
