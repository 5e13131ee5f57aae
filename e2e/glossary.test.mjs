// The glossary ("What do these words mean?", issue 18): a modal dialog opened by the page's
// button and by every term link (in a capability's description, a verdict's details, the
// glossary itself), at the term's entry; Escape closes it and the focus goes back; the link
// and the host's URL never change; in the embed it opens inside the element.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './browser.mjs';
import { CSP, FIXTURES } from './hostile-host.mjs';
import { serve } from './serve.mjs';
import { ARTIFACTS, harness } from './widget.mjs';

const { open } = harness();

/** The open dialog's current entry and the focused element, looking into shadow roots. */
function where(page) {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    const root = active?.getRootNode?.() ?? document;
    const dialog = (root.querySelector ? root : document).querySelector('dialog[data-glossary]');
    return {
      open: Boolean(dialog?.open),
      modal: Boolean(dialog?.matches(':modal')),
      current: dialog?.querySelector('.pvm-current')?.dataset.termEntry ?? null,
      focusedEntry: active?.closest?.('[data-term-entry]')?.dataset.termEntry ?? null,
      focusedTerm: active?.dataset?.term ?? null,
      focusedOpen: active?.dataset?.glossaryOpen !== undefined,
    };
  });
}

describe('the glossary', () => {
  test('the page opens it modally with every term and claim; Escape gives the focus back', async () => {
    const w = await open('?releases=rhel-5,rhel-6');
    const url = w.page.url();
    await w.page.locator('[data-glossary-open]').click();
    const dialog = w.page.locator('dialog[data-glossary]');
    await dialog.waitFor();
    assert.deepEqual(
      { open: (await where(w.page)).open, modal: (await where(w.page)).modal },
      { open: true, modal: true },
    );
    // The texts come with the data's words, fetched when first needed.
    await dialog.locator('[data-term-entry]').first().waitFor();
    assert.equal(await dialog.locator('[data-term-entry]').count(), 14);
    assert.equal(await dialog.locator('[data-claim]').count(), 5);
    assert.match(await dialog.locator('[data-claim="dom0-2.6.37"]').innerText(), /2\.6\.39[\s\S]*3\.0/);
    // Every entry cites https sources.
    for (const entry of await dialog.locator('[data-term-entry]').all()) {
      const hrefs = await entry.locator('a').evaluateAll((a) => a.map((x) => x.href));
      assert.ok(hrefs.length > 0 && hrefs.every((h) => h.startsWith('https://')), JSON.stringify(hrefs));
    }
    await w.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    assert.equal((await where(w.page)).focusedOpen, true, 'the focus is back on the button');
    assert.equal(w.page.url(), url, 'the link did not change');
    assert.deepEqual(w.problems, []);
    await w.close();
  });

  test('a term in a description opens its entry, and a term in an entry moves to another', async () => {
    const w = await open('?releases=rhel-6');
    await w.page.locator('tr[data-capability-row="xen-pvhvm"] .pvm-capability-name').hover();
    await w.page.locator('tr[data-capability-row="xen-pvhvm"] .pvm-capability-description [data-term="pvhvm"]').click();
    const dialog = w.page.locator('dialog[data-glossary]');
    await dialog.locator('.pvm-current').waitFor();
    assert.deepEqual(
      { current: (await where(w.page)).current, focused: (await where(w.page)).focusedEntry },
      { current: 'pvhvm', focused: 'pvhvm' },
    );
    await dialog.locator('[data-term-entry="pvhvm"] .pvm-term-relation [data-term="pvh"]').click();
    await dialog.locator('[data-term-entry="pvh"].pvm-current').waitFor();
    assert.equal((await where(w.page)).focusedEntry, 'pvh');
    await w.page.screenshot({ path: `${ARTIFACTS}/e2e-glossary-pvh.png` });
    await dialog.locator('[data-glossary-close]').click();
    await dialog.waitFor({ state: 'detached' });
    await w.close();
  });

  test('the texts come with the data\'s words: loading until then, and said when they cannot', async () => {
    let w = await open('');
    let release;
    const released = new Promise((resolve) => (release = resolve));
    await w.page.route('**/pv-matrix-data.txt', async (route) => {
      await released;
      await route.continue();
    });
    await w.page.goto(`${w.base}/?releases=rhel-6`);
    await w.page.waitForSelector('.pvm[data-live]');
    await w.page.locator('[data-glossary-open]').click();
    const dialog = w.page.locator('dialog[data-glossary]');
    await dialog.locator('[data-words="loading"]').waitFor();
    assert.equal(await dialog.locator('[data-term-entry]').count(), 0);
    release();
    await dialog.locator('[data-term-entry="pv"]').waitFor();
    assert.equal(await dialog.locator('[data-words]').count(), 0);
    await w.close();

    w = await open('');
    await w.page.route('**/pv-matrix-data.txt', (route) => route.fulfill({ status: 404, body: 'no' }));
    await w.page.goto(`${w.base}/?releases=rhel-6&lang=de`);
    await w.page.waitForSelector('.pvm[data-live]');
    await w.page.locator('[data-glossary-open]').click();
    assert.match(
      await w.page.locator('dialog[data-glossary] [data-words="failed"]').innerText(),
      /Das Glossar konnte nicht geladen werden/,
    );
    await w.close();
  });

  test('in the embed the entry opens inside the element; the host page keeps its URL', async () => {
    const { server, url } = await serve('dist', 0, { 'content-security-policy': CSP }, FIXTURES);
    const browser = await launch();
    try {
      const page = await browser.newPage({ viewport: { width: 1200, height: 1000 } });
      const problems = [];
      page.on('pageerror', (error) => problems.push(error.message));
      await page.goto(`${url}/hostile.html`);
      await page.locator('#second .pvm[data-live]').waitFor();
      const before = page.url();
      // The compact instance has no top bar: its way in is a term in a verdict's details.
      await page.locator('#second td[data-release="sles-11-sp1"][data-capability="xen-dom0"] button').click();
      await page.locator('#second [data-details] .pvm-what [data-term="dom0"]').click();
      const dialog = page.locator('#second dialog[data-glossary]');
      await dialog.locator('.pvm-current').waitFor();
      assert.equal(await dialog.evaluate((d) => d.open && d.matches(':modal')), true);
      assert.equal(await dialog.locator('.pvm-current').getAttribute('data-term-entry'), 'dom0');
      assert.equal(await page.locator('#first dialog').count(), 0, 'only the element asked opens it');
      await page.screenshot({ path: `${ARTIFACTS}/e2e-glossary-embedded.png` });
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      assert.equal(page.url(), before);
      assert.deepEqual(problems, []);
      await page.close();
    } finally {
      await browser.close();
      server.close();
    }
  });
});
