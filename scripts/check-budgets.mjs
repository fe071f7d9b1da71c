// The byte budgets of issue #9, checked by `npm test` after the browser tests. Bytes are
// deterministic, so a budget is a fair test (timings are not: they live in `npm run bench`).
//   node scripts/check-budgets.mjs
// Builds the CDN files first when dist/shieldkit.js is missing or older than any package source.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { cdnFiles, dist, sizes } from './size.mjs';
import { breakdown } from './bench/breakdown.mjs';

const KB = 1024;
/** Budgets in gzip -9 bytes. Do not raise one to make a change fit: the lead decides. */
export const budgets = {
  bundle: 35 * KB, // dist/shieldkit.js: every element, the campaign and the English strings
  locale: 8 * KB, // each dist/locales/<lang>.js (and the scenario texts, locales/scenario-<lang>.js)
  scenario: 10 * KB, // dist/widgets/scenario.js: the scenario widget's own code (#19)
};

const bundle = join(dist, 'shieldkit.js');
const manifestFile = 'packages/campaign/dist/cdn-manifest.json';
const checklistSource = 'packages/locales/translations/en.json';

/** The newest modification time of any `packages/<pkg>/src/**\/*.ts`. */
function newestSource() {
  let newest = 0;
  for (const pkg of readdirSync('packages')) {
    const src = join('packages', pkg, 'src');
    if (!existsSync(src)) continue;
    for (const file of readdirSync(src, { recursive: true }))
      if (String(file).endsWith('.ts'))
        newest = Math.max(newest, statSync(join(src, file)).mtimeMs);
  }
  return newest;
}

function buildIfStale() {
  const stale = !existsSync(bundle) || statSync(bundle).mtimeMs < newestSource();
  if (!stale) return;
  console.log(`${relative('.', bundle)} is missing or older than the sources: npx rollup -c`);
  const run = spawnSync('npx', ['rollup', '-c', '--silent'], { stdio: 'inherit' });
  if (run.status !== 0 || !existsSync(bundle)) {
    console.error('\nThe build failed: no budget can be checked.\n0 passed, 1 failed');
    process.exit(1);
  }
}

/** The English checklist item texts (`checklist.items` of the English strings file). */
function englishChecklistItems() {
  if (!existsSync(checklistSource)) return undefined;
  const items = JSON.parse(readFileSync(checklistSource, 'utf8')).checklist?.items ?? {};
  return Object.values(items).filter((text) => typeof text === 'string' && text.length >= 12);
}

