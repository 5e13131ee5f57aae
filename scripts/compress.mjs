// Writes a gzip (.gz, level 9) and a brotli (.br, quality 11) copy beside each file of a built
// bundle that compresses, for servers that send precompressed files as they are (nginx
// `gzip_static`/`brotli_static`, Caddy `precompressed`; docs/embedding.md, "Serving it
// compressed"). Run by scripts/build on dist/ or the folder given.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
const COMPRESSIBLE = /\.(html|css|js|mjs|wasm|svg|txt|json|d\.ts)$/;

for (const name of await readdir(dir)) {
  // Copies from an earlier run go first: they are written again from the current file.
  if (/\.(gz|br)$/.test(name)) await rm(join(dir, name));
}
const rows = [];
for (const name of (await readdir(dir)).sort()) {
  if (!COMPRESSIBLE.test(name)) continue;
  const bytes = await readFile(join(dir, name));
  const gz = gzipSync(bytes, { level: 9 });
  const br = brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      [constants.BROTLI_PARAM_MODE]: name.endsWith('.wasm') ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
    },
  });
  // A copy that is not smaller would only cost the server a lookup.
  if (gz.length < bytes.length) await writeFile(join(dir, `${name}.gz`), gz);
  if (br.length < bytes.length) await writeFile(join(dir, `${name}.br`), br);
  rows.push(`${name.padEnd(24)}${String(bytes.length).padStart(9)}${String(gz.length).padStart(9)}${String(br.length).padStart(9)}`);
}
console.log(`${'file'.padEnd(24)}${'raw'.padStart(9)}${'gzip'.padStart(9)}${'brotli'.padStart(9)}\n${rows.join('\n')}`);
