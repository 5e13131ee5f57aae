// End to end: every URL form of the page (kernel, compare, need, filters) and the export.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { ARTIFACTS, harness } from './widget.mjs';

const { open } = harness();

describe('check a system', () => {
  test('?kernel= with a vendor string recognises the release and shows only it', async () => {
    const w = await open('?kernel=2.6.32-754.35.1.el6.x86_64');
    assert.deepEqual(await w.columns(), ['rhel-6']);
    assert.equal(await w.status('rhel-6', 'xen-dom0'), 'no');
    assert.equal(await w.status('rhel-6', 'xen-pvhvm'), 'yes');
    assert.match(await w.page.locator('[data-recognised]').innerText(), /Recognised: RHEL 6/);
    assert.deepEqual(w.problems, []);
    await w.page.screenshot({ path: `${ARTIFACTS}/e2e-kernel.png` });
    await w.close();
  });

  test('a kernel build the registry lists names its update and that update\'s own support', async () => {
    const w = await open('?kernel=4.18.0-513.18.1.el8_9.x86_64');
    assert.deepEqual(await w.columns(), ['rhel-8']);
    const recognised = await w.page.locator('[data-recognised]').innerText();
    assert.match(recognised, /belongs to update 8\.9 of RHEL 8/);
    // 8.9's own updates ended when 8.10 came (2024-05); it has no EUS.
    assert.match(await w.page.locator('[data-point-support]').innerText(), /Update 8\.9 of RHEL 8: end of support 2024-05/);
    assert.deepEqual(w.problems, []);
    await w.close();
  });

  test('a kernel build the registry does not list says so instead of guessing an update', async () => {
    const w = await open('?kernel=2.6.18-419.el5');
    assert.match(await w.page.locator('[data-recognised]').innerText(), /update not recognised/);
    assert.equal(await w.page.locator('[data-point-support]').count(), 0);
    await w.close();
  });

  test('an unrecognised kernel is judged on mainline rules and says so', async () => {
    const w = await open('?kernel=6.6.6-arch1-1');
    assert.deepEqual(await w.columns(), ['kernel']);
    assert.equal(await w.status('kernel', 'xen-dom0'), 'yes');
    assert.match(await w.page.locator('[data-recognised]').innerText(), /mainline rules/);
    await w.close();
  });

  test('a kernel string that is not one gets a specific message and the rest keeps working', async () => {
    const w = await open('?kernel=2.6.x');
    assert.match(await w.page.locator('[data-error="kernel"]').innerText(), /"2\.6\.x" is not a kernel version/);
    await w.page.locator('[data-view="matrix"]').click();
    await w.cell('rhel-5', 'xen-dom0').waitFor();
    assert.deepEqual(w.problems, []);
    await w.close();
  });

  test('typing a kernel updates the verdicts and the link; a Xen flavour changes the answer', async () => {
    const w = await open('?kernel=');
    const input = w.page.locator('[data-input="kernel"]');
    await input.fill('2.6.18-419.el5');
    await w.cell('rhel-5', 'xen-dom0').waitFor();
    assert.equal(await w.status('rhel-5', 'xen-dom0'), 'no');
    await input.fill('2.6.18-419.el5xen');
    await w.page.waitForFunction(() =>
      document.querySelector('td[data-release="rhel-5"][data-capability="xen-dom0"]')?.dataset.status === 'yes');
    assert.equal(w.param('kernel'), '2.6.18-419.el5xen');
    await input.fill('ID=ubuntu\nVERSION_ID="22.04"');
    await w.cell('ubuntu-22.04', 'virtio-net-blk').waitFor();
    assert.match(await w.page.locator('[data-recognised]').innerText(), /certain/);
    await w.close();
  });
});

