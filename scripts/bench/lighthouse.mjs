// The Lighthouse part of `npm run bench`: Lighthouse 12.2.3 (mobile defaults: Moto G Power
// 412×823 at DPR 1.75, simulated slow 4G and 4× CPU) against the local Chromium, over every page in
// examples/ and the benchmark's pages, plus the layout shifts a `PerformanceObserver` sees on the
// same page at the same viewport. Not a test: it prints numbers and never fails on them.
//   node scripts/bench.mjs --lighthouse-only [--only demo,kit] [--lighthouse-runs 1] [--save-assets]
// Lighthouse runs as its own CLI process per page (its Chromium launched by chrome-launcher with
// the repo's offline flags), one page after the other.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromiumFlags, findChromium } from '../../chromium.mjs';

const require = createRequire(import.meta.url);

/** Every page in examples/ a reader can open (the Vite ones once `npm run build-examples` ran). */
export const examplePages = [
  { id: 'demo', title: 'examples/index.html (demo)', path: '/examples/index.html' },
  { id: 'cdn-script-tag', title: 'examples/cdn-script-tag', path: '/examples/cdn-script-tag/' },
  {
    id: 'campaign-ukraine-poland',
    title: 'examples/campaign-ukraine-poland',
    path: '/examples/campaign-ukraine-poland/',
  },
  { id: 'rtl-arabic', title: 'examples/rtl-arabic', path: '/examples/rtl-arabic/' },
  { id: 'strict-csp', title: 'examples/strict-csp', path: '/examples/strict-csp/' },
  {
    id: 'npm-vite',
    title: 'examples/npm-vite (built)',
    path: '/examples/npm-vite/dist/',
    needs: 'examples/npm-vite/dist/index.html',
  },
  {
    id: 'react',
    title: 'examples/react (built)',
    path: '/examples/react/dist/',
    needs: 'examples/react/dist/index.html',
  },
];

/** Lighthouse's mobile screen (its `screenEmulationMetrics.mobile`), for the PerformanceObserver run. */
export const lighthouseViewport = {
  width: 412,
  height: 823,
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
};

/** The flags chrome-launcher passes to Chromium: the repo's offline flags, headless. */
const chromeFlags = [
  '--headless=new',
  ...chromiumFlags.map((flag) =>
    // The CLI splits --chrome-flags on spaces: the resolver rule's value goes in quotes.
    flag.startsWith('--host-resolver-rules=')
      ? `--host-resolver-rules='${flag.slice('--host-resolver-rules='.length)}'`
      : flag,
  ),
].join(' ');

/** One Lighthouse run of `url`; resolves its JSON report (or an `error`). */
function lighthouseRun(url, outputPath, saveAssets) {
  const cli = join(require.resolve('lighthouse/package.json'), '..', 'cli', 'index.js');
  const args = [
    cli,
    url,
    `--chrome-path=${findChromium()}`,
    `--chrome-flags=${chromeFlags}`,
    '--only-categories=performance,accessibility,best-practices',
    '--output=json',
    `--output-path=${outputPath}`,
    '--quiet',
    ...(saveAssets ? ['--save-assets'] : []),
  ];
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => {
      if (code !== 0 || !existsSync(outputPath)) {
        done({
          error: `lighthouse exited ${code}: ${stderr.trim().split('\n').slice(-3).join(' ')}`,
        });
        return;
      }
      done(JSON.parse(readFileSync(outputPath, 'utf8')));
    });
  });
}

