// What ran in each long task of a bench page, on a simulated cheap phone (4× CPU, 400 kbps /
// 400 ms). For finding the cause of a long task that `npm run bench` counts; it measures nothing.
//   node scripts/bench/trace.mjs [page] [--cpu 4] [--over 20]
// page: a bench page id (kit, helpline-banner, …; default kit), or a path in the repo that starts
// with `examples/` (e.g. examples/campaign-ukraine-poland/). Rebuild first (`npm run build`).
// Prints each main-thread task over `--over` ms with its top-level trace events and the functions
// the CPU profiler sampled most in it, mapped to source files through the bundle's source maps.
// Tracing itself slows the page a little: compare tasks with each other, not with the bench.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { chromiumFlags, findChromium } from '../../chromium.mjs';
import { createStaticServer } from '../serve.mjs';
import { pages, writePages } from './make-pages.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) =>
  args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback;
const pageId = args.find((arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--'));
const page = pageId ?? 'kit';
const cpu = option('--cpu', 4);
const overMs = option('--over', 20);

const isExample = page.startsWith('examples/');
if (!isExample && !pages.some((p) => p.id === page)) {
  console.error(`No bench page "${page}". Pages: ${pages.map((p) => p.id).join(', ')}`);
  process.exit(1);
}
if (!existsSync('packages/shieldkit/dist/shieldkit.js')) {
  console.error('packages/shieldkit/dist/shieldkit.js is missing: run `npm run build` first.');
  process.exit(1);
}
writePages();

// ── source maps of the CDN files ──────────────────────────────────────────────────────────────
const maps = new Map();
function sourceMapFor(url) {
  const file = /\/packages\/shieldkit\/dist\/(.+\.js)$/.exec(url ?? '')?.[1];
  if (!file) return undefined;
  if (!maps.has(file)) {
    const path = resolve('packages/shieldkit/dist', `${file}.map`);
    maps.set(file, existsSync(path) ? new TraceMap(readFileSync(path, 'utf8')) : undefined);
  }
  return maps.get(file);
}

/** `function source-file:line` for a profiler call frame, through the source map when there is one. */
function describe(frame) {
  if (!frame) return '?';
  const map = sourceMapFor(frame.url);
  const position = map
    ? originalPositionFor(map, { line: frame.lineNumber + 1, column: frame.columnNumber })
    : undefined;
  if (position?.source) {
    const source = position.source.replace(/.*node_modules\//, '').replace(/.*packages\//, '');
    return `${position.name ?? (frame.functionName || '(anonymous)')} ${source}:${position.line}`;
  }
  return `${frame.functionName || '(anonymous)'} ${(frame.url ?? '').split('/').pop()}`.trim();
}

// ── record a trace ────────────────────────────────────────────────────────────────────────────
const server = createStaticServer(resolve('.'));
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const browser = await puppeteer.launch({
  executablePath: findChromium(),
  headless: true,
  args: chromiumFlags,
});
let traceEvents;
try {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  await tab.setViewport({ width: 360, height: 740, isMobile: true, hasTouch: true });
  await tab.emulateCPUThrottling(cpu);
  await tab.emulateNetworkConditions({ download: 50_000, upload: 50_000, latency: 400 });
  await tab.tracing.start({
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'disabled-by-default-v8.cpu_profiler',
      'v8.execute',
    ],
  });
  const path = isExample ? page : `scripts/bench/pages/${page}.html`;
  const url = `http://127.0.0.1:${server.address().port}/${path}`;
  await tab.goto(url, { waitUntil: 'networkidle0' });
  await new Promise((done) => setTimeout(done, 1500));
  ({ traceEvents } = JSON.parse(Buffer.from(await tab.tracing.stop()).toString('utf8')));
} finally {
  await browser.close();
  server.close();
}

// ── the page's main thread, its tasks and the profiler's samples ─────────────────────────────
const busiest = traceEvents
  .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
  .map((thread) => ({
    thread,
    tasks: traceEvents.filter(
      (e) => e.pid === thread.pid && e.tid === thread.tid && e.name === 'RunTask',
    ).length,
  }))
  .sort((a, b) => b.tasks - a.tasks)[0]?.thread;
if (!busiest) throw new Error('The trace has no renderer main thread.');
const onMain = traceEvents.filter(
  (e) => e.pid === busiest.pid && e.tid === busiest.tid && e.ph === 'X',
);

const nodes = new Map();
const samples = []; // [timestamp µs, node id]
let clock = 0;
for (const event of traceEvents) {
  if (event.pid !== busiest.pid) continue;
  if (event.name === 'Profile') clock = event.args.data.startTime;
  if (event.name !== 'ProfileChunk') continue;
  const { cpuProfile = {}, timeDeltas = [] } = event.args.data;
  for (const node of cpuProfile.nodes ?? []) nodes.set(node.id, node);
  (cpuProfile.samples ?? []).forEach((id, i) => {
    clock += timeDeltas[i] ?? 0;
    samples.push([clock, id]);
  });
}

const parents = new Map();
for (const node of nodes.values()) {
  if (node.parent !== undefined) parents.set(node.id, node.parent);
  for (const child of node.children ?? []) parents.set(child, node.id);
}

const ms = (us) => (us / 1000).toFixed(1);
const longTasks = onMain.filter((e) => e.name === 'RunTask' && e.dur > overMs * 1000);
const start = onMain[0]?.ts ?? 0;
console.log(`${page}: ${longTasks.length} tasks over ${overMs} ms at ${cpu}× CPU\n`);
for (const task of longTasks) {
  const end = task.ts + task.dur;
  const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= end);
  const topLevel = inside.filter(
    (e) =>
      e.dur >= 1000 &&
      !inside.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur && o.dur > e.dur),
  );
  console.log(`task of ${ms(task.dur)} ms at ${ms(task.ts - start)} ms`);
  for (const e of topLevel) {
    const what = e.args?.data?.url?.split('/').pop() ?? e.args?.data?.functionName ?? '';
    console.log(`  ${e.name} ${ms(e.dur)} ms ${what}`.trimEnd());
  }
  const counts = new Map();
  for (const [at, id] of samples) {
    if (at < task.ts || at > end) continue;
    const name = describe(nodes.get(id)?.callFrame);
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 8);
  for (const [name, count] of top) {
    console.log(`    ${String(Math.round((100 * count) / total)).padStart(3)} % ${name}`);
  }
  if (args.includes('--inclusive')) {
    // Time in each function of ours with everything it called (each function once per sample).
    const inclusive = new Map();
    for (const [at, id] of samples) {
      if (at < task.ts || at > end) continue;
      const names = new Set();
      for (let node = nodes.get(id); node; node = nodes.get(parents.get(node.id))) {
        const name = describe(node.callFrame);
        if (
          /^\S+ (core|quick-exit|helpline-banner|helplines|red-flag-checklist|story-carousel|campaign|locales|shieldkit)\//.test(
            name,
          ) ||
          /\.\.\/\.\.\//.test(name)
        )
          names.add(name);
      }
      for (const name of names) inclusive.set(name, (inclusive.get(name) ?? 0) + 1);
    }
    console.log('  inclusive:');
    for (const [name, count] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
      console.log(`    ${String(Math.round((100 * count) / total)).padStart(3)} % ${name}`);
    }
  }
  console.log();
}