describe('compare, minimum release, filters', () => {
  test('?compare= shows the releases side by side and summarises the change', async () => {
    const w = await open('?compare=ubuntu-20.04,ubuntu-22.04');
    assert.deepEqual(await w.columns(), ['ubuntu-20.04', 'ubuntu-22.04']);
    const summary = await w.page.locator('[data-summary="ubuntu-20.04/ubuntu-22.04"]').innerText();
    assert.match(summary, /you gain virtio-mem/);
    assert.ok(await w.page.locator('tr.pvm-differs[data-capability-row="virtio-mem"]').count() === 1);
    await w.page.locator('input[data-filter="differences"]').check();
    await w.page.locator('tr[data-capability-row="xen-dom0"]').waitFor({ state: 'detached' });
    await w.page.screenshot({ path: `${ARTIFACTS}/e2e-compare.png` });
    await w.close();
  });

  test('?need= gives the earliest release per distribution and follows the checkboxes', async () => {
    const w = await open('?need=xen-dom0,virtio-scsi');
    const earliest = (distro) => w.page.locator(`tr[data-minimum="${distro}"] td[data-earliest]`).getAttribute('data-earliest');
    assert.equal(await earliest('ubuntu'), 'ubuntu-14.04');
    assert.equal(await earliest('rhel'), '');
    await w.page.locator('input[data-need-option="virtio-scsi"]').uncheck();
    await w.page.waitForFunction(() =>
      document.querySelector('tr[data-minimum="rhel"] td[data-earliest]')?.dataset.earliest === 'rhel-5');
    assert.equal(w.param('need'), 'xen-dom0');
    await w.page.screenshot({ path: `${ARTIFACTS}/e2e-minimum.png` });
    await w.close();
  });

  test('hypervisor and status filters narrow the rows and live in the link', async () => {
    const w = await open('?releases=rhel-6&hypervisors=xen&status=no');
    const rows = await w.page.locator('tr[data-capability-row]').evaluateAll((r) => r.map((x) => x.dataset.capabilityRow));
    assert.ok(rows.includes('xen-dom0'));
    assert.ok(rows.every((id) => id.startsWith('xen-')), rows.join());
    assert.ok(!rows.includes('xen-pv-guest'));
    await w.page.locator('[data-filter-status="no"]').click();
    await w.page.locator('tr[data-capability-row="xen-pv-guest"]').waitFor();
    assert.equal(w.param('status'), null);
    assert.equal(w.param('hypervisors'), 'xen');
    await w.close();
  });
});

describe('export', () => {
  test('CSV, JSON and Markdown downloads carry reasons, sources and the data date', async () => {
    const w = await open('?releases=rhel-6&hypervisors=xen');
    const download = async (kind) => {
      const [file] = await Promise.all([
        w.page.waitForEvent('download'),
        w.page.locator(`[data-export="${kind}"]`).click(),
      ]);
      return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
    };
    const csv = await download('csv');
    assert.match(csv.name, /^pv-matrix-\d{4}-\d{2}-\d{2}\.csv$/);
    assert.match(csv.text, /^release,capability,status,verdict,reason,sources,basis,certainty,data_as_of\r\n/);
    assert.match(csv.text, /rhel-6,xen-dom0,no,No,RHEL 6 does not offer it\.,https:\/\//);
    const json = JSON.parse((await download('json')).text);
    assert.match(json.data_as_of, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(json.rows.some((r) => r.capability === 'xen-dom0' && r.status === 'no'));
    const md = (await download('markdown')).text;
    // The grid as on screen: capability names down, release names across, notes as footnotes.
    assert.match(md, /^\| Capability \| RHEL 6 \|\n\|---\|---\|\n\| Xen PV guest \| /);
    assert.match(md, /\n\[\^1\]: /);
    assert.match(md, /Data as of \d{4}-\d{2}-\d{2}/);
    await w.close();
  });

  test('copy link puts the current address on the clipboard', async () => {
    const w = await open('?releases=rhel-6,debian-6.0');
    await w.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: w.base });
    await w.page.locator('[data-export="link"]').click();
    await w.page.getByText('Link copied').waitFor();
    const copied = await w.page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, w.page.url());
    assert.match(copied, /releases=rhel-6,debian-6\.0/);
    await w.close();
  });
});
