import { launch } from './browser.mjs';
import { serve } from './serve.mjs';
const { server, url } = await serve('dist');
const b = await launch();
const shots = [
  ['matrix', '/?releases=rhel-7,rhel-8,centos-7,sles-15-sp5,debian-12,ubuntu-24.04&hypervisors=xen', null],
  ['system', '/?kernel=2.6.18-419.el5', 'rhel-5/xen-dom0'],
  ['compare', '/?compare=ubuntu-20.04,ubuntu-22.04,rhel-9', null],
  ['minimum', '/?need=xen-dom0,virtio-scsi', null],
];
for (const [name, q, open] of shots) {
  const p = await b.newPage({ viewport: { width: 1300, height: 1100 } });
  p.on('pageerror', e => console.log('ERR', e.message));
  await p.goto(url + q);
  await p.waitForSelector('.pvm');
  if (open) { const [r, c] = open.split('/'); await p.click(`td[data-release="${r}"][data-capability="${c}"] button`); }
  await p.screenshot({ path: `e2e/artifacts/view-${name}.png` });
  await p.close();
}
await b.close(); server.close();
