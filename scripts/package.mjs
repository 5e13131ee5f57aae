// Stages the npm package from a release build (in the folder given, else dist/):
// target/package/pv-matrix-<version>/, which scripts/package packs into the .tgz (npm pack) and
// the .tar.gz. Prints the folder.
//
// The glue, its wasm and the data bundle must come from the same build, so they carry a hash of
// their contents in their names (Trunk's filehash pattern) and embed.js imports those names: a static host or
// CDN can cache them for good, and a bundler copies them like any `new URL(..., import.meta.url)`
// asset. Every other file keeps its name, since hosts and the exports map refer to them.
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const cargo = await readFile('Cargo.toml', 'utf8');
const field = (name) => cargo.match(new RegExp(`^\\[package\\][^[]*?^${name} = "([^"]*)"`, 'm'))?.[1];
const version = field('version');
if (!version) throw new Error('no version in Cargo.toml [package]');

const stage = join('target', 'package', `pv-matrix-${version}`);
await rm(stage, { recursive: true, force: true });
await mkdir(stage, { recursive: true });

const glue = await readFile(join(dist, 'pv-matrix.js'), 'utf8');
const wasm = await readFile(join(dist, 'pv-matrix_bg.wasm'));
const data = await readFile(join(dist, 'pv-matrix-data.txt'));
const hash = createHash('sha256').update(glue).update(wasm).update(data).digest('hex').slice(0, 16);
const names = { glue: `pv-matrix-${hash}.js`, wasm: `pv-matrix-${hash}_bg.wasm`, data: `pv-matrix-${hash}-data.txt` };

/** Replaces `from` exactly `count` times, or fails: a silent miss would ship a broken package. */
function replace(text, from, to, file, count = 1) {
  const found = text.split(from).length - 1;
  if (found !== count) throw new Error(`${file}: expected ${from} ${count} time(s), found ${found}`);
  return text.replaceAll(from, to);
}

// The glue's own default, used only without an argument to init(): kept right all the same, and
// bundlers would otherwise warn about a missing file.
await writeFile(join(stage, names.glue), replace(glue, '"pv-matrix_bg.wasm"', `"${names.wasm}"`, 'pv-matrix.js'));
await writeFile(join(stage, names.wasm), wasm);
await writeFile(join(stage, names.data), data);
let embed = await readFile(join(dist, 'embed.js'), 'utf8');
embed = replace(embed, "'./pv-matrix.js'", `'./${names.glue}'`, 'embed.js');
embed = replace(embed, "'./pv-matrix_bg.wasm'", `'./${names.wasm}'`, 'embed.js');
embed = replace(embed, "'./pv-matrix-data.txt'", `'./${names.data}'`, 'embed.js');
await writeFile(join(stage, 'embed.js'), embed);

const copied = ['style.css', 'embed.html', 'embed-frame.js', 'embed-frame.css', 'favicon.svg'];
for (const file of copied) await copyFile(join(dist, file), join(stage, file));
for (const file of ['README.md', 'index.d.ts']) await copyFile(join('package', file), join(stage, file));

const element = { types: './index.d.ts', default: './embed.js' };
const manifest = {
  name: 'pv-matrix',
  version,
  description: field('description'),
  license: field('license'),
  keywords: ['paravirtualization', 'xen', 'kvm', 'virtio', 'linux', 'custom-element', 'web-component'],
  type: 'module',
  main: './embed.js',
  types: './index.d.ts',
  exports: {
    '.': element,
    './embed.js': element,
    './style.css': './style.css',
    './embed.html': './embed.html',
    './embed-frame.js': './embed-frame.js',
    './embed-frame.css': './embed-frame.css',
    './package.json': './package.json',
  },
  files: ['embed.js', names.glue, names.wasm, names.data, ...copied, 'index.d.ts'],
  // Importing the element module defines <pv-matrix>: a bundler must never drop it as unused.
  sideEffects: true,
};
await writeFile(join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(stage);
