// Integrity of every CDN file, as Chromium enforces it. Run after `npm run build`:
//   node --test packages/shieldkit/test/integrity.node-test.mjs
// Each test copies the built CDN folder (packages/shieldkit/dist) into a temporary folder, served
// byte for byte, and opens a page whose <head> is the embed code (`embedCode()`, what
// `npx @shieldkit/campaign embed` prints). The page carries a strict CSP that allows the inline
// import map by its printed hash only: were the hash wrong, the map would be blocked, nothing would
// be checked, and the tampered file would run.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { embedCode } from '../../campaign/dist/embed.js';
import { launch, RECORDER, serve } from './support/browser.mjs';

const dist = new URL('../dist/', import.meta.url).pathname;
const manifest = JSON.parse(
  readFileSync(new URL('../../campaign/dist/cdn-manifest.json', import.meta.url), 'utf8'),
);
const root = mkdtempSync(join(tmpdir(), 'shieldkit-integrity-'));
let server;
let browser;

before(async () => {
  writeFileSync(join(root, 'recorder.js'), RECORDER);
  [server, browser] = await Promise.all([serve(root), launch()]);
});
after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

const BODY = `
<shield-quick-exit><a href="https://www.wikipedia.org/">Exit this page</a></shield-quick-exit>
<shield-red-flag-checklist><p id="fallback">Worried about a job offer? Call 116 006.</p></shield-red-flag-checklist>`;

/** A copy of the CDN folder in `name/`, a page with the embed code in it, opened. */
async function openCopy(name, change = {}) {
  const folder = join(root, name);
  cpSync(dist, folder, { recursive: true });
  for (const [file, edit] of Object.entries(change))
    writeFileSync(join(folder, file), edit(readFileSync(join(folder, file), 'utf8')));
  const code = await embedCode(manifest, {
    widgets: ['quick-exit', 'red-flag-checklist'],
    base: `${server.origin}/${name}/`,
  });
  const csp =
    `default-src 'self'; script-src 'self' ${code.importMapHash}; style-src 'self'; ` +
    "require-trusted-types-for 'script'; trusted-types lit-html";
  writeFileSync(
    join(folder, 'page.html'),
    `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta http-equiv="Content-Security-Policy" content="${csp}" />
<title>${name}</title>
<script src="../recorder.js"></script>
${code.html}</head>
<body>${BODY}</body>
</html>
`,
  );
  const page = await browser.newPage();
  await page.goto(`${server.origin}/${name}/page.html`);
  return { page, code };
}

const defined = (page, tag) =>
  page.waitForFunction((t) => document.querySelector(t)?.hasUpdated === true, {}, tag);

test('integrity.json lists every file of the CDN folder with the sha384 of its bytes', () => {
  const integrity = JSON.parse(readFileSync(join(dist, 'integrity.json'), 'utf8'));
  assert.ok(Object.keys(integrity).length > 20);
  for (const file of ['shieldkit.js', 'widgets/red-flag-checklist.js', 'locales/uk.js'])
    assert.ok(file in integrity, file);
  for (const [file, hash] of Object.entries(integrity)) {
    const digest = createHash('sha384')
      .update(readFileSync(join(dist, file)))
      .digest('base64');
    assert.equal(hash, `sha384-${digest}`, file);
    assert.equal(manifest.files[file].integrity, hash, `cdn-manifest.json: ${file}`);
  }
});

test('the CDN folder holds only files a page can load, each listed, each loading in a page', async () => {
  const integrity = JSON.parse(readFileSync(join(dist, 'integrity.json'), 'utf8'));
  const scripts = readdirSync(dist, { recursive: true })
    .map(String)
    .filter((file) => !file.endsWith('.map') && file !== 'integrity.json' && file.includes('.'));
  assert.deepEqual(scripts.sort(), Object.keys(integrity).sort());
  // …and a page can load each of them (a bare `import '@shieldkit/core'` would fail here).
  cpSync(dist, join(root, 'every'), { recursive: true });
  writeFileSync(join(root, 'every/page.html'), '<!doctype html><title>every file</title>');
  const page = await browser.newPage();
  await page.goto(`${server.origin}/every/page.html`);
  const failed = await page.evaluate(async (files) => {
    const results = await Promise.allSettled(files.map((file) => import(`./${file}`)));
    return results.flatMap((result, i) =>
      result.status === 'rejected' ? [`${files[i]}: ${result.reason}`] : [],
    );
  }, scripts);
  assert.deepEqual(failed, []);
  await page.close();
});

test('a page with the embed code upgrades every widget under a strict CSP, fetching only what it preloads', async () => {
  const { page, code } = await openCopy('intact');
  await defined(page, 'shield-quick-exit');
  await defined(page, 'shield-red-flag-checklist');
  assert.deepEqual(await page.evaluate(() => window.logged), []);
  const fetched = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((url) => url.endsWith('.js') && !url.endsWith('/recorder.js')),
  );
  assert.deepEqual([...fetched].sort(), [...code.preloads].sort());
  await page.close();
});

test('a changed widget file is refused: the page keeps its fallback content, the rest works', async () => {
  const widget = manifest.widgets['red-flag-checklist'];
  const { page } = await openCopy('tampered', {
    [widget]: (source) => `globalThis.tampered = true;\n${source}`,
  });
  await defined(page, 'shield-quick-exit');
  await page.waitForFunction(() =>
    window.logged.some((line) => line.includes('<shield-red-flag-checklist> could not be loaded')),
  );
  const state = await page.evaluate(() => ({
    tampered: globalThis.tampered ?? false,
    defined: customElements.get('shield-red-flag-checklist') !== undefined,
    fallbackShown: document.getElementById('fallback').getClientRects().length > 0,
    csp: window.logged.filter((line) => line.startsWith('csp:')),
  }));
  assert.deepEqual(state, { tampered: false, defined: false, fallbackShown: true, csp: [] });
  await page.close();
});
