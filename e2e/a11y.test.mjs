// Accessibility, end to end: axe-core (WCAG 2.0-2.2 A and AA rules) on every view in both
// languages and colour schemes, on the embedded element, and a keyboard-only walk through the
// main task (pick a release, move between verdicts with the arrow keys, open a verdict's
// details, export) without a mouse.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { ARTIFACTS, harness } from './widget.mjs';

const AXE = await readFile('node_modules/axe-core/axe.min.js', 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// The hostile fixture page is served too, without its CSP header so that axe's script can be
// injected; embed.test.mjs checks the same page under a strict CSP.
const FIXTURES = Object.fromEntries(
  ['hostile.html', 'hostile.css', 'hostile.js', 'globals-before.js'].map((f) => [`/${f}`, `e2e/fixtures/${f}`]),
);
const served = harness({ extra: FIXTURES });
const { open } = served;

/** Runs axe in the page (within `context` when given); resolves to its violations, readable. */
async function violations(page, context = null) {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(
    async ([context, tags]) => {
      const result = await window.axe.run(context ?? document, { runOnly: { type: 'tag', values: tags } });
      return result.violations.map((v) => ({
        rule: v.id,
        help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => `${JSON.stringify(n.target)}: ${n.failureSummary}`),
      }));
    },
    [context, TAGS],
  );
}

function assertClean(found, view) {
  assert.deepEqual(found, [], `${view}: ${JSON.stringify(found, null, 2)}`);
}

describe('axe finds no violations', () => {
  const VIEWS = [
    ['default', ''],
    ['compare', '?compare=ubuntu-20.04,ubuntu-22.04'],
    ['kernel check', '?kernel=5.15.0-91-generic'],
    ['kernel config', '?kernel=CONFIG_XEN%3Dy'],
    ['minimum release', '?need=xen-dom0,virtio-scsi'],
    ['unknown ids', '?releases=rhel-6,nope-1&lang=fr'],
    ['German', '?lang=de'],
    ['German compare', '?compare=rhel-5,rhel-6&lang=de'],
    ['German kernel check', '?kernel=2.6.18-419.el5&lang=de'],
    ['German minimum release', '?need=xen-dom0&lang=de'],
  ];
  for (const scheme of ['light', 'dark']) {
    for (const [name, query] of VIEWS) {
      test(`${name}, ${scheme}`, async () => {
        const w = await open(query, { colorScheme: scheme });
        assertClean(await violations(w.page), `${name} (${scheme})`);
        assert.deepEqual(w.problems, []);
        await w.close();
      });
    }
  }

  for (const [scheme, lang] of [['light', 'en'], ['dark', 'de']]) {
    test(`an open verdict's details and a focused control, ${scheme}, ${lang}`, async () => {
      const w = await open(`?releases=rhel-5,rhel-6&lang=${lang}`, { colorScheme: scheme });
      await w.cell('rhel-5', 'xen-pvhvm').locator('button').click();
      await w.page.locator('[data-details="rhel-5/xen-pvhvm"]').waitFor();
      await w.page.locator('tr[data-capability-row="xen-dom0"] .pvm-capability-name').focus();
      assertClean(await violations(w.page), `details (${scheme})`);
      await w.close();
    });
  }

  for (const [scheme, lang] of [['light', 'en'], ['dark', 'de']]) {
    test(`"Embed this view" open, ${scheme}, ${lang}`, async () => {
      const w = await open(`?releases=rhel-6,debian-6.0&lang=${lang}`, { colorScheme: scheme });
      await w.page.locator('[data-export="embed"]').click();
      await w.page.locator('[data-embed-snippet]').focus();
      assertClean(await violations(w.page), `embed panel (${scheme})`);
      await w.close();
    });
  }

  test('on a phone', async () => {
    const w = await open('?lang=de', { viewport: { width: 390, height: 844 }, colorScheme: 'dark' });
    assertClean(await violations(w.page), 'phone');
    await w.close();
  });

  // The glossary dialog (issue 18), open at an entry: both languages and schemes, and a phone.
  for (const [scheme, lang, viewport] of [
    ['light', 'en', undefined],
    ['dark', 'de', undefined],
    ['light', 'de', { width: 390, height: 844 }],
    ['dark', 'en', { width: 390, height: 844 }],
  ]) {
    const where = viewport ? 'phone' : 'desktop';
    test(`the glossary, ${scheme}, ${lang}, ${where}`, async () => {
      const w = await open(`?releases=rhel-5&lang=${lang}`, { colorScheme: scheme, ...(viewport && { viewport }) });
      await w.page.locator('[data-glossary-open]').click();
      await w.page.locator('dialog[data-glossary] .pvm-glossary-index [data-term="xenified"]').click();
      await w.page.locator('[data-term-entry="xenified"].pvm-current').waitFor();
      assertClean(await violations(w.page), `glossary (${scheme}, ${lang}, ${where})`);
      await w.page.screenshot({ path: `${ARTIFACTS}/e2e-glossary-${where}-${scheme}-${lang}.png` });
      assert.deepEqual(w.problems, []);
      await w.close();
    });
  }
});

