// End to end: the <pv-matrix> element and the iframe on a hostile host page served with a strict
// Content-Security-Policy: two independent instances, isolated styles, no CSP violation, no new
// globals, the host's URL untouched, live attributes, the change event and readable verdicts.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { launch } from './browser.mjs';
import { CSP, FIXTURES } from './hostile-host.mjs';
import { serve } from './serve.mjs';

const ARTIFACTS = 'e2e/artifacts';

let server, base, browser;

before(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  ({ server, url: base } = await serve('dist', 0, { 'content-security-policy': CSP }, FIXTURES));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function hostile(colorScheme = 'light', width = 1200) {
  const page = await browser.newPage({ viewport: { width, height: 1600 }, colorScheme });
  const problems = [];
  page.requests = [];
  page.on('request', (request) => page.requests.push(request.url()));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  await page.goto(`${base}/hostile.html`);
  const cell = (id, release, capability) =>
    page.locator(`#${id} td[data-release="${release}"][data-capability="${capability}"]`);
  await page.locator('#first .pvm[data-live]').waitFor();
  await page.locator('#second .pvm[data-live]').waitFor();
  return { page, problems, cell };
}

describe('embedding on a hostile page with a strict CSP', () => {
  test('both instances render, isolated from the host styles, without CSP violations', async () => {
    const { page, problems, cell } = await hostile();
    assert.equal(await cell('first', 'rhel-6', 'xen-dom0').getAttribute('data-status'), 'no');
    assert.equal(await cell('first', 'debian-6.0', 'xen-dom0').getAttribute('data-status'), 'yes');
    assert.equal(await cell('second', 'sles-11-sp1', 'xen-dom0').getAttribute('data-status'), 'yes');
    // Only the capabilities the attribute names, only Xen in the second.
    const rows = (id) => page.locator(`#${id} tr[data-capability-row]`).evaluateAll((r) => r.map((x) => x.dataset.capabilityRow));
    assert.deepEqual(await rows('first'), ['xen-pv-guest', 'xen-dom0']);
    assert.ok((await rows('second')).every((id) => id.startsWith('xen-')));
    // The compact instance has no tabs, pickers or export.
    assert.equal(await page.locator('#second [data-view]').count(), 0);
    assert.ok(await page.locator('#first [data-view]').count() > 0);

    // The host's styles do not reach in.
    const style = await cell('first', 'rhel-6', 'xen-dom0').locator('button').evaluate((b) => {
      const s = getComputedStyle(b);
      return { color: s.color, fontSize: getComputedStyle(b.closest('.pvm')).fontSize, letterSpacing: s.letterSpacing, textTransform: s.textTransform, display: getComputedStyle(b.closest('table')).display };
    });
    assert.notEqual(style.color, 'rgb(255, 0, 0)');
    // Neither the host's `*` font size nor its root font size (62.5%) changes the widget's.
    assert.equal(style.fontSize, '16px');
    assert.equal(style.letterSpacing, 'normal');
    assert.equal(style.textTransform, 'none');
    assert.equal(style.display, 'table');

    // The widget's styles do not leak out, and the host's elements are as the host made them.
    const host = await page.evaluate(() => ({
      decoy: getComputedStyle(document.getElementById('decoy')).backgroundColor,
      decoyGap: getComputedStyle(document.getElementById('decoy')).display,
      table: getComputedStyle(document.getElementById('host-table')).display,
      text: document.getElementById('host-table').textContent,
      title: document.title,
    }));
    assert.equal(host.decoy, 'rgba(0, 0, 0, 0)');
    assert.equal(host.decoyGap, 'block');
    assert.equal(host.table, 'none');
    assert.equal(host.text, 'host cell');
    assert.equal(host.title, 'A hostile host page');

    // No CSP violation, no global but the element name.
    const { violations, added } = await page.evaluate(() => ({
      violations: window.violations,
      added: Object.getOwnPropertyNames(window).filter((n) => !window.globalsBefore.includes(n)),
    }));
    assert.deepEqual(violations, []);
    // The test page's own globals aside, nothing was added.
    assert.deepEqual(added.filter((n) => !['globalsBefore', 'violations', 'changes'].includes(n)), []);
    assert.ok(await page.evaluate(() => customElements.get('pv-matrix') !== undefined));
    assert.deepEqual(problems, []);
    // Only its own files, from where embed.js came from.
    const foreign = page.requests.filter((u) => !u.startsWith(`${base}/`));
    assert.deepEqual(foreign, []);
    const own = new Set(page.requests.map((u) => new URL(u).pathname));
    for (const file of ['/embed.js', '/pv-matrix.js', '/pv-matrix_bg.wasm', '/style.css']) assert.ok(own.has(file), file);
    await page.screenshot({ path: `${ARTIFACTS}/embed-hostile.png`, fullPage: true });
    await page.close();
  });

  test('instances work independently, never touch the host URL, and report changes', async () => {
    const { page, cell } = await hostile();
    const before = page.url();
    await page.locator('#first button[data-remove="debian-6.0"]').click();
    await cell('first', 'debian-6.0', 'xen-dom0').waitFor({ state: 'detached' });
    assert.equal(page.url(), before, 'the host URL is untouched');
    assert.equal(await cell('second', 'sles-11-sp1', 'xen-dom0').count(), 1, 'the other instance is unchanged');
    const changes = await page.evaluate(() => window.changes.filter((c) => c.id === 'first').map((c) => c.detail.releases));
    assert.deepEqual(changes.at(-1), ['rhel-6']);
    const verdicts = await page.evaluate(() => document.getElementById('first').verdicts);
    assert.deepEqual(verdicts.rows.map((r) => `${r.release}/${r.capability}=${r.status}`), [
      'rhel-6/xen-pv-guest=yes',
      'rhel-6/xen-dom0=no',
    ]);
    assert.match(verdicts.data_as_of, /^\d{4}-\d{2}-\d{2}$/);
    await page.close();
  });

  test('changing an attribute updates the view', async () => {
    const { page, cell } = await hostile();
    await page.evaluate(() => document.getElementById('second').setAttribute('releases', 'rhel-5,fedora-16'));
    await cell('second', 'fedora-16', 'xen-dom0').waitFor();
    assert.equal(await cell('second', 'rhel-5', 'xen-dom0').getAttribute('data-status'), 'yes');
    assert.equal(await cell('second', 'sles-11-sp1', 'xen-dom0').count(), 0);
    await page.evaluate(() => document.getElementById('second').setAttribute('kernel', '2.6.18-419.el5'));
    await page.evaluate(() => document.getElementById('second').removeAttribute('releases'));
    await cell('second', 'rhel-5', 'xen-pvhvm').waitFor();
    await page.evaluate(() => document.getElementById('first').setAttribute('theme', 'dark'));
    const background = await page.locator('#first .pvm').evaluate((e) => getComputedStyle(e).backgroundColor);
    assert.equal(background, 'rgb(20, 23, 27)');
    await page.screenshot({ path: `${ARTIFACTS}/embed-attributes.png`, fullPage: true });
    await page.close();
  });

  test('readable at phone width', async () => {
    const { page, cell } = await hostile('light', 390);
    const box = await page.locator('#first').boundingBox();
    assert.ok(box.width <= 390, `${box.width}`);
    assert.ok(await cell('first', 'rhel-6', 'xen-dom0').isVisible());
    await page.screenshot({ path: `${ARTIFACTS}/embed-phone.png` });
    await page.close();
  });

  test('the iframe reports its height and shows no scrollbars', async () => {
    const { page } = await hostile('dark');
    await page.waitForFunction(() => parseInt(document.getElementById('frame').style.height, 10) > 200);
    const frame = page.frameLocator('#frame');
    await frame.locator('td[data-release="rhel-5"][data-capability="xen-dom0"]').waitFor();
    const inner = await page.locator('#frame').evaluate((f) => {
      const doc = f.contentDocument.documentElement;
      return { scroll: doc.scrollHeight, client: doc.clientHeight, height: f.getBoundingClientRect().height };
    });
    assert.ok(inner.scroll <= inner.client + 1, JSON.stringify(inner));
    await page.screenshot({ path: `${ARTIFACTS}/embed-iframe-dark.png`, fullPage: true });
    await page.close();
  });

  test('the example host page that the build ships works', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${base}/example-host.html`);
    await page.locator('#compact-example td[data-status]').first().waitFor();
    await page.locator('#full-example td[data-status]').first().waitFor();
    await page.waitForFunction(() => parseInt(document.getElementById('frame-example').style.height, 10) > 200);
    assert.match(await page.locator('#change-log').innerText(), /releases=rhel-6/);
    assert.deepEqual(problems, []);
    await page.screenshot({ path: `${ARTIFACTS}/embed-example-host.png` });
    await page.close();
  });
});
