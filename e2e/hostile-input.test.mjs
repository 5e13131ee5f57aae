// End to end: script-shaped payloads through every way in (URL parameters, element attributes,
// the kernel input, custom data) never run and never become a javascript: or data: link; custom
// data from the host is applied and its problems shown; the widget requests nothing it was not
// given. The pages here have no Content-Security-Policy on purpose: an injection would run.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { harness } from './widget.mjs';

const MARK = 'pvmInjected';
const PAYLOADS = [
  `<img src=x onerror="console.log('${MARK}');window.${MARK}=1">`,
  `"><script>console.log('${MARK}');window.${MARK}=1</script>`,
  `javascript:console.log('${MARK}')`,
  `'><svg onload="window.${MARK}=1">`,
  `data:text/html,<script>window.${MARK}=1</script>`,
];
const FIXTURES = {
  '/plain-host.html': 'e2e/fixtures/plain-host.html',
  '/custom.json': 'e2e/fixtures/custom.json',
};

const served = harness({ extra: FIXTURES });

/** A fresh page that records dialogs, the marker in the console, and every request. */
async function watched() {
  const context = await served.browser.newContext();
  const page = await context.newPage();
  const seen = { dialogs: [], marks: [], requests: [], errors: [] };
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    dialog.dismiss();
  });
  page.on('console', (m) => m.text().includes(MARK) && seen.marks.push(m.text()));
  page.on('pageerror', (e) => seen.errors.push(e.message));
  page.on('request', (r) => seen.requests.push(r.url()));
  return { page, seen, close: () => context.close() };
}

