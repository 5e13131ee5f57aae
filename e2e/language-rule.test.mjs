// One rule for the interface language, three implementations: the widget (Rust,
// `Lang::first_spoken`), the inline script of index.html (the loading note before the
// WebAssembly arrives) and static/embed.js (the element's placeholder). This feeds each of them
// the same table, e2e/fixtures/language-rule.json (tests/language_rule.rs feeds it to the Rust
// function natively), with the reader's languages set through Playwright's `locale` option or by
// overriding navigator.languages, and requires the table's answer from all three.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { harness } from './widget.mjs';

const { cases } = JSON.parse(await readFile('e2e/fixtures/language-rule.json', 'utf8'));
const h = harness({
  extra: {
    '/plain-host.html': 'e2e/fixtures/plain-host.html',
    '/unnamed-language-host.html': 'e2e/fixtures/unnamed-language-host.html',
  },
});

/** A context whose reader prefers `languages` (and `language`, languages[0] unless given). */
async function readerContext(browser, { languages, language = languages[0] ?? '', locale }) {
  if (locale) return browser.newContext({ locale: languages[0] });
  const context = await browser.newContext();
  await context.addInitScript(
    ([languages, language]) => {
      Object.defineProperty(Navigator.prototype, 'languages', { configurable: true, get: () => Object.freeze([...languages]) });
      Object.defineProperty(Navigator.prototype, 'language', { configurable: true, get: () => language });
    },
    [languages, language],
  );
  return context;
}

/** Holds the WebAssembly back until `release()`, so that what the scripts chose before it can be read. */
async function holdWasm(page) {
  let release;
  const held = new Promise((done) => {
    release = done;
  });
  await page.route('**/pv-matrix_bg.wasm', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

describe('the interface language: one rule, the same answer everywhere', () => {
  for (const c of cases) {
    const name = `lang ${JSON.stringify(c.explicit)}, reader ${JSON.stringify(c.languages)}${c.language ? ` / ${c.language}` : ''}${c.locale ? ' (locale)' : ''} -> ${c.expected}`;
    test(name, async () => {
      const context = await readerContext(h.browser, c);
      const problems = [];
      context.on('weberror', (error) => problems.push(error.error().message));

      // The page: its inline script, then the widget.
      const page = await context.newPage();
      let release = await holdWasm(page);
      const lang = c.explicit === null ? '' : `&lang=${encodeURIComponent(c.explicit)}`;
      await page.goto(`${h.base}/?releases=rhel-6${lang}`, { waitUntil: 'domcontentloaded' });
      const languages = await page.evaluate(() => [...navigator.languages]);
      assert.deepEqual(languages, c.languages, 'the reader is set up as the case says');
      const inline = await page.locator('html').getAttribute('data-pvm-loading');
      release();
      await page.waitForSelector('.pvm[data-live]');
      const widgetOnPage = await page.locator('.pvm').getAttribute('lang');

      // The element: embed.js's placeholder, then the widget in it. Created by a script, as a
      // host's own script (or embed-frame.js) would.
      const host = await context.newPage();
      release = await holdWasm(host);
      // A page that names no language, so that the element's rule is the reader's, as above.
      await host.goto(`${h.base}/unnamed-language-host.html`);
      await host.evaluate((explicit) => {
        const element = document.createElement('pv-matrix');
        element.setAttribute('releases', 'rhel-6');
        if (explicit !== null) element.setAttribute('lang', explicit);
        document.body.append(element);
      }, c.explicit);
      const placeholder = await host.locator('pv-matrix .pvm-loading').getAttribute('lang');
      release();
      await host.locator('pv-matrix .pvm[data-live]').waitFor();
      const widgetInElement = await host.locator('pv-matrix .pvm').getAttribute('lang');

      assert.deepEqual(
        { inline, widgetOnPage, placeholder, widgetInElement },
        { inline: c.expected, widgetOnPage: c.expected, placeholder: c.expected, widgetInElement: c.expected },
      );
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});

describe('the page around the element', () => {
  // Issue 16: in a documentation page, the page's language (the nearest `lang`) stands in for the
  // element's own `lang`, by the same rule: it decides where the interface speaks it, else the
  // reader's languages do; the element's own `lang` wins.
  for (const [pageLang, explicit, reader, expected] of [
    ['de', null, 'en-US', 'de'],
    ['de-CH', null, 'en-US', 'de'],
    ['en', null, 'de-DE', 'en'],
    ['fr', null, 'de-DE', 'de'],
    ['de', 'en', 'de-DE', 'en'],
  ]) {
    test(`page lang ${pageLang}, element lang ${JSON.stringify(explicit)}, reader ${reader} -> ${expected}`, async () => {
      const context = await h.browser.newContext({ locale: reader });
      const page = await context.newPage();
      await page.goto(`${h.base}/plain-host.html`);
      await page.evaluate(([pageLang, explicit]) => {
        document.documentElement.lang = pageLang;
        const element = document.createElement('pv-matrix');
        element.setAttribute('releases', 'rhel-6');
        if (explicit !== null) element.setAttribute('lang', explicit);
        document.body.append(element);
      }, [pageLang, explicit]);
      await page.locator('pv-matrix .pvm[data-live]').waitFor();
      assert.equal(await page.locator('pv-matrix .pvm').getAttribute('lang'), expected);
      await context.close();
    });
  }

  test('a language switch on the page switches the element', async () => {
    const context = await h.browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${h.base}/plain-host.html`);
    await page.evaluate(() => {
      const element = document.createElement('pv-matrix');
      element.setAttribute('releases', 'rhel-6');
      document.body.append(element);
    });
    await page.locator('pv-matrix .pvm[lang="en"]').waitFor();
    await page.evaluate(() => { document.documentElement.lang = 'de'; });
    await page.locator('pv-matrix .pvm[lang="de"]').waitFor();
    await context.close();
  });
});
