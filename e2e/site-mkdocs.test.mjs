// End to end: the MkDocs recipe (docs/embedding.md, "Recipes"). A Material for MkDocs site
// (e2e/sites/mkdocs/) with instant navigation and the palette toggle, the element set up site-wide
// with extra_javascript, built by the MkDocs of .venv-docs/ (scripts/setup) with the bundle's
// files copied in: the widgets render in Python-Markdown's <p>, two on one page; instant
// navigation away, back and to the other widget page renders each once; over 35 navigations
// the elements left behind drop their widgets and the wasm memory stays flat (Material itself
// keeps the pages it left, elements and all, so the elements stay alive); Material's dark toggle
// makes the widget dark; no console errors.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { arrived, assertFlat, assertSchemeFollows, buildSite, navigate35, open, rendered, run, venvTool, widgetColours } from './sites.mjs';

let site;

before(async () => {
  const mkdocs = await venvTool('mkdocs');
  site = await buildSite('mkdocs', 'docs/pv-matrix', (dir, url) =>
    run(mkdocs, ['build', '--strict', '--site-dir', 'out'], dir, { SITE_URL: url }), 'out');
});

after(async () => {
  await site?.close();
});

/** The pages, by their address, the words of their link in the navigation, their heading and how many widgets they have. */
const PAGES = {
  home: { path: '/', link: 'Home', title: 'pv-matrix recipe', widgets: 0 },
  xen: { path: '/guide/xen/', link: 'Xen', title: 'Xen', widgets: 2 },
  kvm: { path: '/kvm/', link: 'KVM', title: 'KVM', widgets: 1 },
};

/**
 * Follows the navigation's link to `name` and waits for the page and its widgets; checks that the
 * page was not loaded anew (instant navigation) and that each widget rendered once.
 */
async function go(page, name) {
  const target = PAGES[name];
  // The nested page's link sits in a collapsed section: a click event, as Material listens for.
  const link = page.locator('nav.md-nav--primary a.md-nav__link').filter({ hasText: new RegExp(`^\\s*${target.link}\\s*$`) });
  await link.first().dispatchEvent('click');
  await arrived(page, name, target, 'article h1');
}

test('the widgets render on a Material for MkDocs site, across instant navigation, freeing what they held', async (t) => {
  t.diagnostic(`mkdocs build: ${site.seconds.toFixed(1)} s`);
  const { page, problems } = await open(site.browser);
  await page.goto(`${site.base}/guide/xen/`);
  const first = await rendered(page, 2);
  assert.deepEqual(first.map((w) => [w.releases, w.roots, w.cells]), [
    ['rhel-6,debian-6.0', 1, 2],
    ['sles-11,debian-6.0', 1, 2],
  ]);
  // Python-Markdown wraps the one-line element in a paragraph; it stays an element there.
  assert.equal(await page.locator('article p > pv-matrix').count(), 2);
  const verdict = page.locator('pv-matrix td[data-release="rhel-6"][data-capability="xen-dom0"]').first();
  assert.equal(await verdict.getAttribute('data-status'), 'no');
  await page.evaluate(() => {
    globalThis.samePage = true;
    globalThis.refs = [...document.querySelectorAll('pv-matrix')].map((e) => new WeakRef(e));
    globalThis.headings = [new WeakRef(document.querySelector('article h1'))];
  });

  // Away, back, and to the other widget page, then 30 more.
  const walk = await navigate35(page, go);
  const { late } = walk;
  assertFlat(t, walk);
  // Material keeps every page it navigated away from (its headings stay alive too, with no
  // pv-matrix on the site at all), and with them the elements in them. What the element answers
  // for: a removed one holds no widget, so the widgets alive stay those on the page (none here),
  // and the wasm memory grows by no more than what Yew keeps per mounted root (leak.test.mjs).
  assert.equal(late.widgets, 0, `${late.widgets} removed elements still hold their widget`);
  assert.deepEqual(problems, []);
});

test("Material's palette toggle makes the widget dark, on this page and the next", async () => {
  const { page, problems } = await open(site.browser);
  await page.goto(`${site.base}/kvm/`);
  await rendered(page, 1);
  const palette = page.locator('form[data-md-component="palette"] label.md-header__button:not([hidden])');
  // Instant navigation keeps the palette: the next page's widgets are dark at once.
  await assertSchemeFollows(page, 'mkdocs', async (scheme) => {
    await palette.click();
    await page.waitForFunction((slate) => (document.body.getAttribute('data-md-color-scheme') === 'slate') === slate, scheme === 'dark');
  });
  await page.evaluate(() => {
    globalThis.samePage = true;
    globalThis.refs = [];
    globalThis.headings = [];
  });
  await go(page, 'xen');
  assert.equal((await widgetColours(page)).scheme, 'dark');
  assert.deepEqual(problems, []);
});