describe('embedded', () => {
  for (const scheme of ['light', 'dark']) {
    test(`both <pv-matrix> elements on the fixture page, English and German, ${scheme}`, async () => {
      const page = await served.browser.newPage({ viewport: { width: 1200, height: 1600 }, colorScheme: scheme });
      await page.goto(`${served.base}/hostile.html`);
      await page.locator('#first .pvm[data-live]').waitFor();
      await page.locator('#second .pvm[data-live]').waitFor();
      const widgets = { include: [{ fromShadowDom: ['#first', '.pvm'] }, { fromShadowDom: ['#second', '.pvm'] }] };
      assertClean(await violations(page, widgets), `embedded (${scheme})`);
      // The lang attribute switches the element's language, live.
      await page.locator('#first').evaluate((element) => element.setAttribute('lang', 'de'));
      await page.locator('#first .pvm[lang="de"]').waitFor();
      assert.match(await page.locator('#first .pvm-corner').innerText(), /Fähigkeit/);
      await page.locator('#first td[data-capability="xen-dom0"] button').first().click();
      await page.locator('#first [data-details]').waitFor();
      assertClean(await violations(page, widgets), `embedded German (${scheme})`);
      await page.screenshot({ path: `${ARTIFACTS}/e2e-embedded-de-${scheme}.png`, fullPage: true });
      await page.close();
    });
  }
});

/** What has the keyboard focus, looking into shadow roots. */
function focused(page) {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    const cell = element?.closest?.('td[data-release]');
    return {
      tag: element?.tagName ?? null,
      type: element?.getAttribute?.('type') ?? null,
      option: element?.dataset?.releaseOption ?? null,
      cell: cell ? `${cell.dataset.release}/${cell.dataset.capability}` : null,
      export: element?.dataset?.export ?? null,
      lang: element?.dataset?.lang ?? null,
      details: element?.closest?.('[data-details]')?.dataset.details ?? null,
      term: element?.dataset?.term ?? null,
      entry: element?.closest?.('[data-term-entry]')?.dataset.termEntry ?? null,
      opensGlossary: element?.dataset?.glossaryOpen !== undefined,
      visible: element ? getComputedStyle(element).outlineStyle !== 'none' : false,
    };
  });
}

/** Presses Tab until `wanted` holds for the focused element; fails after `limit` presses. */
async function tabTo(page, wanted, what, limit = 300) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (wanted(now)) return now;
  }
  assert.fail(`Tab never reached ${what}`);
}

describe('verdicts', () => {
  test('each shows its icon beside the word (never colour alone), and only the word is read', async () => {
    // The icon is the stylesheet's (a pseudo-element with empty alt text), not an element.
    const w = await open('?releases=rhel-6,ubuntu-24.04,sles-11-sp1');
    const icons = await w.page.locator('td[data-status]').evaluateAll((tds) =>
      tds.map((td) => [td.dataset.status, getComputedStyle(td.querySelector('.pvm-verdict'), '::before').content]),
    );
    const expected = { yes: '"\u2713" / ""', partial: '"\u25d0" / ""', no: '"\u2715" / ""', unknown: '"?" / ""' };
    for (const [status, content] of icons) assert.equal(content, expected[status], status);
    assert.deepEqual(new Set(icons.map(([status]) => status)), new Set(['yes', 'no', 'partial']));
    assert.equal(
      await w.cell('rhel-6', 'xen-dom0').locator('button').ariaSnapshot(),
      '- button "No distro does not offer it"',
    );
    assert.deepEqual(w.problems, []);
    await w.close();
  });
});

