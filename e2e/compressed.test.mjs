// scripts/build writes a gzip and a brotli copy beside each file of the bundle, for servers that
// send precompressed files as they are. Each must decompress to its file exactly (a stale copy
// from an earlier build would serve old code), and brotli must earn its place on the wasm.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

const DIST = 'dist';
const ASSETS = ['index.html', 'style.css', 'pv-matrix.js', 'pv-matrix_bg.wasm', 'pv-matrix-data.txt', 'embed.js'];

test('every asset has a .gz and a .br copy of exactly its current bytes', async () => {
  const names = new Set(await readdir(DIST));
  for (const asset of ASSETS) {
    const bytes = await readFile(`${DIST}/${asset}`);
    for (const [suffix, decompress] of [['.gz', gunzipSync], ['.br', brotliDecompressSync]]) {
      assert.ok(names.has(asset + suffix), `${asset}${suffix} is written`);
      const copy = decompress(await readFile(`${DIST}/${asset}${suffix}`));
      assert.ok(copy.equals(bytes), `${asset}${suffix} is ${asset} as it is now`);
    }
  }
  // No copy without its file.
  for (const name of names) {
    const base = name.replace(/\.(gz|br)$/, '');
    if (base !== name) assert.ok(names.has(base), `${name} has its ${base}`);
  }
});

test('brotli is smaller than gzip for the wasm', async () => {
  const gz = (await readFile(`${DIST}/pv-matrix_bg.wasm.gz`)).length;
  const br = (await readFile(`${DIST}/pv-matrix_bg.wasm.br`)).length;
  assert.ok(br < gz * 0.9, `brotli ${br} B, gzip ${gz} B`);
});
