// Languages end to end: the browser's language, ?lang= and the switch choose English or German
// for the widget and the page around it; exports follow the language.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { harness } from './widget.mjs';

const { open } = harness();

const corner = (w) => w.page.locator('.pvm-corner').innerText();
const pageLang = (w) => w.page.evaluate(() => [document.documentElement.lang, document.title]);

describe('languages', () => {
  test('a German browser gets German, with German dates, and the page follows', async () => {
    const w = await open('?releases=rhel-6', { locale: 'de-DE' });
    assert.equal(await w.page.locator('.pvm').getAttribute('lang'), 'de');
    assert.equal(await corner(w), 'Fähigkeit');
    assert.equal(await w.cell('rhel-6', 'xen-dom0').locator('.pvm-verdict').innerText(), 'Nein');
    assert.match(await w.page.locator('.pvm-as-of').innerText(), /^Datenstand \d{2}\.\d{2}\.\d{4}\./);
    assert.match(await w.page.locator('th[data-release="rhel-6"]').innerText(), /Supportende 06\/2024/);
    const [lang, title] = await pageLang(w);
    assert.equal(lang, 'de');
    assert.match(title, /Paravirtualisierung/);
    assert.equal(w.param('lang'), null, 'the browser language stays out of the link');
    assert.deepEqual(w.problems, []);
    await w.close();
  });

  test('?lang= wins over the browser; an English browser and no parameter get English', async () => {
    let w = await open('?releases=rhel-6&lang=en', { locale: 'de-DE' });
    assert.equal(await corner(w), 'Capability');
    await w.close();
    w = await open('?releases=rhel-6', { locale: 'en-US' });
    assert.equal(await corner(w), 'Capability');
    assert.equal((await pageLang(w))[0], 'en');
    await w.close();
    w = await open('?releases=rhel-6', { locale: 'fr-FR' });
    assert.equal(await corner(w), 'Capability', 'a language the widget does not speak: English');
    await w.close();
  });

  test('the switch changes the language and the link; back returns to English', async () => {
    const w = await open('?releases=rhel-6');
    await w.page.locator('button[data-lang="de"]').click();
    await w.page.locator('.pvm[lang="de"]').waitFor();
    assert.equal(w.param('lang'), 'de');
    assert.equal(await w.page.locator('button[data-lang="de"]').getAttribute('aria-pressed'), 'true');
    await w.page.goBack();
    await w.page.locator('.pvm[lang="en"]').waitFor();
    assert.equal(await corner(w), 'Capability');
    await w.close();
  });

  test('an unknown language gets a notice and English', async () => {
    const w = await open('?releases=rhel-6&lang=xx');
    assert.match(await w.page.locator('[data-notice="unknown-ids"]').innerText(), /language “xx”/);
    assert.equal(await corner(w), 'Capability');
    await w.close();
  });

  test('the glossary speaks German: its title, the entries, the claims; sources stay English', async () => {
    const w = await open('?releases=rhel-6&lang=de');
    const button = w.page.locator('[data-glossary-open]');
    assert.equal(await button.innerText(), 'Was bedeuten diese Begriffe?');
    await button.click();
    const dialog = w.page.locator('dialog[data-glossary]');
    await dialog.waitFor();
    assert.equal(await dialog.locator('h2').innerText(), 'Was bedeuten diese Begriffe?');
    assert.equal(await dialog.getAttribute('aria-label'), 'Was bedeuten diese Begriffe?');
    assert.match(await dialog.locator('[data-term-entry="pv"]').innerText(), /PV \(Paravirtualisierung\)[\s\S]*Der Gast weiß/);
    assert.match(await dialog.locator('.pvm-claims').innerText(), /Die Aussagen des Artikels, geprüft[\s\S]*Die Aussage des Artikels \(sinngemäß\)/);
    assert.equal(await dialog.locator('[data-term-entry="pv"] a').first().getAttribute('lang'), 'en');
    // Switching to English while it is open rewords it.
    await w.page.keyboard.press('Escape');
    await w.page.locator('button[data-lang="en"]').click();
    await w.page.locator('.pvm[lang="en"]').waitFor();
    await w.page.locator('[data-glossary-open]').click();
    assert.match(await w.page.locator('dialog[data-glossary] [data-term-entry="pv"]').innerText(), /PV \(paravirtualization\)/);
    await w.close();
  });

  test('German exports have German headers and words, and the same JSON keys', async () => {
    const w = await open('?releases=rhel-6&hypervisors=xen&lang=de');
    const download = async (kind) => {
      const [file] = await Promise.all([
        w.page.waitForEvent('download'),
        w.page.locator(`[data-export="${kind}"]`).click(),
      ]);
      return readFile(await file.path(), 'utf8');
    };
    const csv = await download('csv');
    assert.match(csv, /^Release,Fähigkeit,Status,Bewertung,Begründung,Quellen,Grundlage,Sicherheit,Datenstand\r\n/);
    assert.match(csv, /rhel-6,xen-dom0,no,Nein,RHEL 6 bietet das nicht an\.,https:\/\//);
    const json = JSON.parse(await download('json'));
    assert.equal(json.lang, 'de');
    assert.ok(json.rows.some((r) => r.capability === 'xen-dom0' && r.verdict === 'Nein'));
    assert.match(await download('markdown'), /^\| Fähigkeit \| RHEL 6 \|[\s\S]*Datenstand \d{2}\.\d{2}\.\d{4}/);
    await w.close();
  });
});
