// The matrix comes first: at desktop and phone sizes its first rows are on the first screen,
// nothing widens the page, every tab is in view, two releases compare without scrolling
// sideways, and every control is at least 24 by 24 pixels.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ARTIFACTS, harness } from './widget.mjs';

const { open } = harness();

const SIZES = [
  ['desktop', { width: 1280, height: 900 }],
  ['phone', { width: 390, height: 844 }],
];

/** The bounding boxes of the first `n` capability rows of the first table. */
function firstRows(page, n) {
  return page.locator('.pvm-table tr[data-capability-row]').evaluateAll(
    (rows, n) => rows.slice(0, n).map((row) => {
      const box = row.getBoundingClientRect();
      return { id: row.dataset.capabilityRow, top: box.top, bottom: box.bottom };
    }),
    n,
  );
}

/** Whether the page scrolls sideways (it must not: wide tables scroll inside their frame). */
function pageOverflows(page) {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}

describe('layout', () => {
  for (const [name, viewport] of SIZES) {
    test(`the matrix's first rows are on the first screen (${name})`, async () => {
      const w = await open('', { viewport });
      await w.page.screenshot({ path: `${ARTIFACTS}/e2e-first-screen-${name}.png` });
      const rows = await firstRows(w.page, 3);
      assert.equal(rows.length, 3);
      for (const row of rows) {
        assert.ok(row.bottom <= viewport.height, `${row.id} ends at ${row.bottom} px, below ${viewport.height}`);
      }
      assert.equal(await pageOverflows(w.page), false, 'the page scrolls sideways');
      assert.deepEqual(w.problems, []);
      await w.close();
    });
  }

  test('the release list opens over the matrix, not above it', async () => {
    const w = await open('', { viewport: { width: 1280, height: 900 } });
    const [before] = await firstRows(w.page, 1);
    await w.page.getByRole('searchbox').click();
    await w.page.locator('input[data-release-option="rhel-7"]').waitFor();
    const [after] = await firstRows(w.page, 1);
    assert.equal(after.top, before.top, 'the matrix moved when the list opened');
    await w.page.keyboard.press('Escape');
    await w.page.locator('input[data-release-option]').first().waitFor({ state: 'detached' });
    await w.close();
  });

  test('on a phone every tab is in view and two releases compare without scrolling sideways', async () => {
    const viewport = { width: 390, height: 844 };
    const w = await open('?compare=ubuntu-20.04,ubuntu-22.04', { viewport });
    const tabs = await w.page.locator('.pvm-tab').evaluateAll((all) =>
      all.map((tab) => {
        const box = tab.getBoundingClientRect();
        return { text: tab.textContent, left: box.left, right: box.right, clipped: tab.scrollWidth > tab.clientWidth };
      }),
    );
    assert.equal(tabs.length, 4);
    for (const tab of tabs) {
      assert.ok(tab.left >= 0 && tab.right <= viewport.width, `${tab.text} is cut off: ${tab.left}..${tab.right}`);
      assert.equal(tab.clipped, false, `${tab.text} does not fit its tab`);
    }
    const frame = w.page.locator('.pvm-table-wrap');
    const scrolls = await frame.evaluate((f) => f.scrollWidth > f.clientWidth);
    assert.equal(scrolls, false, 'the comparison of two releases scrolls sideways');
    assert.equal(await pageOverflows(w.page), false, 'the page scrolls sideways');
    await w.page.screenshot({ path: `${ARTIFACTS}/e2e-compare-phone.png` });
    await w.close();
  });

  for (const [name, viewport] of SIZES) {
    test(`every control is at least 24 by 24 pixels (${name})`, async () => {
      for (const query of ['', '?compare=rhel-5,rhel-6', '?kernel=6.1.0']) {
        const w = await open(query, { viewport });
        const small = await w.page.locator('.pvm').evaluate((root) =>
          [...root.querySelectorAll('button, input:not([type=checkbox]), textarea, select, a[href]')]
            .filter((el) => el.getClientRects().length > 0)
            .map((el) => {
              const box = el.getBoundingClientRect();
              return { what: el.outerHTML.slice(0, 80), width: box.width, height: box.height };
            })
            .filter((target) => target.width < 24 || target.height < 24),
        );
        assert.deepEqual(small, [], `${query || 'default'}: targets under 24 px`);
        await w.close();
      }
    });
  }
});
