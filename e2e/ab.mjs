// A/B timing of two builds of the page: first matrix and live, interleaved cold loads (one of
// each in turn, so that a busy moment hits both alike), medians in ms from navigation start.
// Copy dist/ aside before a change, build again, then:
//   node e2e/ab.mjs <dir A> <dir B> [loads per build, default 11] [query, e.g. '?releases=rhel-6']
// Run it twice with the builds swapped: on two cores the order matters by a few ms.
import { launch } from './browser.mjs';
import { FIRST_CELL_PROBE } from './probes.mjs';
import { serve } from './serve.mjs';

const [a, b, loads = '11', query = ''] = process.argv.slice(2);
if (!a || !b) throw new Error('usage: node e2e/ab.mjs <dir A> <dir B> [loads] [query]');
const builds = [a, b];
const servers = await Promise.all(builds.map((dir) => serve(dir)));
const browser = await launch();
const times = builds.map(() => ({ first: [], live: [] }));
try {
  for (let i = 0; i < Number(loads); i++) {
    for (const k of builds.keys()) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
      const page = await context.newPage();
      await page.addInitScript(FIRST_CELL_PROBE);
      await page.goto(`${servers[k].url}/${query}`);
      await page.waitForFunction(() => window.__live !== undefined, null, { timeout: 20000 });
      const [first, live] = await page.evaluate(() => [window.__firstCell, window.__live]);
      times[k].first.push(first);
      times[k].live.push(live);
      await context.close();
    }
  }
} finally {
  await browser.close();
  for (const { server } of servers) server.close();
}
const median = (v) => [...v].sort((x, y) => x - y)[Math.floor(v.length / 2)].toFixed(1);
for (const [k, dir] of builds.entries()) {
  console.log(`${dir.padEnd(30)} first matrix ${median(times[k].first).padStart(7)}  live ${median(times[k].live).padStart(7)}`);
}
