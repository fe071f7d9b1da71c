// `npm run bench`: how fast the widgets appear, on this machine and on a simulated cheap phone
// (4× CPU, 400 kbps / 400 ms). A benchmark, not a test: it never fails on a timing, only when the
// pages cannot load.
//   node scripts/bench.mjs [--runs 7] [--only kit,floor,demo] [--no-write]
//     [--no-lighthouse | --lighthouse-only] [--lighthouse-runs 1] [--save-assets] [--no-studio]
// After the timed runs, Lighthouse (scripts/bench/lighthouse.mjs) runs over every page in examples/
// and the bench pages; `--only` picks pages of both (example ids: demo, cdn-script-tag,
// campaign-ukraine-poland, rtl-arabic, strict-csp, npm-vite, react). A part not run keeps its
// section of BENCHMARKS.md as it was. Last, typing in the studio with 1,000 stories
// (scripts/bench/studio-typing.mjs, its own section; not with --only or --lighthouse-only).
// Pages: written to scripts/bench/pages/ (not in git) by scripts/bench/make-pages.mjs at start. Results: a markdown table on
// stdout, bench-results/latest.json, and BENCHMARKS.md.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import puppeteer from 'puppeteer-core';
import { findChromium, chromiumFlags } from '../chromium.mjs';
import { createStaticServer, headersFor } from './serve.mjs';
import { pages as allPages, writePages } from './bench/make-pages.mjs';
import { examplePages, lighthouse, lighthouseTable } from './bench/lighthouse.mjs';

const lighthouseVersion = JSON.parse(
  readFileSync('node_modules/lighthouse/package.json', 'utf8'),
).version;

const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const runs = Math.max(1, Number(option('--runs')) || 7);
const only = option('--only')?.split(',');
const write = !args.includes('--no-write');
const lighthouseOnly = args.includes('--lighthouse-only');
const withLighthouse = !args.includes('--no-lighthouse');
const lighthouseRuns = Math.max(1, Number(option('--lighthouse-runs')) || 1);
const saveAssets = args.includes('--save-assets');
/** The load average over 1 min, as `uptime` prints it: the machine is shared. */
const loadAverage = () => os.loadavg()[0].toFixed(2);

const root = resolve('.');
const bundle = 'packages/shieldkit/dist/shieldkit.js';
const viewport = { width: 360, height: 740, deviceScaleFactor: 1, isMobile: true, hasTouch: true };
const conditions = [
  { id: 'fast', title: 'unthrottled' },
  {
    id: 'slow',
    title: '4× CPU, 400 kbps / 400 ms',
    cpu: 4,
    network: { download: (400 * 1000) / 8, upload: (400 * 1000) / 8, latency: 400 },
  },
];

/** What "upgraded" means per widget: its shadow root shows this (the final state, not "Loading…"). */
const widgets = {
  'quick-exit': { tag: 'shield-quick-exit', ready: '[part~="button"]' },
  'helpline-banner': {
    tag: 'shield-helpline-banner',
    ready: '[part~="helpline"], [part~="fallback"]',
  },
  checklist: { tag: 'shield-red-flag-checklist', ready: 'input[type="checkbox"]' },
  'story-carousel': { tag: 'shield-story-carousel', ready: '[part~="slide"]' },
};

// ── the bundle ──────────────────────────────────────────────────────────────────────────────
function ensureBundle() {
  if (existsSync(bundle)) return;
  console.log(`${bundle} is missing: npx rollup -c`);
  spawnSync('npx', ['rollup', '-c', '--silent'], { stdio: 'inherit' });
  if (!existsSync(bundle)) {
    console.error('The build failed and there is no bundle to measure.');
    process.exit(1);
  }
}

/** Tags the bundle defines: `X.define("shield-…")` leaves the tag as a quoted string. */
const definedBy = (code, tag) => new RegExp(`["'\`]${tag}["'\`]`).test(code);

