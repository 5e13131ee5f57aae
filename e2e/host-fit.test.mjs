// End to end: the element fits the page it is in (issue 16, item 3) without host JavaScript:
// it takes the page's theme toggle as the five documentation generators set it, follows it when
// it changes, takes the page's background colour, lets custom properties on an ancestor through,
// and shows the verdicts with a link to the full page unless interface="full".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness } from './widget.mjs';

const h = harness({ extra: { '/plain-host.html': 'e2e/fixtures/plain-host.html' } });

async function withElement(setup, { colorScheme = 'light' } = {}) {
  const context = await h.browser.newContext({ colorScheme });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${h.base}/plain-host.html`);
  await page.evaluate(setup);
  await page.locator('pv-matrix td[data-status]').first().waitFor();
  return { page, context, errors };
}

/** The used colour scheme and background of the widget's root inside the shadow tree. */
const look = (page) =>
  page.evaluate(() => {
    const root = document.querySelector('pv-matrix').shadowRoot.querySelector('.pvm');
    const style = getComputedStyle(root);
    return { scheme: style.colorScheme, background: style.backgroundColor };
  });

for (const [name, mark] of [
  ['Docusaurus and Furo: data-theme', (html) => html.setAttribute('data-theme', 'dark')],
  ['Material for MkDocs: data-md-color-scheme', (html) => document.body.setAttribute('data-md-color-scheme', 'slate')],
  ['VitePress: a dark class', (html) => html.classList.add('dark')],
  ['mdBook: the coal theme class', (html) => html.classList.add('coal')],
]) {
  test(`the page's toggle decides the theme (${name}), and a change is followed`, async () => {
    const { page, context, errors } = await withElement(() => {
      const element = document.createElement('pv-matrix');
      element.setAttribute('releases', 'rhel-6');
      element.setAttribute('capabilities', 'xen-dom0');
      document.body.append(element);
    });
    const before = await look(page);
    await page.evaluate(mark, await page.evaluateHandle(() => document.documentElement));
    await page.waitForFunction(() => {
      const root = document.querySelector('pv-matrix').shadowRoot.querySelector('.pvm');
      return getComputedStyle(root).colorScheme.includes('dark');
    });
    const after = await look(page);
    assert.notEqual(after.background, before.background, 'the widget turned dark');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('the page background shows through; a --pvm-bg on an ancestor wins; interface="full" opts in', async () => {
  const { page, context } = await withElement(() => {
    document.body.style.background = 'rgb(250, 240, 230)';
    const element = document.createElement('pv-matrix');
    element.setAttribute('releases', 'rhel-6');
    document.body.append(element);
  });
  assert.equal((await look(page)).background, 'rgb(250, 240, 230)');
  // The default presentation in a documentation page: verdicts and a link to the full page.
  assert.equal(await page.locator('pv-matrix [data-view]').count(), 0);
  assert.match(await page.locator('pv-matrix [data-open-full]').getAttribute('href'), /index\.html\?releases=rhel-6/);
  await page.evaluate(() => {
    document.documentElement.style.setProperty('--pvm-bg', 'rgb(1, 2, 3)');
    document.querySelector('pv-matrix').setAttribute('interface', 'full');
  });
  await page.locator('pv-matrix [data-view]').first().waitFor();
  await page.waitForFunction(() => {
    const root = document.querySelector('pv-matrix').shadowRoot.querySelector('.pvm');
    return getComputedStyle(root).backgroundColor === 'rgb(1, 2, 3)';
  });
  await context.close();
});

test('wrapped in <p> by a Markdown processor, or with stray line breaks around it, it still renders', async () => {
  const { page, context, errors } = await withElement(() => {
    // What Python-Markdown, MyST and mdBook make of a one-line element in a paragraph.
    document.body.insertAdjacentHTML(
      'beforeend',
      '<p><pv-matrix releases="rhel-6" capabilities="xen-dom0"></pv-matrix></p>\n<p><br>\n<pv-matrix releases="debian-6.0" capabilities="xen-dom0"></pv-matrix>\n</p>',
    );
  });
  await page.locator('pv-matrix td[data-release="debian-6.0"]').waitFor();
  assert.equal(await page.locator('pv-matrix td[data-release="rhel-6"][data-status="no"]').count(), 1);
  assert.equal(await page.locator('pv-matrix td[data-release="debian-6.0"][data-status="yes"]').count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});
