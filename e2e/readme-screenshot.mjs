// Makes docs/screenshot.png, the README's picture: the default view with one verdict open.
// Usage: node e2e/readme-screenshot.mjs (after scripts/build)
import { launch } from './browser.mjs';
import { serve } from './serve.mjs';
const { server, url } = await serve('dist');
const b = await launch();
const p = await b.newPage({ viewport: { width: 1400, height: 1250 } });
await p.goto(url + '/');
await p.waitForSelector('.pvm[data-live] [data-status]');
// RHEL 6: the same 2.6.32 kernel as Debian 6.0 and SLES 11 SP1, and no dom0.
await p.click('td[data-release="rhel-6"][data-capability="xen-dom0"] button');
// Its note and sources come with the data's words, fetched when the first verdict opens.
await p.waitForSelector('[data-details="rhel-6/xen-dom0"] .pvm-sources a');
await p.screenshot({ path: 'docs/screenshot.png' });
await b.close(); server.close();