// ── the server: the repo's static server, with the gzip a CDN would use for text files ───────
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json']);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};
function startServer() {
  const staticServer = createStaticServer(root);
  const serveStatic = staticServer.listeners('request')[0];
  const cache = new Map();
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = normalize(join(root, path));
    const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    if (gzip && file.startsWith(root) && compressible.has(extname(file)) && existsSync(file)) {
      const key = `${file}:${statSync(file).mtimeMs}`;
      if (!cache.has(key)) cache.set(key, gzipSync(readFileSync(file), { level: 9 }));
      response.writeHead(200, {
        'Content-Type': types[extname(file)] ?? 'text/plain; charset=utf-8',
        'Content-Encoding': 'gzip',
        'Cache-Control': 'no-cache',
        ...headersFor(path), // the strict-CSP example's policy, as `npm start` serves it
      });
      response.end(cache.get(key));
      return;
    }
    serveStatic(request, response);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

// ── one page load ─────────────────────────────────────────────────────────────────────────────
/** Runs in the page before its own scripts: collects paints, layout shifts and long tasks. */
function observe() {
  const bench = (window.__bench = { cls: 0, shifts: [], longTasks: [] });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      bench.cls += entry.value;
      bench.shifts.push({
        at: entry.startTime,
        value: entry.value,
        nodes: (entry.sources ?? []).map((s) => {
          const name = s.node
            ? `${s.node.nodeName.toLowerCase()}${s.node.id ? `#${s.node.id}` : ''}`
            : '(shadow)';
          const rect = (r) =>
            `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
          return `${name} ${rect(s.previousRect)} → ${rect(s.currentRect)}`;
        }),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
}

async function load(browser, url, page, condition) {
  const context = await browser.createBrowserContext(); // cold cache: a fresh context each run
  const tab = await context.newPage();
  try {
    await tab.setViewport(viewport);
    const cdp = await tab.createCDPSession();
    await cdp.send('Performance.enable');
    await cdp.send('Network.enable');
    let bytes = 0;
    const requests = new Set();
    cdp.on('Network.requestWillBeSent', (e) => {
      if (/^https?:/.test(e.request.url)) requests.add(e.requestId);
    });
    cdp.on('Network.loadingFinished', (e) => {
      if (requests.has(e.requestId)) bytes += e.encodedDataLength;
    });
    if (condition.cpu) await tab.emulateCPUThrottling(condition.cpu);
    if (condition.network) await tab.emulateNetworkConditions(condition.network);
    await tab.evaluateOnNewDocument(observe);

    const tags = page.widgets.map((w) => widgets[w]);
    const waits = tags.length > 0 || page.peer !== undefined;
    const upgraded = waits
      ? tab
          .waitForFunction(
            (tags, lang, peer) => {
              // In another language, "upgraded" is when that language is on screen, not English.
              // A peer carousel: when its own code says it works.
              const ready = peer
                ? window.__peerReady === true
                : tags.every(({ tag, ready }) =>
                    [...document.querySelectorAll(tag)].every(
                      (el) =>
                        el.shadowRoot?.querySelector(ready) &&
                        (!lang || el.shadowRoot.querySelector(`[lang="${lang}"]`)),
                    ),
                  );
              if (ready) window.__bench.upgraded ??= performance.now();
              return ready;
            },
            { polling: 'raf', timeout: condition.network ? 30_000 : 10_000 },
            tags,
            page.lang,
            page.peer,
          )
          .then(
            () => true,
            () => false,
          )
      : Promise.resolve(true);
    await tab.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const didUpgrade = await upgraded;
    // Let late work show itself (a locale or checklist file, a re-render, a shift) before reading.
    await new Promise((done) => setTimeout(done, condition.network ? 1000 : 300));
    await tab.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));
    const inPage = await tab.evaluate(() => {
      const paint = Object.fromEntries(
        performance.getEntriesByType('paint').map((e) => [e.name, e.startTime]),
      );
      return { ...window.__bench, fp: paint['first-paint'], fcp: paint['first-contentful-paint'] };
    });
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
    return {
      fp: inPage.fp ?? null,
      fcp: inPage.fcp ?? null,
      upgraded: waits ? (didUpgrade ? inPage.upgraded : null) : null,
      cls: inPage.cls,
      shifts: inPage.shifts,
      longTasks: inPage.longTasks.length,
      longTaskMax: Math.max(0, ...inPage.longTasks),
      taskMs: metric('TaskDuration') * 1000,
      scriptMs: metric('ScriptDuration') * 1000,
      bytes,
      requests: requests.size,
    };
  } finally {
    await context.close();
  }
}

// ── statistics and output ─────────────────────────────────────────────────────────────────────
const median = (xs) => {
  const s = xs.filter((x) => x !== null && x !== undefined).sort((a, b) => a - b);
  if (!s.length) return null;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const summary = (xs) => {
  const s = xs.filter((x) => x !== null && x !== undefined);
  return s.length
    ? { median: median(s), min: Math.min(...s), max: Math.max(...s), n: s.length }
    : null;
};
const cell = (stat, format, missing = '—') =>
  stat
    ? stat.min === stat.max
      ? format(stat.median)
      : `${format(stat.median)} (${format(stat.min)}–${format(stat.max)})`
    : missing;
const ms = (x) => `${Math.round(x)}`;
const kb = (x) => `${(x / 1024).toFixed(1)}`;

function table(results, condition) {
  const rows = results.filter((r) => r.condition === condition.id);
  const base = (id) => rows.find((r) => r.page === id)?.stats;
  const floorFcp = base('floor')?.fcp?.median;
  const staticFcp = base('static')?.fcp?.median;
  const ratio = (value, by) => (value && by ? `${(value / by).toFixed(2)}×` : '—');
  const lines = [
    `| page | FP ms | FCP ms | upgraded ms | ÷ floor | ÷ static | CLS | long tasks (longest ms) | CPU ms | KB | requests |`,
    `|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|`,
  ];
  for (const { title, stats, skipped } of rows) {
    if (skipped) {
      const esc = (text) => text.replace(/</g, '\\<');
      lines.push(`| ${esc(title)} | ${esc(skipped)} |${' |'.repeat(9)}`);
      continue;
    }
    // Ratios compare what the reader waits for: the widget when there is one, else the paint.
    const shown = stats.upgraded?.median ?? stats.fcp?.median;
    lines.push(
      [
        `| ${title.replace(/</g, '\\<')}`,
        cell(stats.fp, ms),
        cell(stats.fcp, ms),
        cell(stats.upgraded, ms, stats.upgradeFailed ? 'never' : '—'),
        ratio(shown, floorFcp),
        ratio(shown, staticFcp),
        cell(stats.cls, (x) => x.toFixed(3)),
        `${cell(stats.longTasks, String)}${stats.longTaskMax.max ? `, ≤ ${ms(stats.longTaskMax.max)}` : ''}`,
        cell(stats.taskMs, ms),
        cell(stats.bytes, kb),
        cell(stats.requests, String) + ' |',
      ].join(' | '),
    );
  }
  return lines.join('\n');
}

// ── main ──────────────────────────────────────────────────────────────────────────────────────
ensureBundle();
const code = readFileSync(bundle, 'utf8');
const missing = Object.entries(widgets)
  .filter(([, w]) => !definedBy(code, w.tag))
  .map(([id, w]) => ({ id, tag: w.tag }));
for (const m of missing)
  console.log(`<${m.tag}> is not defined by ${bundle} yet: its page is skipped.`);

await writePages();
const selected = allPages.filter((p) => !p.lighthouseOnly && (!only || only.includes(p.id)));
const pages = selected.map((page) => {
  const absent = page.widgets.filter((w) => missing.some((m) => m.id === w));
  if (page.id === 'kit') {
    return absent.length
      ? {
          ...page,
          widgets: page.widgets.filter((w) => !absent.includes(w)),
          title: `${page.title} (without <${absent.map((w) => widgets[w].tag).join('>, <')}>: not in the bundle yet)`,
        }
      : page;
  }
  return absent.length
    ? { ...page, skipped: `skipped: <${widgets[absent[0]].tag}> is not in the bundle yet` }
    : page;
});

const server = await startServer();
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({
  executablePath: findChromium(),
  headless: true,
  args: chromiumFlags,
});
const chromiumVersion = await browser.version();
const started = Date.now();
const samples = new Map(); // `${condition}/${page}` → runs
const loads = [loadAverage()];
let lighthouseResults;
let failed;
try {
  const active = lighthouseOnly ? [] : pages.filter((p) => !p.skipped);
  for (let run = 0; active.length > 0 && run < runs; run++) {
    for (const condition of conditions) {
      // Interleaved: every page once per run, starting one page later each run.
      for (let i = 0; i < active.length; i++) {
        const page = active[(i + run) % active.length];
        const url = `${origin}/scripts/bench/pages/${page.id}.html`;
        const result = await load(browser, url, page, condition);
        const key = `${condition.id}/${page.id}`;
        samples.set(key, [...(samples.get(key) ?? []), result]);
      }
    }
    loads.push(loadAverage());
    process.stdout.write(
      `run ${run + 1}/${runs} done (${Math.round((Date.now() - started) / 1000)} s, load ${loadAverage()})\n`,
    );
  }
  if (withLighthouse) {
    const lighthousePages = [
      ...examplePages,
      ...allPages
        .filter((p) => !p.skipped)
        .map((p) => ({ id: p.id, title: p.title, path: `/scripts/bench/pages/${p.id}.html` })),
    ].filter((p) => !only || only.includes(p.id));
    lighthouseResults = await lighthouse({
      browser,
      origin,
      pages: lighthousePages,
      runs: lighthouseRuns,
      saveAssets,
      loadAverage,
      log: (line) => console.log(line),
    });
  }
} catch (error) {
  failed = error;
} finally {
  await browser.close();
  server.close();
}
if (failed) {
  console.error(`The pages could not be loaded: ${failed.message}`);
  process.exit(1);
}

const results = [];
for (const condition of conditions)
  for (const page of samples.size > 0 ? pages : []) {
    const list = samples.get(`${condition.id}/${page.id}`) ?? [];
    const stat = (key) => summary(list.map((r) => r[key]));
    results.push({
      condition: condition.id,
      page: page.id,
      title: page.title,
      skipped: page.skipped,
      runs: list,
      stats: page.skipped
        ? undefined
        : {
            fp: stat('fp'),
            fcp: stat('fcp'),
            upgraded: stat('upgraded'),
            upgradeFailed:
              (page.widgets.length > 0 || page.peer !== undefined) &&
              list.some((r) => r.upgraded === null),
            cls: stat('cls'),
            longTasks: stat('longTasks'),
            longTaskMax: stat('longTaskMax'),
            taskMs: stat('taskMs'),
            scriptMs: stat('scriptMs'),
            bytes: stat('bytes'),
            requests: stat('requests'),
          },
    });
  }

const cpus = os.cpus();
const machine = {
  cpu: `${cpus[0]?.model.trim() ?? 'unknown CPU'} × ${cpus.length}`,
  memory: `${Math.round(os.totalmem() / 1024 ** 3)} GB`,
  os: `${os.type()} ${os.release()} (${os.arch()})`,
  chromium: chromiumVersion,
  node: process.version,
};
const date = new Date().toISOString().slice(0, 10);
const tables = conditions.map((c) => `### ${c.title}\n\n${table(results, c)}`).join('\n\n');
const throttled = results.filter((r) => r.condition === 'slow' && !r.skipped);
const worstCls = Math.max(0, ...throttled.flatMap((r) => r.runs.map((x) => x.cls)));
const shifted = throttled.filter((r) => r.runs.some((x) => x.cls > 0));
const longestTask = Math.max(0, ...throttled.flatMap((r) => r.runs.map((x) => x.longTaskMax)));
const blocked = throttled.filter((r) => r.runs.some((x) => x.longTasks > 0)).map((r) => r.page);
const longTaskLine =
  `Long tasks (over 50 ms) in throttled runs: ` +
  (blocked.length ? `longest ${Math.round(longestTask)} ms (${blocked.join(', ')})` : 'none');

// Against the peers, at 4× CPU + 400 kbps / 400 ms: time until the 12-story carousel works.
const slowUpgraded = (id) =>
  results.find((r) => r.condition === 'slow' && r.page === id && !r.skipped)?.stats?.upgraded
    ?.median;
const versus = (id, peer) => {
  const ours = slowUpgraded(id);
  const theirs = slowUpgraded(peer);
  return ours && theirs ? `${(ours / theirs).toFixed(2)}×` : '—';
};
const peerLine =
  `Carousel (12 stories) against peers, throttled, time until it works: ` +
  `with the embed code ${versus('carousel-embed', 'embla')} Embla's and ` +
  `${versus('carousel-embed', 'swiper')} Swiper's (goal: ≤ 1.5× Embla's); ` +
  `with the script tag only ${versus('carousel-12', 'embla')} Embla's`;

const timed = samples.size > 0;
if (timed) console.log(`\n${tables}\n`);
if (timed) console.log(peerLine);
if (timed) console.log(longTaskLine);
if (timed)
  console.log(
    `CLS in throttled runs: worst ${worstCls.toFixed(4)}` +
      (shifted.length
        ? ` — shifts on ${shifted
            .map(
              (r) =>
                `${r.page} (${[...new Set(r.runs.flatMap((x) => x.shifts.flatMap((s) => s.nodes.map((n) => n.split(' ')[0]))))].join(', ')})`,
            )
            .join('; ')}`
        : ' (no layout shift in any throttled run)'),
  );

// Typing in the studio with 1,000 stories (scripts/bench/studio-typing.mjs): a whole run only.
if (!only && !lighthouseOnly && !args.includes('--no-studio'))
  spawnSync(process.execPath, ['scripts/bench/studio-typing.mjs', ...(write ? ['--write'] : [])], {
    stdio: 'inherit',
  });

if (write) {
  mkdirSync('bench-results', { recursive: true });
  if (timed)
    writeFileSync(
      'bench-results/latest.json',
      `${JSON.stringify({ date: new Date().toISOString(), runs, machine, loadAverage: loads, viewport, conditions, missing, results }, null, 2)}\n`,
    );
  // A run of some pages (`--only`) replaces their rows and keeps the others of the last run.
  if (lighthouseResults && only && existsSync('bench-results/lighthouse.json')) {
    const earlier = JSON.parse(readFileSync('bench-results/lighthouse.json', 'utf8')).results;
    const fresh = new Map(lighthouseResults.map((r) => [r.id, r]));
    lighthouseResults = [
      ...earlier.map((r) => fresh.get(r.id) ?? r),
      ...lighthouseResults.filter((r) => !earlier.some((e) => e.id === r.id)),
    ];
  }
  if (lighthouseResults)
    writeFileSync(
      'bench-results/lighthouse.json',
      `${JSON.stringify({ date: new Date().toISOString(), machine, results: lighthouseResults }, null, 2)}\n`,
    );
  const timingDoc = `The latest \`npm run bench\` (${date}), ${runs} cold-cache runs per page and condition, interleaved.
It is a benchmark, not a test: nothing fails on a timing. The byte budgets are tests
(\`scripts/check-budgets.mjs\`, run by \`npm test\`).

Machine: ${machine.cpu}, ${machine.memory} RAM, ${machine.os}; ${machine.chromium} (headless);
Node ${machine.node}. The machine is shared: load average (1 min, as \`uptime\` shows it) at the
start and after each run: ${loads.join(', ')}. Compare the rows of one run with each other (the
ratios), not with another day's absolute times.

## How it measures

- Pages: \`scripts/bench/pages/\` (written by \`scripts/bench/make-pages.mjs\`): the same heading and
  paragraph everywhere (the **floor**: no script), the same content as **static HTML** (every
  widget's light-DOM fallback, no script), each widget alone with its fallback and the CDN script
  in \`<head>\`, and the whole kit with a 12-story carousel; the 12-story carousel and the kit also
  with the embed code (\`npx @shieldkit/campaign embed\`: every file preloaded, with integrity),
  and the same 12 stories in the **peer** carousels Embla and Swiper (pinned versions from npm,
  bundled and minified here by esbuild; "upgraded" is when their code has set them up). Served from 127.0.0.1 with gzip -9 (as a
  CDN would), viewport ${viewport.width}×${viewport.height}, a fresh browser context (cold cache) per run.
- Conditions: unthrottled, and 4× CPU slowdown with 400 kbps down/up and 400 ms latency
  (DevTools emulation).
- Cells are the median (min–max) of the runs, in ms unless named.
  **upgraded**: \`performance.now()\` when every widget's shadow root shows its final content
  (checked every animation frame); **÷ floor / ÷ static**: that time (or FCP for a page without a
  widget) divided by the floor's and the static page's median FCP; **CLS**: the sum of
  \`layout-shift\` entries without recent input; **long tasks**: count of tasks over 50 ms (and the
  longest; \`node scripts/bench/trace.mjs <page>\` shows what ran in them); **CPU**: the main thread's \`TaskDuration\`; **KB** and **requests**: what went over
  the network (encoded bytes, headers included).
${missing.length ? `\nNot measured yet (not in the bundle): ${missing.map((m) => `\`<${m.tag}>\``).join(', ')}.\n` : ''}
## Results

${tables}

CLS in throttled runs: worst ${worstCls.toFixed(3)}${shifted.length ? ` (${shifted.map((r) => r.page).join(', ')})` : ''}.
${longTaskLine}.
${peerLine}.

Run it again with \`npm run bench\` (\`--runs 2\` for a quick look, \`--no-lighthouse\` for these
tables only); raw numbers: \`bench-results/latest.json\`.`;
  const lighthouseDoc =
    lighthouseResults &&
    `## Lighthouse

Lighthouse ${lighthouseVersion} (mobile defaults: a Moto G Power screen, 412×823 at DPR 1.75, simulated
slow 4G and 4× CPU) against the same Chromium, ${lighthouseRuns} run(s) per page (the median by
performance), ${date}. Load average (1 min) beside each page: Lighthouse's simulated timings
(LCP, TBT, performance) scale with how busy the machine is, so a row measured at a high load is
pessimistic. **CLS (PerformanceObserver)**: the worst of one unthrottled and one throttled
(4× CPU, 400 kbps / 400 ms) load at the same 412×823 screen, counting every \`layout-shift\` entry
(no reader input happens in these loads, so none is left out). Only Lighthouse:
\`npm run bench -- --lighthouse-only\`; one page: \`--only demo\`; Lighthouse's trace and
DevTools log beside each report: \`--save-assets\` (in \`bench-results/lighthouse/\`).

${lighthouseTable(lighthouseResults)}
`;
  const previous = existsSync('BENCHMARKS.md') ? readFileSync('BENCHMARKS.md', 'utf8') : '';
  const kept = (name) =>
    previous
      .match(new RegExp(`<!-- bench:${name} -->([\\s\\S]*?)<!-- /bench:${name} -->`))?.[1]
      ?.trim();
  const block = (name, text) =>
    `<!-- bench:${name} -->\n\n${text ?? ''}\n\n<!-- /bench:${name} -->`;
  // A part that did not run keeps its section; the notes are written by hand and always kept. The
  // studio's section is written by scripts/bench/studio-typing.mjs (run below, before this).
  const doc = `# Benchmarks

${block('timing', timed ? timingDoc : kept('timing'))}

${block('lighthouse', lighthouseDoc ?? kept('lighthouse'))}

${block('notes', kept('notes'))}

${block('studio', kept('studio'))}
`;
  let formatted = doc;
  try {
    const prettier = await import('prettier');
    formatted = await prettier.format(doc, {
      ...(await prettier.resolveConfig('BENCHMARKS.md')),
      parser: 'markdown',
    });
  } catch {
    // unformatted is still correct markdown
  }
  writeFileSync('BENCHMARKS.md', formatted);
  console.log('wrote BENCHMARKS.md and bench-results/');
}