describe('keyboard only', () => {
  test('pick a release, open a verdict and its details, export, with no mouse', async () => {
    const w = await open('?releases=rhel-6');
    const { page } = w;
    await tabTo(page, (f) => f.tag === 'INPUT' && f.type === 'search', 'the release search');
    await page.keyboard.type('squeeze');
    const option = await tabTo(page, (f) => f.option === 'debian-6.0', 'the Debian 6.0 checkbox', 10);
    assert.ok(option.visible, 'the focused checkbox shows a focus ring');
    await page.keyboard.press('Space');
    await w.cell('debian-6.0', 'xen-dom0').waitFor();
    assert.equal(w.param('releases'), 'rhel-6,debian-6.0');

    // Tab reaches the first verdict; the arrow keys move between verdicts.
    const first = await tabTo(page, (f) => f.cell !== null, 'the first verdict');
    assert.equal(first.cell, 'rhel-6/xen-pv-guest');
    assert.ok(first.visible, 'the focused verdict shows a focus ring');
    await page.keyboard.press('ArrowRight');
    assert.equal((await focused(page)).cell, 'debian-6.0/xen-pv-guest');
    await page.keyboard.press('ArrowRight');
    assert.equal((await focused(page)).cell, 'debian-6.0/xen-pv-guest', 'the last column stays');
    for (let i = 0; i < 10 && (await focused(page)).cell !== 'debian-6.0/xen-dom0'; i += 1) {
      await page.keyboard.press('ArrowDown');
    }
    assert.equal((await focused(page)).cell, 'debian-6.0/xen-dom0');
    await page.keyboard.press('ArrowLeft');
    assert.equal((await focused(page)).cell, 'rhel-6/xen-dom0');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    const details = page.locator('[data-details="debian-6.0/xen-dom0"]');
    await details.waitFor();
    assert.equal(await w.cell('debian-6.0', 'xen-dom0').locator('button').getAttribute('aria-expanded'), 'true');
    // The details are next in the tab order: their source links, then Close.
    await tabTo(page, (f) => f.details === 'debian-6.0/xen-dom0' && f.tag === 'A', 'a source link', 20);
    await page.screenshot({ path: `${ARTIFACTS}/e2e-keyboard-details.png` });
    // Escape closes them and gives the focus back to the verdict.
    await page.keyboard.press('Escape');
    await details.waitFor({ state: 'detached' });
    assert.equal((await focused(page)).cell, 'debian-6.0/xen-dom0');
    await page.keyboard.press('Enter');
    await details.waitFor();

    await tabTo(page, (f) => f.export === 'csv', 'the CSV export');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    assert.match(download.suggestedFilename(), /^pv-matrix-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    assert.match(csv, /debian-6\.0,xen-dom0,yes,/);
    assert.deepEqual(w.problems, []);
    await w.close();
  });

  test('the glossary from the keyboard: a term in the details, its entry, Escape back', async () => {
    const w = await open('?releases=rhel-5');
    const { page } = w;
    // The page's button, then Escape.
    await tabTo(page, (f) => f.opensGlossary, 'the glossary button', 40);
    await page.keyboard.press('Enter');
    await page.locator('dialog[data-glossary]').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('dialog[data-glossary]').waitFor({ state: 'detached' });
    assert.equal((await focused(page)).opensGlossary, true, 'back on the button');
    // A verdict's details: the description's first term, Enter opens its entry.
    await tabTo(page, (f) => f.cell === 'rhel-5/xen-pv-guest', 'the first verdict');
    for (let i = 0; i < 10 && (await focused(page)).cell !== 'rhel-5/xen-dom0'; i += 1) {
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await page.locator('[data-details="rhel-5/xen-dom0"]').waitFor();
    const term = await tabTo(page, (f) => f.details === 'rhel-5/xen-dom0' && f.term !== null, 'a term link', 10);
    assert.equal(term.term, 'dom0');
    assert.ok(term.visible, 'the focused term link shows a focus ring');
    await page.keyboard.press('Enter');
    await page.locator('[data-term-entry="dom0"].pvm-current').waitFor();
    assert.equal((await focused(page)).entry, 'dom0', 'the focus is on the entry');
    // Tab stays in the dialog (it is modal).
    for (let i = 0; i < 5; i += 1) {
      await page.keyboard.press('Tab');
      assert.ok(await page.evaluate(() => document.activeElement.closest('dialog') !== null));
    }
    await page.keyboard.press('Escape');
    await page.locator('dialog[data-glossary]').waitFor({ state: 'detached' });
    const back = await focused(page);
    assert.deepEqual([back.details, back.term], ['rhel-5/xen-dom0', 'dom0'], 'back on the term link');
    assert.deepEqual(w.problems, []);
    await w.close();
  });

  test('the language switch works from the keyboard', async () => {
    const w = await open('?releases=rhel-6');
    await tabTo(w.page, (f) => f.lang === 'de', 'the Deutsch button', 30);
    await w.page.keyboard.press('Enter');
    await w.page.locator('.pvm[lang="de"]').waitFor();
    assert.equal(w.param('lang'), 'de');
    assert.match(await w.page.locator('.pvm-corner').innerText(), /Fähigkeit/);
    await w.close();
  });
});
