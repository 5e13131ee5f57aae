// The browser half of `scripts/profile`: Chromium's sampling profiler over cold loads of the
// default page, from navigation until the widget is live; self time per function, ms per load.
// "(program)" is the browser's own work on the main thread (parsing, style, layout, paint).
// Run: node e2e/cpu-profile.mjs <dir with a names-kept build> [loads]
import { launch } from './browser.mjs';
import { serve } from './serve.mjs';

const [dir, loads = '5'] = process.argv.slice(2);
if (!dir) throw new Error('usage: node e2e/cpu-profile.mjs <dir> [loads]');
const LOADS = Number(loads);
const { server, url } = await serve(dir);
const browser = await launch();
const self = new Map();
try {
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    await page.goto(`${url}/`);
    await page.waitForSelector('.pvm[data-live]');
    const { profile } = await cdp.send('Profiler.stop');
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    profile.samples.forEach((id, k) => {
      const frame = nodes.get(id).callFrame;
      const name = frame.functionName || `(${frame.url.split('/').pop() || 'anonymous'})`;
      self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[k] ?? 0));
    });
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
const perLoad = (us) => (us / 1000 / LOADS).toFixed(1).padStart(8);
// Crate hashes make the names long and say nothing here.
const short = (name) => name.replace(/\[[0-9a-f]{16}\]/g, '');
const total = [...self.values()].reduce((a, b) => a + b, 0);
console.log(`Self time per function, ms per load (${LOADS} cold loads of the default page, until live)`);
for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) {
  console.log(`${perLoad(us)}  ${short(name).slice(0, 160)}`);
}
console.log(`${perLoad(total)}  total`);
