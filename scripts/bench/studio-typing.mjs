// Typing into the studio with a large campaign: is any task over 200 ms (issue #18: "no task over
// 200 ms on this machine for typing in a field of a large campaign")? A benchmark, not a test: it
// prints numbers and never fails on a timing.
//   node scripts/bench/studio-typing.mjs [--runs 3] [--stories 1000] [--cpu 1] [--write] [--explain]
// Serves the built studio (packages/studio/dist/, `npm run build` first) with the same server as
// `npx @shieldkit/studio campaign.json`, opened with the Ukraine–Poland example and `--stories`
// stories in its three languages. Then, as a person types (a key every 120 ms): the campaign's id,
// then the Ukrainian heading of story 500 (its item opened first). Counted: every main-thread task
// of every page process during the typing (a Chromium trace: the studio's page and the preview
// frame, which is sandboxed and may run in a process of its own), and the page's own `longtask`
// and Event Timing entries (key press to the next paint). `--write` puts the result in
// BENCHMARKS.md between `<!-- bench:studio -->` markers (`npm run bench` keeps that section).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import puppeteer from 'puppeteer-core';
import { chromiumFlags, findChromium } from '../../chromium.mjs';
import { createStudioServer } from '../../packages/studio/bin/shieldkit-studio.js';

const args = process.argv.slice(2);
const option = (name, fallback) =>
  args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback;
const storyCount = option('--stories', 1000);
const cpu = option('--cpu', 1);
const write = args.includes('--write');
const runCount = Math.max(1, option('--runs', 3));
const KEY_DELAY = 120;
const OVER = 200;