/** References that would make the browser fetch a stylesheet or a font. */
const stylesheetOrFont = [
  /@import/,
  /url\(\s*["']?[^)"']*\.(?:woff2?|ttf|otf|eot|css)\b/i,
  /\.woff2?\b/i,
  /fonts\.googleapis|fonts\.gstatic/i,
  /<link[^>]+rel\s*=\s*["']?stylesheet/i,
];

const results = [];
const check = (name, ok, detail = '') => results.push({ name, ok, detail });

buildIfStale();

const rows = cdnFiles().map((file) => {
  const bytes = readFileSync(file);
  const name = relative(dist, file);
  const budget =
    file === bundle
      ? budgets.bundle
      : name.startsWith('locales/')
        ? budgets.locale
        : name === 'widgets/scenario.js'
          ? budgets.scenario
          : undefined;
  return { file, name, text: bytes.toString('utf8'), budget, ...sizes(bytes) };
});

// The scenario's budget is for its own code: its widget file and the chunks it imports beyond the
// main file (its graph check, shared with the campaign's validator, and the text formatter).
const scenarioRow = rows.find((row) => row.name === 'widgets/scenario.js');
if (scenarioRow && existsSync(manifestFile)) {
  const { files, entry } = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const chunks = (files['widgets/scenario.js']?.imports ?? []).filter((file) => file !== entry);
  for (const chunk of chunks) scenarioRow.gzip += rows.find((row) => row.name === chunk)?.gzip ?? 0;
  scenarioRow.name += ` + ${chunks.length} chunks it imports`;
}

for (const row of rows)
  if (row.budget !== undefined)
    check(
      `${row.name} ≤ ${row.budget / KB} KB gzip`,
      row.gzip <= row.budget,
      `${row.gzip} bytes (${(row.gzip / KB).toFixed(2)} KB)`,
    );

for (const row of rows) {
  const found = stylesheetOrFont.filter((pattern) => pattern.test(row.text));
  check(
    `${row.name}: no stylesheet or font request`,
    found.length === 0,
    found.length ? `found ${found.join(', ')}` : '',
  );
}

const items = englishChecklistItems();
if (items === undefined) {
  console.log(`(${checklistSource} does not exist yet: the checklist sentinel is skipped)`);
} else if (items.length === 0) {
  check(`English checklist item texts are read from ${checklistSource}`, false, 'none found');
} else {
  const bundleText = rows.find((row) => row.file === bundle).text;
  const inBundle = items.filter((text) => bundleText.includes(text));
  check(
    `shieldkit.js holds none of the ${items.length} English checklist item texts`,
    inBundle.length === 0,
    inBundle.length ? `found: "${inBundle[0]}"${inBundle.length > 1 ? ' …' : ''}` : '',
  );
}

// ── Requests that wait for other requests ───────────────────────────────────────────────────
// A page's requests, in rounds: a file is asked for only once the file that asks for it has
// arrived (and run). Without preloads: the main file, then the widget and language files it
// imports, then what those import, and the checklist's English texts once the checklist runs. With
// the embed code (`embedCode()`, `npx @shieldkit/campaign embed`) every file the page will load is
// preloaded: one round. A change that adds a round (a new file found late) fails here.
/** Most rounds of requests after the HTML, per page, with the plain script tag (may only shrink). */
export const chainBudgets = {
  'quick exit + banner (en)': 1,
  'quick exit + banner (uk)': 2,
  'checklist (en)': 3,
  'checklist (uk)': 3,
  'carousel (en)': 3,
  'scenario (en)': 3,
  'scenario (uk)': 3,
  'campaign with own helplines, whole kit (uk)': 3,
};
const chainPages = {
  'quick exit + banner (en)': { widgets: ['quick-exit', 'helpline-banner'] },
  'quick exit + banner (uk)': { widgets: ['quick-exit', 'helpline-banner'], lang: 'uk' },
  'checklist (en)': { widgets: ['red-flag-checklist'] },
  'checklist (uk)': { widgets: ['red-flag-checklist'], lang: 'uk' },
  'carousel (en)': { widgets: ['story-carousel'] },
  'scenario (en)': { widgets: ['scenario'] },
  'scenario (uk)': { widgets: ['scenario'], lang: 'uk' },
  'campaign with own helplines, whole kit (uk)': {
    campaign: {
      languages: { default: 'uk' },
      checklist: {},
      stories: [{}],
      helplines: { custom: [{}] },
    },
  },
};

/** Rounds of requests for a page: each file's round, from who asks for it and when. */
function rounds(manifest, files, preloaded) {
  const round = new Map(preloaded.map((file) => [file, 1]));
  round.set(manifest.entry, 1);
  // Who asks: the importer (static imports); the main file for the widget and language files and
  // the helpline-records validator (its dynamic imports); the checklist for its English texts,
  // the scenario for its texts.
  const fromEntry = new Set([
    ...Object.values(manifest.widgets),
    ...Object.values(manifest.languages),
    manifest.helplineRecords,
  ]);
  const scenarioTexts = Object.values(manifest.scenarioTexts ?? {});
  const askedBy = (file) =>
    file === manifest.checklistEnglish
      ? [manifest.widgets['red-flag-checklist']]
      : scenarioTexts.includes(file)
        ? [manifest.widgets['scenario']]
        : [
            ...Object.entries(manifest.files)
              .filter(([, { imports }]) => imports.includes(file))
              .map(([importer]) => importer),
            ...(fromEntry.has(file) ? [manifest.entry] : []),
          ];
  for (let changed = true; changed;) {
    changed = false;
    for (const file of files) {
      const asking = askedBy(file).filter((by) => round.has(by) && files.includes(by));
      const best = Math.min(...asking.map((by) => round.get(by) + 1), round.get(file) ?? Infinity);
      if (best !== (round.get(file) ?? Infinity)) {
        round.set(file, best);
        changed = true;
      }
    }
  }
  return Math.max(...files.map((file) => round.get(file) ?? Infinity));
}

const chainRows = [];
if (!existsSync(manifestFile)) {
  check(`${manifestFile} exists (npm run build)`, false);
} else {
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const { embedCode } = await import('../packages/campaign/dist/embed.js');
  for (const [name, options] of Object.entries(chainPages)) {
    const code = await embedCode(manifest, { ...options, base: 'cdn/' });
    // The files this page loads are those the embed code names (tested in a real page by
    // packages/shieldkit/test/integrity.node-test.mjs: it fetches exactly those).
    const files = code.preloads.map((url) => url.slice('cdn/'.length));
    const scriptOnly = rounds(manifest, files, []);
    const embedded = rounds(manifest, files, files);
    chainRows.push({ name, files: files.length, scriptOnly, embedded });
    check(
      `${name}: ${scriptOnly} rounds with the script tag (budget ${chainBudgets[name]}), ${embedded} with the embed code (budget 1)`,
      scriptOnly <= chainBudgets[name] && embedded === 1,
    );
  }
}

const kb = (n) => `${(n / KB).toFixed(2)} KB`;
console.log('\nCDN files (packages/shieldkit/dist), budgets in gzip -9:');
console.log('| file | min | gzip | brotli | budget (gzip) |');
console.log('|---|---:|---:|---:|---:|');
for (const r of rows)
  console.log(
    `| ${r.name} | ${kb(r.min)} | ${kb(r.gzip)} | ${kb(r.brotli)} | ${r.budget ? kb(r.budget) : '—'} |`,
  );
console.log('');
for (const r of results)
  console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name}${r.detail ? ` — ${r.detail}` : ''}`);
const bundleRow = rows.find((row) => row.file === bundle);
if (bundleRow.gzip > budgets.bundle && existsSync(`${bundle}.map`)) {
  // Over budget: say what takes the space (node scripts/bench/breakdown.mjs for every source).
  console.log('\nWhat takes the space in shieldkit.js (gzip saved without each package):');
  for (const p of breakdown(bundle).packages.slice(0, 12))
    console.log(
      `  ${p.name.padEnd(32)} ${kb(p.bytes).padStart(9)} min ${kb(p.gzip).padStart(9)} gzip`,
    );
}
const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
