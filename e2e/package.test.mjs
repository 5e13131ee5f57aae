// End to end: the package for embedders (scripts/package). Its .tgz installed into a fresh Vite
// project whose main.js does `import 'pv-matrix'`, built and served, renders the element; the
// .tar.gz's folder served as it is renders it too, and the iframe page; and where the wasm
// cannot be loaded, the element says which file. Packs first unless target/package/ is newer
// than everything that goes into it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launch } from './browser.mjs';
import { serve } from './serve.mjs';

const ARTIFACTS = 'e2e/artifacts';
const version = (await readFile('Cargo.toml', 'utf8')).match(/^\[package\][^[]*?^version = "([^"]*)"/m)[1];
const name = `pv-matrix-${version}`;
const TGZ = resolve('target/package', `${name}.tgz`);
const TARGZ = resolve('target/package', `${name}.tar.gz`);
const VITE = JSON.parse(await readFile('package.json', 'utf8')).devDependencies.vite;
const SOURCES = ['src', 'data', 'static', 'package', 'build.rs', 'Cargo.toml', 'Cargo.lock', 'index.html', 'Trunk.toml',
  'scripts/build', 'scripts/package', 'scripts/package.mjs', 'scripts/minify-glue.mjs'];
const CELL = 'pv-matrix td[data-release="rhel-6"][data-capability="xen-dom0"][data-status="no"]';

/** The newest modification time under `path`. */
async function newest(path) {
  const info = await stat(path);
  if (!info.isDirectory()) return info.mtimeMs;
  const times = await Promise.all((await readdir(path)).map((entry) => newest(join(path, entry))));
  return Math.max(info.mtimeMs, ...times);
}

const run = (command, args, cwd) => execFileSync(command, args, { cwd, stdio: ['ignore', 2, 2] });

let browser, temp;

before(async () => {
  const packed = await Promise.all([TGZ, TARGZ].map((f) => stat(f).then((s) => s.mtimeMs, () => 0)));
  const sources = Math.max(...(await Promise.all(SOURCES.map(newest))));
  if (Math.min(...packed) < sources) run('scripts/package', []);
  await mkdir(ARTIFACTS, { recursive: true });
  temp = await mkdtemp(join(tmpdir(), 'pv-matrix-package-'));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  if (temp) await rm(temp, { recursive: true, force: true });
});

/** Opens `url`; resolves to the page and the console errors and page errors it collects. */
async function open(url) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  const problems = [];
  page.requests = [];
  page.on('request', (request) => page.requests.push(request.url()));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  await page.goto(url);
  return { page, problems };
}