if (!existsSync('packages/studio/dist/index.html')) {
  console.error('packages/studio/dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

// ── the campaign: the example, with `storyCount` short stories in uk, pl and en ───────────────
const example = JSON.parse(
  readFileSync(new URL('../../examples/campaign-ukraine-poland/campaign.json', import.meta.url)),
);
const stories = Array.from({ length: storyCount }, (_, i) => ({
  id: `story-${i + 1}`,
  heading: { uk: `Історія ${i + 1}`, pl: `Historia ${i + 1}`, en: `Story ${i + 1}` },
  body: {
    uk: 'Ця історія вигадана для прикладу.',
    pl: 'Ta historia jest wymyślona.',
    en: 'This story is invented.',
  },
  consent: { given: '2026-01-15' },
}));
const text = JSON.stringify({ ...example, stories });
const kilobytes = Math.round(Buffer.byteLength(text) / 1024);

// ── the page ─────────────────────────────────────────────────────────────────────────────────
/** Runs in the studio's page before its scripts: long tasks and slow input events. */
function observe() {
  const bench = (window.__bench = { longTasks: [], events: [] });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      bench.events.push({ name: e.name, start: e.startTime, duration: e.duration });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
}

const server = createStudioServer({ campaign: { text, name: 'large.json' } });
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const browser = await puppeteer.launch({
  executablePath: findChromium(),
  headless: true,
  args: chromiumFlags,
});
const load = os.loadavg()[0].toFixed(2);
const chrome = await browser.version();
/** One run: a fresh tab, the typing, and what the trace and the page saw. */
async function measure() {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  if (cpu > 1) await page.emulateCPUThrottling(cpu);
  await page.evaluateOnNewDocument(observe);
  await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'load' });
  await page.waitForFunction(
    (n) => {
      const studio = document.querySelector('shield-studio');
      return studio?.file?.stories?.length === n && studio.previewReport !== undefined;
    },
    { timeout: 120_000, polling: 250 },
    storyCount,
  );
  // Let the preview and the first renders finish before measuring.
  await new Promise((done) => setTimeout(done, 3000));

  const inStudio = (selector) =>
    page.evaluateHandle(
      (s) => document.querySelector('shield-studio').shadowRoot.querySelector(s),
      selector,
    );
  const control = (path) => inStudio(`[data-path='${JSON.stringify(path)}']`);

  await page.tracing.start({
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
  });
  const start = await page.evaluate(() => performance.now());
  // 1. The campaign's id, at the top of the form.
  const id = await control(['id']);
  await id.click({ count: 3 });
  await page.keyboard.type('many-stories-2027', { delay: KEY_DELAY });
  // 2. The heading of story 500, in Ukrainian: open its item, then type at the end of the text.
  const toggle = await inStudio(`li[data-path='${JSON.stringify(['stories', 499])}'] .item-toggle`);
  await toggle.click();
  await page.waitForFunction(
    (s) => document.querySelector('shield-studio').shadowRoot.querySelector(s),
    { timeout: 60_000 },
    `[data-path='${JSON.stringify(['stories', 499, 'heading', 'uk'])}']`,
  );
  const heading = await control(['stories', 499, 'heading', 'uk']);
  await heading.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' (змінено)', { delay: KEY_DELAY });
  // The last key's work, and the preview's, finish.
  await new Promise((done) => setTimeout(done, 3000));
  const end = await page.evaluate(() => performance.now());
  const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
  const typed = await page.evaluate(() => {
    const file = document.querySelector('shield-studio').file;
    return { id: file.id, heading: file.stories[499].heading.uk };
  });
  if (typed.id !== 'many-stories-2027' || typed.heading !== 'Історія 500 (змінено)')
    throw new Error(`the typing did not arrive: ${JSON.stringify(typed)}`);
  const bench = await page.evaluate(() => window.__bench);
  const during = (e) => e.start >= start && e.start <= end;
  const pageTasks = bench.longTasks.filter(during).map((t) => t.duration);
  const keyEvents = bench.events
    .filter(during)
    .filter((e) => /^key|^input|^beforeinput/.test(e.name));

  // Every page process's main thread, from the trace.
  const names = new Map(
    trace.traceEvents
      .filter((e) => e.name === 'process_labels')
      .map((e) => [e.pid, e.args?.labels ?? '']),
  );
  const threads = trace.traceEvents.filter(
    (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  const perThread = threads
    .map((thread) => {
      const tasks = trace.traceEvents
        .filter(
          (e) =>
            e.pid === thread.pid && e.tid === thread.tid && e.name === 'RunTask' && e.ph === 'X',
        )
        .map((e) => e.dur / 1000);
      return {
        process: names.get(thread.pid) || `renderer ${thread.pid}`,
        tasks: tasks.length,
        over50: tasks.filter((d) => d > 50).length,
        over200: tasks.filter((d) => d > OVER).length,
        longest: Math.max(0, ...tasks),
      };
    })
    .filter((t) => t.tasks > 0)
    .sort((a, b) => b.longest - a.longest);
  // `--explain`: what ran inside each task over the goal (its longest trace events).
  if (args.includes('--explain')) {
    const zero = trace.traceEvents.find((e) => e.name === 'TracingStartedInBrowser')?.ts ?? 0;
    for (const thread of threads) {
      const mine = trace.traceEvents.filter(
        (e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X',
      );
      for (const task of mine.filter((e) => e.name === 'RunTask' && e.dur > OVER * 1000)) {
        const inside = mine
          .filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur)
          .sort((a, b) => b.dur - a.dur)
          .slice(0, 8)
          .map((e) => {
            const d = e.args?.data ?? {};
            const what = d.url?.split('/').pop() ?? d.functionName ?? d.type ?? '';
            return `${e.name} ${Math.round(e.dur / 1000)} ms ${what}`.trim();
          });
        console.log(
          `task ${Math.round(task.dur / 1000)} ms at ${Math.round((task.ts - zero) / 1000)} ms: ${inside.join('; ')}`,
        );
      }
    }
  }
  await page.close();
  return { pageTasks, keyEvents, perThread };
}

const runs = [];
try {
  for (let run = 0; run < runCount; run++) {
    const startLoad = os.loadavg()[0].toFixed(2);
    runs.push({ ...(await measure()), load: startLoad });
  }
} finally {
  await browser.close();
  server.close();
}

// ── the report ───────────────────────────────────────────────────────────────────────────────
const ms = (n) => `${Math.round(n)} ms`;
const keys = 'many-stories-2027'.length + ' (змінено)'.length;
const summary = runs.map(({ pageTasks, keyEvents, perThread, load }) => ({
  load,
  longest: Math.max(0, ...perThread.map((t) => t.longest)),
  over200: perThread.reduce((n, t) => n + t.over200, 0),
  over50: perThread.reduce((n, t) => n + t.over50, 0),
  tasks: perThread.reduce((n, t) => n + t.tasks, 0),
  threads: perThread.length,
  pageLongTasks: pageTasks.length,
  keyToPaint: Math.max(0, ...keyEvents.map((e) => e.duration)),
}));
const sorted = summary.map((r) => r.longest).sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)];
const rows = summary.map(
  (r, i) =>
    `| ${i + 1} | ${r.load} | ${ms(r.longest)} | ${r.over200} | ${r.over50} | ${r.tasks} (${r.threads}) | ${r.pageLongTasks} | ${ms(r.keyToPaint)} |`,
);
const date = new Date().toISOString().slice(0, 10);
const section = `## Typing in the studio with ${storyCount.toLocaleString('en-US')} stories

\`node scripts/bench/studio-typing.mjs\` (${date}; ${chrome}, ${cpu === 1 ? 'no CPU throttling' : `${cpu}× CPU`}, 1280×900; load average ${load} at the start, on a machine shared with other work). The studio opened with the
Ukraine–Poland example and ${storyCount.toLocaleString('en-US')} stories in three languages (${kilobytes} KB), as
\`npx @shieldkit/studio large.json\` serves it; ${keys} keys typed, one every ${KEY_DELAY} ms: the
campaign's id, then the Ukrainian heading of story 500. Goal: no task over ${OVER} ms.
Tasks: every main-thread task of every page process during the typing (a Chromium trace: the studio
and its preview frame). \`longtask\`: the studio page's own entries over 50 ms. Key → paint: the
longest Event Timing duration of a key press (until a frame shows it; when keys come faster than
this busy machine makes frames, several keys wait for one). \`--explain\` lists what ran in each
task over ${OVER} ms.

**Longest task: median ${ms(median)}, worst ${ms(sorted[sorted.length - 1])} over ${runs.length} runs; tasks over ${OVER} ms: ${summary.map((r) => r.over200).join(', ')}.**

| run | load | longest task | over ${OVER} ms | over 50 ms | tasks (threads) | \`longtask\` | key → paint |
| --: | --: | --: | --: | --: | --: | --: | --: |
${rows.join('\n')}
`;
console.log(section);

if (write) {
  const file = 'BENCHMARKS.md';
  const previous = readFileSync(file, 'utf8');
  const block = `<!-- bench:studio -->\n\n${section.trim()}\n\n<!-- /bench:studio -->`;
  const pattern = /<!-- bench:studio -->[\s\S]*?<!-- \/bench:studio -->/;
  let next = pattern.test(previous)
    ? previous.replace(pattern, () => block)
    : `${previous.trimEnd()}\n\n${block}\n`;
  try {
    const prettier = await import('prettier');
    next = await prettier.format(next, {
      ...(await prettier.resolveConfig(file)),
      parser: 'markdown',
    });
  } catch {
    // unformatted is still correct markdown
  }
  writeFileSync(file, next);
  console.log(`wrote the studio section of ${file}`);
}
