// Trunk post_build hook: minifies wasm-bindgen's JavaScript glue (pv-matrix.js), which Trunk
// leaves as generated, and puts its new hash into index.html's integrity attribute. About 2 KB
// gzip less for every page and embedding that loads the widget.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run by Trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');
const glue = join(dir, 'pv-matrix.js');
const page = join(dir, 'index.html');
const sha384 = (text) => `sha384-${createHash('sha384').update(text).digest('base64')}`;

const source = await readFile(glue, 'utf8');
// A module: its exports (init, EmbeddedWidget, ...) keep their names; everything else may shrink.
const { code } = await minify(source, { module: true, compress: { passes: 2 }, mangle: true });
await writeFile(glue, code);
const html = await readFile(page, 'utf8');
const before = sha384(source);
if (!html.includes(before)) throw new Error(`index.html does not carry the glue's hash ${before}`);
await writeFile(page, html.replaceAll(before, sha384(code)));
console.log(`pv-matrix.js minified: ${source.length} -> ${code.length} bytes`);
