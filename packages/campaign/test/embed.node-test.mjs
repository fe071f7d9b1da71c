// `npx @shieldkit/campaign embed` end to end, in Node: the installed `bin` prints the code of
// `embedCode()` for the CDN files of this very build. Run after `npm run build`:
//   node --test packages/campaign/test/embed.node-test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { embedCode } from '../dist/embed.js';

const bin = new URL('../bin/shieldkit-campaign.js', import.meta.url).pathname;
const manifest = JSON.parse(
  readFileSync(new URL('../dist/cdn-manifest.json', import.meta.url), 'utf8'),
);
const run = (...args) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'shieldkit-embed-'));

test('prints embedCode() for the built CDN files: map, preloads and script for the page', async () => {
  const campaign = join(dir, 'campaign.json');
  writeFileSync(
    campaign,
    JSON.stringify({ version: 1, id: 'ua-pl', languages: { default: 'uk' }, stories: [] }),
  );
  const result = run('embed', campaign, '--widgets', 'quick-exit,red-flag-checklist');
  assert.equal(result.status, 0, result.stderr);
  const expected = await embedCode(manifest, {
    campaign: JSON.parse(readFileSync(campaign, 'utf8')),
    widgets: ['quick-exit', 'red-flag-checklist'],
  });
  assert.equal(result.stdout, expected.html);
  const base = `https://cdn.jsdelivr.net/npm/@shieldkit/shieldkit@${manifest.version}/dist/`;
  for (const file of [
    'shieldkit.js',
    manifest.widgets['red-flag-checklist'],
    manifest.languages.uk,
    manifest.checklistEnglish,
  ])
    assert.match(
      result.stdout,
      new RegExp(`<link rel="modulepreload" href="${base}${file}" integrity="sha384-`),
    );
  assert.match(result.stdout, /script-src 'sha256-[A-Za-z0-9+/]+={0,2}'/);
  assert.match(result.stdout, /<script type="module" src="[^"]+\/shieldkit\.js" integrity=/);
});

test('--base and --lang change the URLs and the language file', () => {
  const result = run('embed', '--widgets', 'quick-exit', '--lang', 'ar', '--base', '/cdn');
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /href="\/cdn\/locales\/ar\.js"/);
  assert.match(result.stdout, /src="\/cdn\/shieldkit\.js"/);
});

test('an unknown widget exits 1, a usage error 2', () => {
  const unknown = run('embed', '--widgets', 'carousel');
  assert.equal(unknown.status, 1);
  assert.match(unknown.stderr, /no widget named carousel/);
  assert.equal(run('embed', '--lang').status, 2);
});
