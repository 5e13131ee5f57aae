// Makes docs/screenshot.png, the README's picture: the default view with one verdict open.
// Usage: node e2e/readme-screenshot.mjs (after trunk build --release)
import { launch } from './browser.mjs';
import { serve } from './serve.mjs';
const { server, url } = await serve('dist');
const b = await launch();
const p = await b.newPage({ viewport: { width: 1400, height: 1250 } });
await p.goto(url + '/');
await p.waitForSelector('[data-status]');
await p.click('td[data-release="debian-6.0"][data-capability="xen-dom0"] button');
await p.evaluate(() => document.querySelector('.pvm-table-wrap').scrollLeft = 0);
await p.screenshot({ path: 'docs/screenshot.png' });
await b.close(); server.close();
