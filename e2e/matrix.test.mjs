// End to end: the release bundle in dist/, served on 127.0.0.1, driven in headless Chromium.
// Run `trunk build --release` first (scripts/test does).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ARTIFACTS, harness } from './widget.mjs';

const { open } = harness();

describe('the matrix page', () => {
  test('evaluates the releases named in ?releases=', async () => {
    const w = await open('?releases=rhel-6,sles-11-sp1');
    assert.deepEqual(await w.columns(), ['rhel-6', 'sles-11-sp1']);
    for (const [release, capability, status] of [
      ['rhel-6', 'xen-pv-guest', 'yes'],
      ['rhel-6', 'xen-pvhvm', 'yes'],
      ['rhel-6', 'xen-dom0', 'no'],
      ['sles-11-sp1', 'xen-pv-guest', 'yes'],
      ['sles-11-sp1', 'xen-pvhvm', 'no'],
      ['sles-11-sp1', 'xen-dom0', 'yes'],
    ]) {
      assert.equal(await w.status(release, capability), status, `${capability} on ${release}`);
    }
    const statuses = await w.page.locator('td[data-status]').evaluateAll((tds) => tds.map((td) => td.dataset.status));
    assert.ok(statuses.every((s) => ['yes', 'partial', 'no', 'unknown'].includes(s)));
    assert.deepEqual(w.problems, []);
    await w.page.screenshot({ path: `${ARTIFACTS}/e2e-query.png` });
    await w.close();
  });

  test('the picker shows all releases, those with any support left, or those in standard support', async () => {
    // The widget's "today" is the data's date (2026-11-26) unless the host says otherwise.
    const w = await open('?releases=rhel-9');
    await w.page.getByRole('searchbox').click();
    const option = (id) => w.page.locator(`input[data-release-option="${id}"]`);
    const shown = w.page.locator('select[data-filter="support"]');
    assert.equal(await option('rhel-6').count(), 1, 'all releases at first');
    await shown.selectOption('any');
    // RHEL 6's paid ELS ended 2024-06; Ubuntu 18.04 has ESM until 2028; RHEL 9 standard support.
    await option('rhel-6').waitFor({ state: 'detached' });
    assert.equal(await option('ubuntu-18.04').count(), 1);
    assert.match(await w.page.locator('label:has(input[data-release-option="ubuntu-18.04"])').innerText(), /ESM \(paid\) until 2028/);
    await shown.selectOption('standard');
    await option('ubuntu-18.04').waitFor({ state: 'detached' });
    assert.equal(await option('rhel-9').count(), 1);
    assert.deepEqual(w.problems, []);
    await w.page.screenshot({ path: `${ARTIFACTS}/e2e-picker-support.png` });
    await w.close();
  });

  test('clicks change the selection, the URL follows, and back restores it', async () => {
    const w = await open('?releases=rhel-6');
    // The list of releases opens over the matrix when the picker takes the focus.
    assert.equal(await w.page.locator('input[data-release-option]').count(), 0);
    await w.page.getByRole('searchbox').click();
    await w.page.locator('input[data-release-option="debian-6.0"]').check();
    await w.cell('debian-6.0', 'xen-dom0').waitFor();
    assert.equal(await w.status('debian-6.0', 'xen-dom0'), 'yes');
    assert.equal(w.param('releases'), 'rhel-6,debian-6.0');

    await w.page.locator('button[data-remove="rhel-6"]').click();
    await w.cell('rhel-6', 'xen-dom0').waitFor({ state: 'detached' });
    assert.deepEqual(await w.columns(), ['debian-6.0']);
    assert.equal(w.param('releases'), 'debian-6.0');

    await w.page.goBack();
    await w.cell('rhel-6', 'xen-dom0').waitFor();
    assert.deepEqual(await w.columns(), ['rhel-6', 'debian-6.0']);
    await w.page.goForward();
    await w.cell('rhel-6', 'xen-dom0').waitFor({ state: 'detached' });

    await w.page.getByRole('searchbox').fill('oneiric');
    await w.page.locator('input[data-release-option="ubuntu-11.10"]').check();
    await w.cell('ubuntu-11.10', 'xen-dom0').waitFor();
    assert.equal(await w.status('ubuntu-11.10', 'xen-dom0'), 'yes');
    assert.equal(await w.page.locator('input[data-release-option="rhel-5"]').count(), 0, 'search filters');
    assert.deepEqual(w.problems, []);
    await w.page.screenshot({ path: `${ARTIFACTS}/e2e-after-clicks.png` });
    await w.close();
  });

  test('the default view shows the article releases and opens a verdict to its sources', async () => {
    const w = await open('');
    assert.deepEqual(await w.columns(), [
      'rhel-5', 'rhel-6', 'sles-10', 'sles-11', 'sles-11-sp1', 'debian-4.0',
      'debian-5.0', 'debian-6.0', 'fedora-12', 'fedora-13', 'fedora-16', 'ubuntu-11.10',
    ]);
    assert.equal(await w.status('fedora-12', 'xen-dom0'), 'no');
    assert.equal(await w.status('fedora-16', 'xen-dom0'), 'yes');
    await w.cell('rhel-5', 'xen-dom0').locator('button').click();
    const details = w.page.locator('[data-details="rhel-5/xen-dom0"]');
    await details.waitFor();
    assert.match(await details.innerText(), /RHEL 5 ships its own patched kernel \(kernel-xen\)/);
    // The sources' titles and addresses come with the data's words, fetched on this first open.
    await details.locator('.pvm-sources a').first().waitFor();
    const hrefs = await details.locator('a').evaluateAll((as) => as.map((a) => a.href));
    assert.ok(hrefs.length > 0 && hrefs.every((h) => h.startsWith('https://')), hrefs.join(' '));
    assert.match(await w.page.locator('.pvm-as-of').innerText(), /Data as of \d{4}-\d{2}-\d{2}/);
    const legend = await w.page.locator('[data-legend]').evaluateAll((li) => li.map((l) => l.dataset.legend));
    // The marks have cells of their own: a predicted verdict rests on the mainline rule alone.
    assert.ok(legend.includes('predicted'), 'the article releases have predicted verdicts');
    assert.ok(await w.page.locator('td[data-basis="mainline"].pvm-predicted').count() > 0);
    for (const status of legend.filter((s) => s !== 'unverified' && s !== 'predicted')) {
      assert.ok(await w.page.locator(`td[data-status="${status}"]`).count() > 0, `legend ${status} is on screen`);
    }
    assert.deepEqual(w.problems, []);
    await w.page.screenshot({ path: `${ARTIFACTS}/e2e-default.png` });
    await w.close();
  });

  test('an unknown id gives a polite notice and the valid ones still load', async () => {
    const w = await open('?releases=rhel-6,not-a-distro-9,debian-squeeze');
    const notice = w.page.locator('[data-notice="unknown-ids"]');
    assert.match(await notice.innerText(), /not-a-distro-9/);
    assert.deepEqual(await w.columns(), ['rhel-6', 'debian-6.0']);
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await notice.waitFor({ state: 'detached' });
    assert.deepEqual(w.problems, []);
    await w.close();
  });
});
