// End to end in every engine (Chromium, Firefox ESR, WebKitGTK; ENGINES=firefox,webkit picks
// some): the page renders verdicts from its URL, follows clicks and goes back; the system check
// recognises a kernel, from the URL and typed; the <pv-matrix> element renders on a host page
// with a strict CSP with its attributes, two instances independent; a dark colour scheme applies.
// The other end-to-end files test the same in depth in Chromium. Run `trunk build --release` and
// scripts/setup first (scripts/test does both); an engine that is not installed fails.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { LIMITS, enginesToTest, launch } from './engines.mjs';
import { CSP, FIXTURES } from './hostile-host.mjs';
import { serve } from './serve.mjs';

const ARTIFACTS = 'e2e/artifacts';
const DARK_BACKGROUND = 'rgb(20, 23, 27)';
const LIGHT_BACKGROUND = 'rgb(255, 255, 255)';

// Page scripts (they run in the browser; `d` finds elements in shadow roots too).
const live = (d, root) => d.one('.pvm[data-live]', root ? document.getElementById(root) : document) !== null;
const columns = (d) => d.all('thead th[data-release]').map((th) => th.dataset.release);
const status = (d, release, capability, root) =>
  d.one(`td[data-release="${release}"][data-capability="${capability}"]`, root ? document.getElementById(root) : document)
    ?.dataset.status ?? null;
const text = (d, selector) => d.one(selector)?.innerText ?? null;
const background = (d, root) =>
  getComputedStyle(d.one('.pvm', root ? document.getElementById(root) : document)).backgroundColor;

let plain, strict;

before(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  plain = await serve('dist', 0);
  strict = await serve('dist', 0, { 'content-security-policy': CSP }, FIXTURES);
});

after(() => {
  plain?.server.close();
  strict?.server.close();
});

