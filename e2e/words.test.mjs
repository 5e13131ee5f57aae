// The data's words (notes, the titles and addresses of sources) are not in the WebAssembly: the
// page fetches pv-matrix-data.txt once, when a reader first needs them. These tests hold that
// the default page never fetches it, that details and exports get their words when it comes,
// and that a missing or foreign bundle is said in the details while the rest keeps working.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { harness } from './widget.mjs';

const { open } = harness();
const BUNDLE = '**/pv-matrix-data.txt';

/** Counts the bundle's requests; `hold` delays each answer until `release()` is called. */
async function watchBundle(page, { hold = false, answer = null } = {}) {
  const seen = { count: 0 };
  let release;
  const released = new Promise((resolve) => (release = resolve));
  await page.route(BUNDLE, async (route) => {
    seen.count += 1;
    if (hold) await released;
    await (answer ? route.fulfill(answer) : route.continue());
  });
  return { seen, release };
}

/** Opens a page whose bundle requests are watched from the start. */
async function openWatched(query, options) {
  const w = await open('', options);
  const watch = await watchBundle(w.page, options);
  await w.page.goto(`${w.base}/${query}`);
  await w.page.waitForSelector('.pvm[data-live]');
  return { w, ...watch };
}

describe("the data's words", () => {
  test('the default page is live without them; opening a verdict fetches them once', async () => {
    const { w, seen, release } = await openWatched('?releases=rhel-5,rhel-6', { hold: true });
    await w.page.waitForTimeout(300);
    assert.equal(seen.count, 0, 'nothing fetched before a reader needs the words');

    await w.cell('rhel-5', 'xen-dom0').locator('button').click();
    const details = w.page.locator('[data-details="rhel-5/xen-dom0"]');
    // The reason is there at once; the note and sources say they are coming.
    assert.match(await details.innerText(), /RHEL 5 ships its own patched kernel \(kernel-xen\)/);
    assert.equal(await details.locator('[data-words="loading"]').count(), 1);
    assert.equal(await details.locator('a').count(), 0);
    release();
    await details.locator('.pvm-sources a').first().waitFor();
    assert.equal(await details.locator('[data-words]').count(), 0);
    const hrefs = await details.locator('.pvm-sources a').evaluateAll((as) => as.map((a) => a.href));
    assert.ok(hrefs.every((h) => h.startsWith('https://')), hrefs.join(' '));
    assert.equal(await details.locator('.pvm-note').count(), 1, 'its note came with them');

    // Another verdict: no second fetch, and the words are there at once.
    await w.cell('rhel-6', 'xen-dom0').locator('button').click();
    const other = w.page.locator('[data-details="rhel-6/xen-dom0"]');
    await other.locator('.pvm-sources a').first().waitFor();
    assert.equal(seen.count, 1);
    // The selection the reader made before is kept when the words arrive.
    assert.deepEqual(await w.columns(), ['rhel-5', 'rhel-6']);
    assert.deepEqual(w.problems, []);
    await w.close();
  });

  test('an export clicked before the words came is made with them', async () => {
    const { w, release } = await openWatched('?releases=rhel-6&hypervisors=xen', { hold: true });
    const download = w.page.waitForEvent('download');
    await w.page.locator('[data-export="csv"]').click();
    await w.page.waitForTimeout(200);
    release();
    const file = await download;
    const csv = await readFile(await file.path(), 'utf8');
    assert.match(csv, /rhel-6,xen-dom0,no,No,RHEL 6 does not offer it\.,https:\/\//);
    assert.deepEqual(w.problems, []);
    await w.close();
  });

  for (const [what, answer, message] of [
    ['missing', { status: 404, body: 'not here' }, /pv-matrix-data\.txt: HTTP 404/],
    ['of another build', { status: 200, body: 'pv-matrix-data 0123456789abcdef\n' }, /another build \(0123456789abcdef/],
    ['not a bundle', { status: 200, body: '<!doctype html><p>Welcome' }, /not a pv-matrix data bundle/],
  ]) {
    test(`a bundle ${what} is said in the details; verdicts and the rest keep working`, async () => {
      const { w } = await openWatched('?releases=rhel-6', { answer });
      await w.cell('rhel-6', 'xen-dom0').locator('button').click();
      const failed = w.page.locator('[data-details="rhel-6/xen-dom0"] [data-words="failed"]');
      await failed.waitFor();
      assert.match(await failed.innerText(), message);
      assert.match(await w.page.locator('[data-details="rhel-6/xen-dom0"]').innerText(), /RHEL 6 does not offer it/);
      // Still live: a click changes the selection.
      await w.page.locator('button[data-remove="rhel-6"]').click();
      await w.page.locator('thead th[data-release="rhel-6"]').waitFor({ state: 'detached' });
      assert.deepEqual(w.problems.filter((p) => !/404/.test(p)), []);
      await w.close();
    });
  }

  test('German readers are told in German while the words load', async () => {
    const { w, release } = await openWatched('?releases=rhel-6&lang=de', { hold: true });
    await w.cell('rhel-6', 'xen-dom0').locator('button').click();
    const loading = w.page.locator('[data-details="rhel-6/xen-dom0"] [data-words="loading"]');
    assert.match(await loading.innerText(), /Anmerkungen und Quellen werden geladen/);
    release();
    await loading.waitFor({ state: 'detached' });
    await w.close();
  });
});
