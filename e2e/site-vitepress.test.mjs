// End to end: the VitePress recipe (docs/embedding.md, "Recipes"). A VitePress site
// (e2e/sites/vitepress/) with the element's script in `head` and <pv-matrix> declared a custom
// element to Vue, built by the VitePress of e2e/sites/vitepress/node_modules/ (scripts/setup)
// with the bundle's files copied into its public/ folder: the server-rendered pages carry the
// elements, which hydrate without a mismatch and render, two on one page;
// VitePress's client-side navigation away, back and to the other widget page renders each
// once; over 35 navigations the elements left behind are freed and the wasm memory stays flat;
// VitePress's appearance switch (class `dark` on <html>) makes the widget dark and back, on the
// page's own background; no console errors (a hydration mismatch is one).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { arrived, assertFlat, assertSchemeFollows, buildSite, navigate35, open, remember, rendered, run, siteTool, widgetColours } from './sites.mjs';

let site;

before(async () => {
  const vitepress = await siteTool('vitepress', 'vitepress');
  site = await buildSite('vitepress', 'docs/public/pv-matrix', (dir) => run(vitepress, ['build', 'docs'], dir), 'docs/.vitepress/dist');
});

after(async () => {
  await site?.close();
});

/** The pages, by their address, the words of their link in the sidebar, their heading and how many widgets they have. */
const PAGES = {
  home: { path: '/', link: 'Home', title: 'pv-matrix recipe', widgets: 0 },
  xen: { path: '/guide/xen.html', link: 'Xen', title: 'Xen', widgets: 2 },
  kvm: { path: '/kvm.html', link: 'KVM', title: 'KVM', widgets: 1 },
};

/** The page's heading, without VitePress's permalink anchor (a zero-width space). */
const HEADING = '.vp-doc h1';

/**
 * Follows the sidebar's link to `name` and waits for the page and its widgets; checks that the
 * page was not loaded anew (client-side navigation) and that each widget rendered once.
 */
async function go(page, name) {
  const target = PAGES[name];
  await page.locator('.VPSidebar a.VPLink').filter({ hasText: new RegExp(`^\\s*${target.link}\\s*$`) }).first().click();
  await arrived(page, name, target, HEADING);
}

test('the widgets render on a VitePress site, across client-side navigation, and are freed when left', async (t) => {
  t.diagnostic(`vitepress build: ${site.seconds.toFixed(1)} s`);
  const { page, problems } = await open(site.browser);
  await page.goto(`${site.base}/guide/xen.html`);
  // The server-rendered page carries both elements (a custom element to Vue; without
  // isCustomElement, Vue would render nothing for them).
  const html = await (await page.request.get(`${site.base}/guide/xen.html`)).text();
  assert.equal(html.match(/<pv-matrix [^>]*><\/pv-matrix>/g)?.length, 2, 'the built page lacks its elements');
  const first = await rendered(page, 2);
  assert.deepEqual(first.map((w) => [w.releases, w.roots, w.cells]), [
    ['rhel-6,debian-6.0', 1, 2],
    ['sles-11,debian-6.0', 1, 2],
  ]);
  // VitePress takes a line that starts with a tag for a (Vue) block: no <p> around the element.
  assert.equal(await page.locator('.vp-doc pv-matrix').count(), 2);
  assert.equal(await page.locator('.vp-doc p pv-matrix').count(), 0);
  const verdict = page.locator('pv-matrix td[data-release="rhel-6"][data-capability="xen-dom0"]').first();
  assert.equal(await verdict.getAttribute('data-status'), 'no');
  await page.evaluate(() => {
    globalThis.samePage = true;
  });
  await remember(page, HEADING);

  // Away, back, and to the other widget page, then 30 more.
  const walk = await navigate35(page, go);
  const { late } = walk;
  assertFlat(t, walk);
  // VitePress lets go of the pages it leaves: their elements are collected (some of the last pages'
  // may wait for a later collection, without their widgets), so after 35 navigations none of
  // the 37 elements made is alive on a page without any.
  assert.equal(late.seen, 37);
  assert.equal(late.alive, 0, `${late.alive} of ${late.seen} elements left behind are still alive`);
  assert.deepEqual(problems, []);
});

test("VitePress's appearance switch makes the widget dark, on the page's background, on this page and the next", async () => {
  const { page, problems } = await open(site.browser);
  await page.goto(`${site.base}/guide/xen.html`);
  await rendered(page, 2);
  const toggle = page.locator('.VPNavBarAppearance button.VPSwitchAppearance');
  // VitePress keeps the choice across navigation: the next page's widget is dark.
  await assertSchemeFollows(page, 'vitepress', async (scheme) => {
    await toggle.click();
    await page.waitForFunction((dark) => document.documentElement.classList.contains('dark') === dark, scheme === 'dark');
  }, { background: true });
  await page.evaluate(() => {
    globalThis.samePage = true;
  });
  await go(page, 'kvm');
  assert.equal((await widgetColours(page)).scheme, 'dark');
  assert.deepEqual(problems, []);
});