for (const engine of enginesToTest()) {
  describe(`in ${engine}`, () => {
    let browser;
    before(async () => {
      browser = await launch(engine);
    });
    after(async () => {
      await browser?.close();
    });

    /** Opens a page and waits until the widget (or, on the host page, both instances) is live. */
    async function open(server, path, roots = [undefined]) {
      const page = await browser.open(`${server.url}/${path}`);
      for (const root of roots) await page.waitFor(live, [root]);
      return page;
    }

    const param = async (page, name) => new URL(await page.url()).searchParams.get(name);

    test('what this engine cannot do', (t) => {
      for (const limit of LIMITS[engine]) t.diagnostic(`${engine}: ${limit}`);
      if (LIMITS[engine].length === 0) t.diagnostic(`${engine}: everything the tests need`);
    });

    test('the matrix shows the verdicts of the releases in ?releases= and opens one to its sources', async () => {
      const page = await open(plain, '?releases=rhel-6,sles-11-sp1');
      assert.deepEqual(await page.eval(columns), ['rhel-6', 'sles-11-sp1']);
      for (const [release, capability, expected] of [
        ['rhel-6', 'xen-pv-guest', 'yes'],
        ['rhel-6', 'xen-dom0', 'no'],
        ['sles-11-sp1', 'xen-pvhvm', 'no'],
        ['sles-11-sp1', 'xen-dom0', 'yes'],
      ]) {
        assert.equal(await page.eval(status, release, capability), expected, `${capability} on ${release}`);
      }
      await page.click((d) => d.one('td[data-release="rhel-6"][data-capability="xen-dom0"] button'));
      await page.waitFor((d) => d.one('[data-details="rhel-6/xen-dom0"]'));
      // The sources are the data's words, fetched when the first verdict opens (issue 17).
      await page.waitFor((d) => d.one('[data-details="rhel-6/xen-dom0"] .pvm-sources a'));
      const hrefs = await page.eval((d) => [...d.one('[data-details="rhel-6/xen-dom0"]').querySelectorAll('a')].map((a) => a.href));
      assert.ok(hrefs.length > 0 && hrefs.every((h) => h.startsWith('https://')), hrefs.join(' '));
      assert.deepEqual(await page.problems(), []);
      await page.screenshot(`${ARTIFACTS}/engines-${engine}-matrix.png`);
      await page.close();
    });

    test('a click removes a release, the URL follows, and back restores it', async () => {
      const page = await open(plain, '?releases=rhel-6,debian-6.0');
      await page.click((d) => d.one('button[data-remove="rhel-6"]'));
      await page.waitFor((d) => !d.one('td[data-release="rhel-6"]'));
      assert.deepEqual(await page.eval(columns), ['debian-6.0']);
      assert.equal(await param(page, 'releases'), 'debian-6.0');
      await page.back();
      await page.waitFor((d) => d.one('td[data-release="rhel-6"][data-capability="xen-dom0"]'));
      assert.deepEqual(await page.eval(columns), ['rhel-6', 'debian-6.0']);
      assert.equal(await param(page, 'releases'), 'rhel-6,debian-6.0');
      assert.deepEqual(await page.problems(), []);
      await page.close();
    });

    test('the system check recognises a kernel from the URL and a typed one', async () => {
      const page = await open(plain, '?kernel=2.6.32-754.35.1.el6.x86_64');
      assert.deepEqual(await page.eval(columns), ['rhel-6']);
      assert.equal(await page.eval(status, 'rhel-6', 'xen-dom0'), 'no');
      assert.equal(await page.eval(status, 'rhel-6', 'xen-pvhvm'), 'yes');
      assert.match(await page.eval(text, '[data-recognised]'), /Recognised: RHEL 6/);
      await page.type((d) => d.one('[data-input="kernel"]'), '2.6.18-419.el5xen');
      await page.waitFor((d) => d.one('td[data-release="rhel-5"][data-capability="xen-dom0"]')?.dataset.status === 'yes');
      assert.deepEqual(await page.eval(columns), ['rhel-5']);
      assert.equal(await param(page, 'kernel'), '2.6.18-419.el5xen');
      assert.deepEqual(await page.problems(), []);
      await page.screenshot(`${ARTIFACTS}/engines-${engine}-kernel.png`);
      await page.close();
    });

    test('the <pv-matrix> element renders on a host page with a strict CSP, with its attributes', async () => {
      const page = await open(strict, 'hostile.html', ['first', 'second']);
      assert.equal(await page.eval(status, 'rhel-6', 'xen-dom0', 'first'), 'no');
      assert.equal(await page.eval(status, 'debian-6.0', 'xen-dom0', 'first'), 'yes');
      assert.equal(await page.eval(status, 'sles-11-sp1', 'xen-dom0', 'second'), 'yes');
      const rows = (d, root) => d.all('tr[data-capability-row]', document.getElementById(root)).map((r) => r.dataset.capabilityRow);
      assert.deepEqual(await page.eval(rows, 'first'), ['xen-pv-guest', 'xen-dom0'], 'capabilities="xen-pv-guest,xen-dom0"');
      const second = await page.eval(rows, 'second');
      assert.ok(second.length > 0 && second.every((id) => id.startsWith('xen-')), `hypervisors="xen": ${second}`);
      // compact: no tabs; the full instance has them.
      assert.equal(await page.eval((d) => d.all('[data-view]', document.getElementById('second')).length), 0);
      assert.ok((await page.eval((d) => d.all('[data-view]', document.getElementById('first')).length)) > 0);
      // The host's styles do not reach in, the widget's do not leak out.
      const style = await page.eval((d) => {
        const button = d.one('td[data-release="rhel-6"][data-capability="xen-dom0"] button', document.getElementById('first'));
        return {
          color: getComputedStyle(button).color,
          fontSize: getComputedStyle(button.closest('.pvm')).fontSize,
          textTransform: getComputedStyle(button).textTransform,
          decoy: getComputedStyle(document.getElementById('decoy')).backgroundColor,
          hostTable: getComputedStyle(document.getElementById('host-table')).display,
        };
      });
      assert.deepEqual(style.fontSize, '16px');
      assert.notEqual(style.color, 'rgb(255, 0, 0)');
      assert.equal(style.textTransform, 'none');
      assert.equal(style.decoy, 'rgba(0, 0, 0, 0)');
      assert.equal(style.hostTable, 'none');
      // No CSP violation, no global but the page's own.
      const { violations, added } = await page.eval(() => ({
        violations: window.violations,
        added: Object.getOwnPropertyNames(window).filter(
          // Playwright's own helper in Firefox (__pw_bidiInsertText) is not the widget's.
          (n) => !window.globalsBefore.includes(n) && !['globalsBefore', 'violations', 'changes'].includes(n) && !n.startsWith('__pw_'),
        ),
      }));
      assert.deepEqual(violations, []);
      assert.deepEqual(added, []);
      // The iframe form renders too and reports its height.
      await page.waitFor(() => parseInt(document.getElementById('frame').style.height, 10) > 200);
      await page.waitFor((d) =>
        d.one('td[data-release="rhel-5"][data-capability="xen-dom0"]', document.getElementById('frame').contentDocument));
      assert.deepEqual(await page.problems(), []);
      await page.screenshot(`${ARTIFACTS}/engines-${engine}-host.png`);
      await page.close();
    });

    test('two instances work independently, leave the host URL alone and follow attribute changes', async () => {
      const page = await open(strict, 'hostile.html', ['first', 'second']);
      const url = await page.url();
      await page.click((d) => d.one('button[data-remove="debian-6.0"]', document.getElementById('first')));
      await page.waitFor((d) => !d.one('td[data-release="debian-6.0"]', document.getElementById('first')));
      assert.equal(await page.url(), url, 'the host URL is untouched');
      assert.equal(await page.eval(status, 'sles-11-sp1', 'xen-dom0', 'second'), 'yes', 'the other instance is unchanged');
      const last = await page.eval(() => window.changes.filter((c) => c.id === 'first').at(-1)?.detail.releases);
      assert.deepEqual(last, ['rhel-6'], 'the change event');
      const verdicts = await page.eval(() =>
        document.getElementById('first').verdicts.rows.map((r) => `${r.release}/${r.capability}=${r.status}`));
      assert.deepEqual(verdicts, ['rhel-6/xen-pv-guest=yes', 'rhel-6/xen-dom0=no']);

      await page.eval(() => document.getElementById('second').setAttribute('releases', 'rhel-5,fedora-16'));
      await page.waitFor((d) => d.one('td[data-release="fedora-16"]', document.getElementById('second')));
      assert.equal(await page.eval(status, 'rhel-5', 'xen-dom0', 'second'), 'yes');
      assert.equal(await page.eval(status, 'sles-11-sp1', 'xen-dom0', 'second'), null);
      assert.equal(await page.eval(background, 'first'), LIGHT_BACKGROUND);
      await page.eval(() => document.getElementById('first').setAttribute('theme', 'dark'));
      await page.waitFor(
        (d, expected) => getComputedStyle(d.one('.pvm', document.getElementById('first'))).backgroundColor === expected,
        [DARK_BACKGROUND],
      );
      assert.deepEqual(await page.eval(() => window.violations), [], 'no CSP violation');
      assert.deepEqual(await page.problems(), []);
      await page.screenshot(`${ARTIFACTS}/engines-${engine}-attributes.png`);
      await page.close();
    });

    test('a dark colour scheme applies to the page and the element', async () => {
      const dark = await launch(engine, { dark: true });
      try {
        let page = await dark.open(`${plain.url}/?releases=rhel-6`);
        await page.waitFor(live);
        assert.equal(await page.eval(() => matchMedia('(prefers-color-scheme: dark)').matches), true, 'the engine prefers dark');
        assert.equal(await page.eval(background), DARK_BACKGROUND);
        assert.deepEqual(await page.problems(), []);
        await page.screenshot(`${ARTIFACTS}/engines-${engine}-dark.png`);
        await page.close();
        // The host page names no colour scheme and paints nothing dark, so it renders light in a
        // dark-preferring browser: the element follows the page, not the preference, until the
        // page's own toggle says dark.
        page = await dark.open(`${strict.url}/hostile.html`);
        await page.waitFor(live, ['first']);
        assert.notEqual(await page.eval(background, 'first'), DARK_BACKGROUND);
        await page.eval(() => document.documentElement.setAttribute('data-theme', 'dark'));
        await page.waitFor((d) => getComputedStyle(d.one('.pvm', document.getElementById('first'))).colorScheme.includes('dark'));
        assert.equal(await page.eval(background, 'first'), DARK_BACKGROUND);
        assert.deepEqual(await page.problems(), []);
        await page.screenshot(`${ARTIFACTS}/engines-${engine}-host-dark.png`);
        await page.close();
      } finally {
        await dark.close();
      }
    });
  });
}