/** Asserts that nothing ran and no dangerous link or element exists, in the page and in shadow roots. */
async function assertNothingRan(page, seen) {
  await page.waitForTimeout(100);
  assert.deepEqual(seen.dialogs, [], 'a dialog opened');
  assert.deepEqual(seen.marks, [], 'the marker reached the console');
  assert.equal(await page.evaluate((mark) => window[mark], MARK), undefined, 'the marker was set');
  const found = await page.evaluate(() => {
    const roots = [document];
    for (let i = 0; i < roots.length; i++) {
      for (const el of roots[i].querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
    }
    const bad = [];
    for (const root of roots) {
      for (const el of root.querySelectorAll('a[href], [src], iframe, object, embed, script, img, svg *')) {
        const url = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
        if (/^\s*(javascript|data|vbscript):/i.test(url)) bad.push(`${el.tagName} ${url}`);
        if (root !== document && ['SCRIPT', 'IMG', 'IFRAME', 'OBJECT', 'EMBED'].includes(el.tagName)) bad.push(el.tagName);
      }
      for (const el of root.querySelectorAll('*')) {
        for (const attr of el.getAttributeNames()) if (attr.startsWith('on')) bad.push(`${el.tagName} ${attr}`);
      }
    }
    return bad;
  });
  assert.deepEqual(found, [], 'dangerous elements or links');
  const foreign = seen.requests.filter((url) => !url.startsWith(served.base));
  assert.deepEqual(foreign, [], 'requests left the origin');
}

describe('script-shaped payloads never run', () => {
  test('through every URL parameter of the page', async () => {
    for (const payload of PAYLOADS) {
      const { page, seen, close } = await watched();
      const p = encodeURIComponent(payload);
      const query = ['releases', 'compare', 'need', 'capabilities', 'hypervisors', 'status', 'lang']
        .map((name) => `${name}=${p},rhel-6`)
        .join('&');
      await page.goto(`${served.base}/?${query}&kernel=${p}`);
      await page.waitForSelector('.pvm[data-live]');
      await assertNothingRan(page, seen);
      await page.goto(`${served.base}/?releases=${p}`);
      await page.waitForSelector('.pvm[data-live]');
      // Shown as text, in the notice about unknown ids.
      const notice = await page.locator('[data-notice="unknown-ids"]').textContent();
      assert.ok(notice.includes(payload.split(',')[0]), notice);
      await assertNothingRan(page, seen);
      assert.deepEqual(seen.errors, []);
      await close();
    }
  });

  test('typed into the kernel input', async () => {
    const { page, seen, close } = await watched();
    await page.goto(`${served.base}/?kernel=5.14.0-70.el9.x86_64`);
    await page.waitForSelector('.pvm[data-live]');
    const input = page.locator('.pvm-system textarea, .pvm-system input').first();
    for (const payload of PAYLOADS) {
      await input.fill(payload);
      await page.waitForTimeout(50);
      await assertNothingRan(page, seen);
    }
    assert.deepEqual(seen.errors, []);
    await close();
  });

  test('in the attributes of the element', async () => {
    const { page, seen, close } = await watched();
    await page.goto(`${served.base}/plain-host.html`);
    await page.evaluate((payloads) => {
      for (const [i, payload] of payloads.entries()) {
        const el = document.createElement('pv-matrix');
        el.id = `x${i}`;
        // Dozens of elements, most below the fold: load them all now (not as they come near).
        el.setAttribute('loading', 'eager');
        for (const name of ['releases', 'capabilities', 'hypervisors', 'status', 'kernel', 'compare', 'need', 'theme', 'lang']) {
          el.setAttribute(name, `${payload},debian-6.0`);
        }
        document.body.append(el);
      }
    }, PAYLOADS);
    for (let i = 0; i < PAYLOADS.length; i++) await page.locator(`#x${i} .pvm[data-live]`).waitFor();
    await assertNothingRan(page, seen);
    // Changing the attributes of a live element goes through the same parsing.
    await page.evaluate((payload) => document.querySelector('#x0').setAttribute('releases', payload), PAYLOADS[0]);
    await assertNothingRan(page, seen);
    assert.deepEqual(seen.errors, []);
    await close();
  });

  test('in custom data, inline and by URL', async () => {
    const { page, seen, close } = await watched();
    await page.goto(`${served.base}/plain-host.html`);
    await page.evaluate((payloads) => {
      const doc = {
        sources: [
          { id: 'bad-js', title: payloads[0], url: 'javascript:alert(1)' },
          { id: 'bad-data', title: payloads[1], url: 'data:text/html,<script>alert(1)</script>' },
          { id: 'ok', title: payloads[1], url: 'https://wiki.acme.example/"><script>alert(1)</script>' },
        ],
        distros: [{ id: 'acme', name: payloads[0], end_of_support_meaning: payloads[3] }],
        releases: [
          {
            distro: 'acme', id: 'acme-1', name: payloads[0], version: payloads[1], codename: 'Coyote',
            released: '2024-03-01', kernel: '6.1.0', sources: ['ok'], notes: [payloads[2], payloads[3]],
            flavours: [{ name: payloads[0], note: payloads[4] }],
            statements: [{ capability: 'xen-dom0', status: 'partial', kind: 'vendor-kernel', note: payloads[0], sources: ['ok'] }],
          },
          { distro: 'acme', id: 'acme-2', name: 'x', version: '2', released: '2024-03-01', kernel: payloads[0], sources: ['bad-js'] },
        ],
      };
      const script = document.createElement('script');
      script.type = 'application/json';
      script.id = 'acme-data';
      script.textContent = JSON.stringify(doc);
      document.body.append(script);
      const add = (id, attrs) => {
        const el = document.createElement('pv-matrix');
        el.id = id;
        // Some are below the fold: load them all now (not as they come near).
        el.setAttribute('loading', 'eager');
        for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
        document.body.append(el);
      };
      add('inline', { 'custom-data': '#acme-data', releases: 'acme-1,rhel-6' });
      add('js-url', { 'custom-data': 'javascript:alert(1)', releases: 'rhel-6' });
      add('data-url', { 'custom-data': 'data:application/json,{}', releases: 'rhel-6' });
      add('other-site', { 'custom-data': 'https://evil.example/data.json', releases: 'rhel-6' });
      add('missing', { 'custom-data': '#no-such-script', releases: 'rhel-6' });
    }, PAYLOADS);
    for (const id of ['inline', 'js-url', 'data-url', 'other-site', 'missing']) {
      await page.locator(`#${id} .pvm[data-live]`).waitFor();
    }
    await assertNothingRan(page, seen);
    // The valid release is shown with its name as text; the sources' bad URLs are refused.
    const head = await page.locator('#inline th[data-release="acme-1"]').textContent();
    assert.ok(head.includes(PAYLOADS[0]), head);
    const notice = await page.locator('#inline [data-notice="custom-data"]').textContent();
    assert.match(notice, /sources\[0\]\.url: "javascript:alert\(1\)" is not an https: URL/);
    assert.match(notice, /sources\[1\]\.url: "data:text\/html/);
    assert.match(notice, /releases\[1\]\.kernel: .* is not a kernel version/);
    for (const [id, why] of [
      ['js-url', /own site/],
      ['data-url', /own site/],
      ['other-site', /own site/],
      ['missing', /no <script type="application\/json">/],
    ]) {
      const text = await page.locator(`#${id} [data-notice="custom-data"]`).textContent();
      assert.match(text, why, `${id}: ${text}`);
      // The built-in data still works.
      assert.equal(await page.locator(`#${id} td[data-release="rhel-6"][data-capability="xen-dom0"]`).getAttribute('data-status'), 'no');
    }
    assert.deepEqual(seen.errors, []);
    await close();
  });
});

describe('custom data', () => {
  test('from a same-origin URL is applied, and its problems are listed by path', async () => {
    const { page, seen, close } = await watched();
    await page.goto(`${served.base}/plain-host.html`);
    await page.evaluate(() => {
      const el = document.createElement('pv-matrix');
      el.setAttribute('custom-data', 'custom.json');
      el.setAttribute('releases', 'acme-1,debian-6.0');
      document.body.append(el);
    });
    await page.locator('pv-matrix .pvm[data-live]').waitFor();
    const cell = (r, c) => page.locator(`pv-matrix td[data-release="${r}"][data-capability="${c}"]`);
    assert.equal(await cell('acme-1', 'xen-dom0').getAttribute('data-status'), 'no');
    assert.equal(await cell('acme-1', 'virtio-net-blk').getAttribute('data-status'), 'yes');
    assert.equal(await cell('debian-6.0', 'xen-dom0').getAttribute('data-status'), 'yes');
    const notice = await page.locator('pv-matrix [data-notice="custom-data"]').textContent();
    assert.match(notice, /1 release and 0 statements/);
    assert.match(notice, /releases\[1\]\.kernel: "2\.6\.x" is not a kernel version/);
    // The reason cites the custom source (reading `verdicts` fetches the data's words).
    const verdicts = await page.evaluate(() => document.querySelector('pv-matrix').verdicts);
    const row = verdicts.rows.find((r) => r.release === 'acme-1' && r.capability === 'xen-dom0');
    assert.match(row.sources, /wiki\.acme\.example/);
    assert.deepEqual(
      seen.requests.map((u) => new URL(u).pathname).filter((p) => !['/plain-host.html', '/embed.js', '/pv-matrix.js', '/pv-matrix_bg.wasm', '/style.css', '/favicon.svg', '/custom.json', '/pv-matrix-data.txt'].includes(p)),
      [],
    );
    assert.deepEqual(seen.errors, []);
    await close();
  });
});