/** The numbers of the table from a Lighthouse report. */
function scores(report) {
  if (report.error) return { error: report.error };
  const score = (id) => report.categories[id]?.score;
  const audit = (id) => report.audits[id];
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    cls: audit('cumulative-layout-shift')?.numericValue,
    lcp: audit('largest-contentful-paint')?.numericValue,
    tbt: audit('total-blocking-time')?.numericValue,
    // What kept a category from 100: the failing audits' ids.
    failing: Object.values(report.categories).flatMap((category) =>
      category.auditRefs
        .filter((ref) => ref.weight > 0 && report.audits[ref.id]?.score !== null)
        .filter((ref) => (report.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${category.id}:${ref.id}`),
    ),
    // Lighthouse's own measure of this machine's speed at the time (a quiet desktop: ~1000–2000).
    benchmarkIndex: report.environment?.benchmarkIndex,
    runWarnings: report.runWarnings ?? [],
    erroredAudits: Object.values(report.audits)
      .filter((a) => a.scoreDisplayMode === 'error')
      .map((a) => a.id),
  };
}

/** Layout shifts by a PerformanceObserver at Lighthouse's viewport: unthrottled and throttled. */
async function observedShifts(browser, url) {
  const worst = { cls: 0, shifts: [] };
  for (const throttle of [false, true]) {
    const context = await browser.createBrowserContext();
    const tab = await context.newPage();
    try {
      await tab.setViewport(lighthouseViewport);
      if (throttle) {
        await tab.emulateCPUThrottling(4);
        await tab.emulateNetworkConditions({
          download: (400 * 1000) / 8,
          upload: (400 * 1000) / 8,
          latency: 400,
        });
      }
      await tab.evaluateOnNewDocument(() => {
        const seen = (window.__shifts = { cls: 0, shifts: [] });
        new PerformanceObserver((list) => {
          // Every shift counts: nothing is typed or tapped in this load, and Chromium marks the
          // shifts right after mobile emulation's viewport change as "recent input".
          for (const entry of list.getEntries()) {
            seen.cls += entry.value;
            seen.shifts.push({
              value: Number(entry.value.toFixed(4)),
              hadRecentInput: entry.hadRecentInput,
              nodes: (entry.sources ?? []).map(
                (s) =>
                  `${s.node ? s.node.nodeName.toLowerCase() : '(gone)'} ${Math.round(s.previousRect.y)}→${Math.round(s.currentRect.y)} h ${Math.round(s.previousRect.height)}→${Math.round(s.currentRect.height)}`,
              ),
            });
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await tab.goto(url, { waitUntil: 'load', timeout: 60_000 });
      // Late work (a language or checklist file, a carousel's stories) has time to show itself.
      await new Promise((done) => setTimeout(done, throttle ? 4000 : 1500));
      await tab.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => setTimeout(done))),
      );
      const seen = await tab.evaluate(() => window.__shifts);
      if (seen.cls >= worst.cls) Object.assign(worst, seen, { throttled: throttle });
    } finally {
      await context.close();
    }
  }
  return worst;
}

/**
 * Runs Lighthouse `runs` times per page (median by performance score) and the PerformanceObserver
 * check once per page. `pages`: `{ id, title, path }` under `origin`.
 */
export async function lighthouse({
  browser,
  origin,
  pages,
  runs = 1,
  saveAssets = false,
  loadAverage = () => '?',
  log,
}) {
  const out = 'bench-results/lighthouse';
  mkdirSync(out, { recursive: true });
  const results = [];
  for (const page of pages) {
    if (page.needs && !existsSync(page.needs)) {
      results.push({ ...page, skipped: `not built (npm run build-examples)` });
      continue;
    }
    const url = `${origin}${page.path}`;
    const reports = [];
    for (let run = 0; run < runs; run++) {
      const started = Date.now();
      const load = loadAverage();
      const report = scores(
        await lighthouseRun(url, join(out, `${page.id}-${run + 1}.json`), saveAssets),
      );
      reports.push({ ...report, load });
      log?.(
        `lighthouse ${page.id} ${run + 1}/${runs}: ${
          report.error ??
          `perf ${report.performance} a11y ${report.accessibility} bp ${report.bestPractices} CLS ${report.cls?.toFixed(3)}`
        } (${Math.round((Date.now() - started) / 1000)} s, load ${load})`,
      );
    }
    const ok = reports.filter((r) => !r.error).sort((a, b) => a.performance - b.performance);
    const observed = await observedShifts(browser, url);
    results.push({
      ...page,
      lighthouse: ok[Math.floor((ok.length - 1) / 2)] ?? reports[0],
      runs: reports,
      observed,
    });
  }
  return results;
}

const pct = (x) => (typeof x === 'number' ? String(Math.round(x * 100)) : '—');

/** The markdown table of `lighthouse()`'s results. */
export function lighthouseTable(results) {
  const lines = [
    '| page | performance | accessibility | best practices | CLS (Lighthouse) | CLS (PerformanceObserver) | LCP ms | TBT ms | load | CPU index |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of results) {
    const title = r.title.replace(/</g, '\\<');
    if (r.skipped || r.lighthouse?.error) {
      lines.push(`| ${title} | ${r.skipped ?? r.lighthouse.error} | | | | | | | | |`);
      continue;
    }
    const l = r.lighthouse;
    lines.push(
      `| ${title} | ${pct(l.performance)} | ${pct(l.accessibility)} | ${pct(l.bestPractices)} | ${l.cls?.toFixed(3) ?? '—'} | ${r.observed.cls.toFixed(3)} | ${l.lcp === undefined ? '—' : Math.round(l.lcp)} | ${l.tbt === undefined ? '—' : Math.round(l.tbt)} | ${l.load} | ${l.benchmarkIndex === undefined ? '—' : Math.round(l.benchmarkIndex)} |`,
    );
  }
  return lines.join('\n');
}
