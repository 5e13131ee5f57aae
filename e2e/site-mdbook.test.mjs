// End to end: the mdBook recipe (docs/embedding.md, "Recipes"). A small book (e2e/sites/mdbook/)
// whose theme/head.hbs loads the element's script on every page through {{ path_to_root }},
// built by the mdbook of .venv-docs/ (scripts/setup) with the bundle's files copied into its
// src/: the widgets render in pulldown-cmark's <p>, two on one page, on a nested page whose
// script path climbs to the root. mdBook has no client-side navigation: every link loads a page
// anew, so the test follows the sidebar's links and checks that each load renders each widget
// once, and that 30 loads later the page holds only its own elements and the same wasm memory as
// its first load, and the renderer keeps no more documents than after a few loads. mdBook's five
// themes (classes on <html>: light and rust are light, coal, navy and ayu dark) set the widget's
// scheme, on the page's own background; the choice carries to the next page; no console errors.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { alive, backgrounds, buildSite, open, rendered, run, screenshot, venvTool, widgetColours, widgetScheme } from './sites.mjs';

let site;

before(async () => {
  const mdbook = await venvTool('mdbook');
  site = await buildSite('mdbook', 'src/pv-matrix', (dir) => run(mdbook, ['build', '--dest-dir', 'out'], dir), 'out');
});

after(async () => {
  await site?.close();
});

/** The pages, by their file, their heading and how many widgets they have. */
const PAGES = {
  home: { file: 'index.html', title: 'pv-matrix recipe', widgets: 0 },
  xen: { file: 'guide/xen.html', title: 'Xen', widgets: 2 },
  kvm: { file: 'kvm.html', title: 'KVM', widgets: 1 },
};

/**
 * Follows the sidebar's link to `name` and waits for the page and its widgets; checks that the
 * page was loaded anew (mdBook has no client-side navigation) and that each widget rendered once.
 */
async function go(page, name) {
  const target = PAGES[name];
  await page.evaluate(() => {
    globalThis.samePage = true;
  });
  await page.locator(`mdbook-sidebar-scrollbox a[href$="${target.file}"]`).first().click();
  await page.waitForFunction(
    ({ file, title }) => location.pathname.endsWith(`/${file}`) && document.querySelector('main h1')?.textContent.trim() === title,
    target,
  );
  const widgets = await rendered(page, target.widgets);
  assert.equal(await page.evaluate(() => globalThis.samePage), undefined, `navigating to ${name} kept the page`);
  for (const w of widgets) assert.deepEqual([w.roots, w.cells], [1, 2], `${name}: ${JSON.stringify(widgets)}`);
}

/**
 * The renderer's documents and nodes after forced garbage collections (Chrome DevTools
 * Protocol). A page left behind is let go of in steps (its unload, then the collections), which
 * on a busy machine take more than one round: collect until the count stops falling.
 */
