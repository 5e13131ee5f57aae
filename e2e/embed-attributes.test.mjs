// End to end: how attributes reach the <pv-matrix> element's widget. Custom data named twice in
// quick succession shows the latest even when the earlier fetch answers last; the iframe
// (embed.html) passes every attribute of the element, custom-data included, and nothing else.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { harness } from './widget.mjs';

const h = harness({
  extra: {
    '/plain-host.html': 'e2e/fixtures/plain-host.html',
    '/custom.json': 'e2e/fixtures/custom.json',
    '/custom-later.json': 'e2e/fixtures/custom-later.json',
  },
});

/** The releases of the verdicts the element reports (`element.verdicts`). */
const releasesShown = (page) =>
  page.evaluate(() => [...new Set(document.querySelector('pv-matrix').verdicts.rows.map((row) => row.release))].sort());

describe('attributes of the embedded element', () => {
  test('custom-data changed twice: the later data shows, even when the earlier fetch answers last', async () => {
    const page = await h.browser.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    // Remembers each response's text() promise, so the test can wait until the element has had
    // the earlier answer in hand (everything it does with it runs in microtasks after that).
    await page.addInitScript(() => {
      const text = Response.prototype.text;
      window.responseTexts = {};
      Response.prototype.text = function () {
        const promise = text.call(this);
        window.responseTexts[new URL(this.url).pathname] = promise;
        return promise;
      };
    });
    // The first fetch is held until the second has been applied.
    let requested, releaseFirst;
    const firstRequested = new Promise((done) => (requested = done));
    const firstReleased = new Promise((done) => (releaseFirst = done));
    await page.route('**/custom.json', async (route) => {
      requested();
      await firstReleased;
      await route.continue();
    });
    await page.goto(`${h.base}/plain-host.html`);
    // The element starts with the later data (beta-1), is told the earlier (held), then the later
    // again: it must end with the later one.
    await page.evaluate(() => {
      const element = document.createElement('pv-matrix');
      element.setAttribute('releases', 'rhel-6,beta-1');
      element.setAttribute('custom-data', '/custom-later.json');
      document.body.append(element);
    });
    await page.locator('pv-matrix th[data-release="beta-1"]').waitFor();
    assert.deepEqual(await releasesShown(page), ['beta-1', 'rhel-6']);

    await page.evaluate(() => document.querySelector('pv-matrix').setAttribute('custom-data', '/custom.json'));
    await firstRequested;
    await page.evaluate(() => {
      delete window.responseTexts['/custom-later.json'];
      document.querySelector('pv-matrix').setAttribute('custom-data', '/custom-later.json');
    });
    await page.evaluate(async () => {
      while (!window.responseTexts['/custom-later.json']) await new Promise((done) => setTimeout(done));
      await window.responseTexts['/custom-later.json'];
      await new Promise((done) => setTimeout(done));
    });
    // `verdicts` is computed from the custom data the element last handed to the widget.
    assert.deepEqual(await releasesShown(page), ['beta-1', 'rhel-6']);

    releaseFirst();
    await page.evaluate(async () => {
      while (!window.responseTexts['/custom.json']) await new Promise((done) => setTimeout(done));
      await window.responseTexts['/custom.json'];
      // A task later: whatever the element does with that answer has been done.
      await new Promise((done) => setTimeout(done));
    });
    assert.deepEqual(await releasesShown(page), ['beta-1', 'rhel-6'], 'the earlier data must not land last');
    assert.equal(await page.locator('pv-matrix th[data-release="beta-1"]').count(), 1);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('the iframe passes custom-data, and only the element\'s attributes', async () => {
    const page = await h.browser.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    const query = new URLSearchParams({
      releases: 'acme-1,rhel-6',
      'custom-data': '/custom.json',
      onmouseover: 'window.ranFromQuery = true',
      style: 'display: none',
    });
    await page.goto(`${h.base}/embed.html?${query}`);
    await page.locator('pv-matrix td[data-release="acme-1"][data-capability="xen-dom0"]').waitFor();
    assert.equal(
      await page.locator('pv-matrix td[data-release="acme-1"][data-capability="xen-dom0"]').getAttribute('data-status'),
      'no',
    );
    const attributes = await page.evaluate(() => document.querySelector('pv-matrix').getAttributeNames().sort());
    assert.deepEqual(attributes, ['custom-data', 'releases']);
    await page.locator('pv-matrix').hover();
    assert.equal(await page.evaluate(() => window.ranFromQuery), undefined);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