/** A host page that loads the element from `script` (and asks for no favicon, which would 404). */
const host = (script) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>host</title><link rel="icon" href="data:,">
<script type="module" src="${script}"></script></head>
<body><pv-matrix releases="rhel-6" capabilities="xen-dom0"></pv-matrix></body></html>
`;

/** Unpacks the .tar.gz into a new folder under the temp folder, with host.html beside it. */
async function unpacked(label) {
  const dir = join(temp, label);
  await mkdir(dir);
  run('tar', ['-xzf', TARGZ, '-C', dir]);
  await writeFile(join(dir, 'host.html'), host(`/${name}/embed.js`));
  return dir;
}

describe('the package', () => {
  test('the .tgz is the package: its manifest, exports and files', async () => {
    const listing = execFileSync('tar', ['-tzf', TGZ], { encoding: 'utf8' }).trim().split('\n').sort();
    const manifest = JSON.parse(execFileSync('tar', ['-xzOf', TGZ, 'package/package.json'], { encoding: 'utf8' }));
    assert.equal(manifest.name, 'pv-matrix');
    assert.equal(manifest.version, version);
    assert.equal(manifest.type, 'module');
    assert.equal(manifest.sideEffects, true);
    assert.equal(manifest.exports['.'].default, './embed.js');
    assert.equal(manifest.exports['.'].types, './index.d.ts');
    for (const target of [manifest.exports['.'].types, ...Object.values(manifest.exports).map((e) => e.default ?? e)]) {
      assert.ok(listing.includes(`package/${target.slice(2)}`), target);
    }
    const hashed = listing.filter((f) => /^package\/pv-matrix-[0-9a-f]{16}(_bg\.wasm|\.js|-data\.txt)$/.test(f));
    assert.equal(hashed.length, 3, 'the glue, its wasm and the data bundle, named by their hash');
    // The same files, in a folder named by the version.
    const plain = execFileSync('tar', ['-tzf', TARGZ], { encoding: 'utf8' }).trim().split('\n');
    const files = plain.filter((f) => !f.endsWith('/')).map((f) => f.replace(`${name}/`, 'package/')).sort();
    assert.deepEqual(files, listing);
  });

  test('installed from the .tgz into a Vite project, `import \'pv-matrix\'` renders the element', async () => {
    const project = join(temp, 'vite');
    await mkdir(project);
    run('npm', ['init', '-y'], project);
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', TGZ, `vite@${VITE}`], project);
    await writeFile(join(project, 'index.html'), host('/main.js'));
    await writeFile(join(project, 'main.js'), "import 'pv-matrix';\n");
    run('node', [join(project, 'node_modules/vite/bin/vite.js'), 'build'], project);
    // Vite followed `new URL(..., import.meta.url)` to the wasm, the data bundle and the stylesheet.
    const assets = await readdir(join(project, 'dist/assets'));
    assert.ok(assets.some((f) => f.endsWith('.wasm')), assets.join(' '));
    assert.ok(assets.some((f) => f.endsWith('.txt')), assets.join(' '));

    const { server, url } = await serve(join(project, 'dist'));
    try {
      const { page, problems } = await open(`${url}/`);
      await page.locator(CELL).waitFor();
      // Opening the verdict fetches the bundled data's words: its sources are links.
      await page.locator(`${CELL} button`).click();
      await page.locator('pv-matrix .pvm-sources a').first().waitFor();
      assert.deepEqual(problems, []);
      assert.deepEqual(page.requests.filter((u) => !u.startsWith(`${url}/`)), []);
      await page.screenshot({ path: `${ARTIFACTS}/package-vite.png` });
      await page.close();
    } finally {
      server.close();
    }
  });

  test('the .tar.gz folder served as it is renders the element and the iframe page', async () => {
    const { server, url } = await serve(await unpacked('static'));
    try {
      const { page, problems } = await open(`${url}/host.html`);
      await page.locator(CELL).waitFor();
      assert.deepEqual(problems, []);
      await page.close();
      const frame = await open(`${url}/${name}/embed.html?releases=rhel-6&capabilities=xen-dom0`);
      await frame.page.locator(CELL).waitFor();
      assert.deepEqual(frame.problems, []);
      await frame.page.close();
    } finally {
      server.close();
    }
  });

  test('where the wasm cannot be loaded, the element names the file', async () => {
    const dir = await unpacked('broken');
    const wasm = (await readdir(join(dir, name))).find((f) => f.endsWith('_bg.wasm'));
    await rm(join(dir, name, wasm));
    await writeFile(join(dir, 'fallback.html'), host(`/${name}/embed.js`));
    // Missing (a 404), and answered with a page of the host's own instead, as a single-page
    // app's fallback does: a 200 that is not WebAssembly.
    for (const extra of [{}, { [`/${name}/${wasm}`]: join(dir, 'fallback.html') }]) {
      const { server, url } = await serve(dir, 0, {}, extra);
      try {
        const { page } = await open(`${url}/host.html`);
        const message = page.locator('pv-matrix .pvm-loading');
        await message.filter({ hasText: `${url}/${name}/${wasm}` }).waitFor();
        assert.match(await message.textContent(), /^The paravirtualization matrix could not load:/);
        await page.close();
      } finally {
        server.close();
      }
    }
  });
});
