// End to end: a download from the export bar delivers the whole file. The file is made in the
// browser (a Blob behind an object URL); the URL must stay readable until the browser has read
// it, which may be after the click has returned, and is revoked a minute later (the page's clock
// is Playwright's, moved forward by the test, so nothing waits for it).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { harness } from './widget.mjs';

const h = harness();

describe('downloads', () => {
  test('a download in Chromium delivers the full file; its object URL is revoked later', async () => {
    const context = await h.browser.newContext({ acceptDownloads: true, viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.clock.install();
    // Remembers the address of each download the page starts.
    await page.addInitScript(() => {
      const click = HTMLAnchorElement.prototype.click;
      window.downloadUrls = [];
      HTMLAnchorElement.prototype.click = function () {
        if (this.download) window.downloadUrls.push(this.href);
        return click.call(this);
      };
    });
    // Many releases, so that the file is large: every one of their verdicts is in it.
    const releases = 'rhel-5,rhel-6,rhel-7,rhel-8,rhel-9,sles-11-sp1,sles-12,sles-15,debian-6.0,debian-12,ubuntu-22.04,fedora-16';
    await page.goto(`${h.base}/?releases=${releases}`);
    await page.waitForSelector('.pvm[data-live]');
    const cells = await page.locator('td[data-status]').count();
    assert.ok(cells > 300, `${cells} verdicts on screen`);
    const download = async (kind) => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.locator(`[data-export="${kind}"]`).click(),
      ]);
      assert.equal(await file.failure(), null);
      return readFile(await file.path(), 'utf8');
    };
    const json = JSON.parse(await download('json'));
    assert.equal(json.rows.length, cells, 'a row for every verdict on screen');
    const columns = await page.locator('thead th[data-release]').evaluateAll((ths) => ths.map((th) => th.dataset.release));
    assert.deepEqual(new Set(json.rows.map((row) => row.release)), new Set(columns));
    const csv = await download('csv');
    assert.ok(csv.endsWith('\r\n'), 'the last line is whole');
    assert.equal(csv.split('\r\n').length - 2, cells, 'a header and a line for every verdict');

    const readable = () =>
      page.evaluate(() =>
        Promise.all(window.downloadUrls.map((url) => fetch(url).then(() => true, () => false))),
      );
    assert.deepEqual(await readable(), [true, true], 'still readable after the click');
    await page.clock.fastForward('01:01');
    assert.deepEqual(await readable(), [false, false], 'revoked a minute later');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
