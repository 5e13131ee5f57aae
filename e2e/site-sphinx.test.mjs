// End to end: the Sphinx recipe (docs/embedding.md, "Recipes"). A Sphinx site with Furo and
// MyST-Parser (e2e/sites/sphinx/), the element set up site-wide with html_js_files and
// html_static_path, built by the sphinx-build of .venv-docs/ (scripts/setup) with the bundle's
// files copied in: the widgets render in MyST's <p>, two on one page; following the sidebar's
// links away, back and to the other widget page renders each once (Furo loads each page anew);
// Furo's theme toggle makes the widget dark and back; no console errors.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertSchemeFollows, buildSite, open, rendered, run, venvTool, widgetColours } from './sites.mjs';

let site;

before(async () => {
  const sphinx = await venvTool('sphinx-build');
  site = await buildSite('sphinx', '_static/pv-matrix', (dir) => run(sphinx, ['-W', '-q', '-b', 'html', '.', '_build/html'], dir), '_build/html');
});

after(async () => {
  await site?.close();
});

const PAGES = {
  home: { file: 'index.html', title: 'pv-matrix recipe', widgets: 0 },
  xen: { file: 'guide/xen.html', title: 'Xen', widgets: 2 },
  kvm: { file: 'kvm.html', title: 'KVM', widgets: 1 },
};

/** Follows the sidebar's link to `name`; checks that each of its widgets rendered once. */
async function go(page, name) {
  const target = PAGES[name];
  await page.locator(`.sidebar-tree a[href$="${target.file}"], a.sidebar-brand[href$="${target.file}"]`).first().click();
  await page.waitForFunction(
    ({ file, title }) => location.pathname.endsWith(`/${file}`) && document.querySelector('article h1')?.textContent.replace(/[#¶]/g, '').trim() === title,
    target,
  );
  const widgets = await rendered(page, target.widgets);
  for (const w of widgets) assert.deepEqual([w.roots, w.cells], [1, 2], `${name}: ${JSON.stringify(widgets)}`);
}

test('the widgets render on a Sphinx site with Furo and MyST, page after page', async (t) => {
  t.diagnostic(`sphinx-build: ${site.seconds.toFixed(1)} s`);
  const { page, problems } = await open(site.browser);
  await page.goto(`${site.base}/guide/xen.html`);
  const first = await rendered(page, 2);
  assert.deepEqual(first.map((w) => [w.releases, w.roots, w.cells]), [
    ['rhel-6,debian-6.0', 1, 2],
    ['sles-11,debian-6.0', 1, 2],
  ]);
  // MyST wraps the one-line element in a paragraph; it stays an element there.
  assert.equal(await page.locator('article p > pv-matrix').count(), 2);
  assert.equal(await page.locator('pv-matrix td[data-release="rhel-6"][data-capability="xen-dom0"]').first().getAttribute('data-status'), 'no');
  for (const name of ['home', 'xen', 'kvm', 'xen', 'kvm', 'home']) await go(page, name);
  assert.deepEqual(problems, []);
});

test("Furo's theme toggle makes the widget dark, on this page and the next", async () => {
  const { page, problems } = await open(site.browser);
  await page.goto(`${site.base}/kvm.html`);
  await rendered(page, 1);
  // Furo starts in "auto" (the reader's preference, light here): the page renders light, and the
  // widget takes the light page's scheme. Its toggle cycles auto, dark, light.
  const toggle = page.locator('button.theme-toggle').filter({ visible: true }).first();
  await assertSchemeFollows(page, 'sphinx', async (scheme) => {
    for (let i = 0; i < 3 && (await page.evaluate(() => document.body.dataset.theme)) !== scheme; i++) await toggle.click();
    await page.waitForFunction((t) => document.body.dataset.theme === t, scheme);
  });
  // Furo keeps the choice in localStorage: the next page's widgets are dark from the start.
  await go(page, 'xen');
  assert.equal((await widgetColours(page)).scheme, 'dark');
  assert.deepEqual(problems, []);
});
