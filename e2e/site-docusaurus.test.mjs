// End to end: the Docusaurus recipe (docs/embedding.md, "Recipes"). A Docusaurus site
// (e2e/sites/docusaurus/, classic preset, docs at the site's root) with the element's script in
// docusaurus.config's `scripts`, built by the Docusaurus of e2e/sites/docusaurus/node_modules/
// (scripts/setup) with the bundle's files copied into its static/ folder: the server-rendered
// pages carry the elements (one line each in the MDX pages), which hydrate and render,
// two on one page; client-side navigation (React Router) away, back and to the other widget page
// renders each once, which a script inside a page would not survive; over 35 navigations the
// elements left behind are freed and the wasm memory stays flat; the colour mode toggle
// (`data-theme` on <html>) makes the widget dark and back, on the page's own background; no
// console errors (a hydration mismatch is one).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { arrived, assertFlat, assertSchemeFollows, buildSite, navigate35, open, remember, rendered, run, siteTool, widgetColours } from './sites.mjs';

let site;

before(async () => {
  const docusaurus = await siteTool('docusaurus', 'docusaurus');
  // A build from scratch: Docusaurus's webpack cache lives in node_modules/.cache, which every
  // copy of the site shares (linked), and a cache written for another copy breaks the build.
  site = await buildSite('docusaurus', 'static/pv-matrix', (dir) =>
    run(docusaurus, ['build', '--out-dir', 'out'], dir, { DOCUSAURUS_NO_PERSISTENT_CACHE: '1' }), 'out');
});

after(async () => {
  await site?.close();
});

/** The pages, by their address, their link in the navigation bar, their heading and how many widgets they have. */
const PAGES = {
  home: { path: '/', link: 'a.navbar__brand', title: 'pv-matrix recipe', widgets: 0 },
  xen: { path: '/guide/xen', link: 'a.navbar__link[href="/guide/xen"]', title: 'Xen', widgets: 2 },
  kvm: { path: '/kvm', link: 'a.navbar__link[href="/kvm"]', title: 'KVM', widgets: 1 },
};

/** The page's heading, without Docusaurus's permalink anchor (a zero-width space). */
const HEADING = 'article h1';

/**
 * Follows the navigation bar's link to `name` and waits for the page and its widgets; checks
 * that the page was not loaded anew (client-side navigation) and that each widget rendered once.
 */
async function go(page, name) {
  const target = PAGES[name];
  await page.locator(target.link).first().click();
  await arrived(page, name, target, HEADING);
}

/**
 * Clicks the colour mode toggle until the reader's choice is `theme` (it cycles system, light,
 * dark; Docusaurus writes the choice to `data-theme-choice` and the mode to `data-theme`).
 */
async function colourMode(page, theme) {
  for (let i = 0; i < 3 && (await page.evaluate(() => document.documentElement.dataset.themeChoice)) !== theme; i++) {
    await page.locator('.navbar button[title$="mode"]').click();
  }
  await page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme);
}

test('the widgets render on a Docusaurus site, across client-side navigation, and are freed when left', async (t) => {
  t.diagnostic(`docusaurus build: ${site.seconds.toFixed(1)} s`);
  const { page, problems } = await open(site.browser);
  await page.goto(`${site.base}/guide/xen`);
  // The server-rendered page carries both elements with their attributes.
  const html = await (await page.request.get(`${site.base}/guide/xen`)).text();
  assert.equal(html.match(/<pv-matrix releases="[^"]+" capabilities="[^"]+"><\/pv-matrix>/g)?.length, 2, 'the built page lacks its elements');
  const first = await rendered(page, 2);
  assert.deepEqual(first.map((w) => [w.releases, w.roots, w.cells]), [
    ['rhel-6,debian-6.0', 1, 2],
    ['sles-11,debian-6.0', 1, 2],
  ]);
  // MDX takes a line that is one element for a block of its own: no <p> around it.
  assert.equal(await page.locator('article pv-matrix').count(), 2);
  assert.equal(await page.locator('article p pv-matrix').count(), 0);
  const verdict = page.locator('pv-matrix td[data-release="rhel-6"][data-capability="xen-dom0"]').first();
  assert.equal(await verdict.getAttribute('data-status'), 'no');
  // React has hydrated the page (Docusaurus says so on <html>) before the first click.
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
  await page.evaluate(() => {
    globalThis.samePage = true;
  });
  await remember(page, HEADING);

  // Away, back, and to the other widget page, then 30 more.
  const walk = await navigate35(page, go);
  const { late } = walk;
  assertFlat(t, walk);
  // React lets go of the pages it leaves: their elements are collected (some of the last pages'
  // may wait for a later collection, without their widgets), so after 35 navigations none of
  // the 37 elements made is alive on a page without any.
  assert.equal(late.seen, 37);
  assert.equal(late.alive, 0, `${late.alive} of ${late.seen} elements left behind are still alive`);
  assert.deepEqual(problems, []);
});

test("Docusaurus's colour mode toggle makes the widget dark, on the page's background, on this page and the next", async () => {
  const { page, problems } = await open(site.browser);
  await page.goto(`${site.base}/guide/xen`);
  await rendered(page, 2);
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
  // Docusaurus keeps the choice across navigation: the next page's widget is dark.
  await assertSchemeFollows(page, 'docusaurus', (scheme) => colourMode(page, scheme), { background: true });
  await page.evaluate(() => {
    globalThis.samePage = true;
  });
  await go(page, 'kvm');
  assert.equal((await widgetColours(page)).scheme, 'dark');
  assert.deepEqual(problems, []);
});