async function domCounters(cdp) {
  let counters = { documents: Infinity, nodes: Infinity };
  for (let round = 0; round < 5; round++) {
    await cdp.send('HeapProfiler.collectGarbage');
    const { documents, nodes } = await cdp.send('Memory.getDOMCounters');
    if (documents >= counters.documents) break;
    counters = { documents, nodes };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return counters;
}

test('the widgets render in an mdBook, on a nested page too, page load after page load', async (t) => {
  t.diagnostic(`mdbook build: ${site.seconds.toFixed(1)} s`);
  const { page, problems } = await open(site.browser);
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`${site.base}/guide/xen.html`);
  // The nested page loads the script from the book's root, not from guide/pv-matrix/.
  assert.equal(await page.locator('head script[type="module"]').getAttribute('src'), '../pv-matrix/embed.js');
  const first = await rendered(page, 2);
  assert.deepEqual(first.map((w) => [w.releases, w.roots, w.cells]), [
    ['rhel-6,debian-6.0', 1, 2],
    ['sles-11,debian-6.0', 1, 2],
  ]);
  // pulldown-cmark wraps the one-line element in a paragraph; it stays an element there.
  assert.equal(await page.locator('main p > pv-matrix').count(), 2);
  const verdict = page.locator('pv-matrix td[data-release="rhel-6"][data-capability="xen-dom0"]').first();
  assert.equal(await verdict.getAttribute('data-status'), 'no');
  const { onPage, memory } = await alive(page);
  const firstLoad = { onPage, memory };

  // Away, back, and to the other widget page: each a page load.
  for (const name of ['home', 'xen', 'kvm', 'xen']) await go(page, name);
  const order = ['home', 'kvm', 'xen'];
  let early;
  for (let i = 0; i < 30; i++) {
    await go(page, order[i % 3]);
    if (i === 8) early = await domCounters(cdp);
  }
  const late = await domCounters(cdp);
  // On the 35th load (the Xen page), the page holds its two elements and the wasm memory it held
  // on the first load: nothing carries over from one page to the next.
  const last = await alive(page);
  t.diagnostic(`first load of the Xen page: ${JSON.stringify(firstLoad)}; 35th: ${JSON.stringify({ onPage: last.onPage, memory: last.memory })}`);
  assert.deepEqual({ onPage: last.onPage, memory: last.memory }, firstLoad);
  // The renderer lets go of the pages left behind: as many documents after 35 loads as after 13.
  t.diagnostic(`renderer after 13 loads: ${JSON.stringify(early)}; after 35: ${JSON.stringify(late)}`);
  assert.ok(late.documents <= early.documents, `documents grew from ${early.documents} to ${late.documents}`);
  assert.deepEqual(problems, []);
});

/** mdBook's theme menu: opens it, picks `theme`, waits for its class on <html> and closes the menu. */
async function pickTheme(page, theme) {
  await page.locator('#mdbook-theme-toggle').click();
  await page.locator(`#mdbook-theme-${theme}`).click();
  await page.waitForFunction((t) => document.documentElement.classList.contains(t), theme);
  await page.keyboard.press('Escape'); // closes the menu
  await page.locator('#mdbook-theme-list').waitFor({ state: 'hidden' });
}

test("mdBook's themes set the widget's scheme, on the page's background, on this page and the next", async () => {
  const { page, problems } = await open(site.browser);
  await page.goto(`${site.base}/guide/xen.html`);
  await rendered(page, 2);
  const light = await widgetColours(page);
  assert.equal(light.scheme, 'light');
  const lightBackground = await backgrounds(page);
  assert.equal(lightBackground.widget, lightBackground.page);
  await screenshot(page, 'mdbook-light');
  for (const [theme, scheme] of [['navy', 'dark'], ['rust', 'light'], ['coal', 'dark'], ['ayu', 'dark'], ['light', 'light']]) {
    await pickTheme(page, theme);
    await widgetScheme(page, scheme);
    const colours = await widgetColours(page);
    if (scheme === 'dark') {
      assert.notEqual(colours.cell, light.cell, `${theme}: the verdict cell kept its light background`);
      assert.notEqual(colours.text, light.text, theme);
    }
    // The page's own colour behind the widget, once mdBook's theme has settled.
    await page.waitForFunction(() => {
      const element = document.querySelector('pv-matrix');
      const widget = getComputedStyle(element.shadowRoot.querySelector('.pvm')).backgroundColor;
      return widget === getComputedStyle(document.documentElement).backgroundColor;
    });
    const { widget, page: behind } = await backgrounds(page);
    assert.equal(widget, behind, `${theme}: the widget's background is not the page's`);
    if (theme === 'navy') await screenshot(page, 'mdbook-dark');
  }
  assert.deepEqual(await widgetColours(page), light);
  // mdBook keeps the choice in localStorage: the next page's widget is dark from the start.
  await pickTheme(page, 'navy');
  await go(page, 'kvm');
  assert.equal((await widgetColours(page)).scheme, 'dark');
  assert.deepEqual(problems, []);
});
