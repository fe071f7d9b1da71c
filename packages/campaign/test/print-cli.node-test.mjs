// `shieldkit-campaign print`, end to end in Node: the installed bin, @shieldkit/print loaded lazily,
// and the PDF through the local Chromium. Run after `npm run build`:
//   node --test packages/campaign/test/print-cli.node-test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPrint } from '../dist/print-cli.js';

const bin = new URL('../bin/shieldkit-campaign.js', import.meta.url).pathname;
const example = new URL('../../../examples/campaign-ukraine-poland/campaign.json', import.meta.url)
  .pathname;
const dir = mkdtempSync(join(tmpdir(), 'shieldkit-print-'));
const run = (args, env = {}) =>
  spawnSync(process.execPath, [bin, 'print', ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });

test('--html writes the print-ready page without a browser', () => {
  const out = join(dir, 'poster.html');
  const result = run(
    [example, '--format', 'poster-a4', '--lang', 'uk,pl', '--html', '--out', out],
    {
      CHROME_PATH: '/nowhere/chrome',
    },
  );
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /✔ wrote .*poster\.html/);
  const html = readFileSync(out, 'utf8');
  assert.match(html, /^<!doctype html>/);
  assert.match(html, /<div class="block" lang="uk"[\s\S]*<div class="block" lang="pl"/);
});

test('a PDF through the local Chromium, at A4', () => {
  const out = join(dir, 'poster.pdf');
  const result = run([example, '--format', 'poster-a4', '--lang', 'uk', '--out', out]);
  assert.equal(result.status, 0, result.stderr);
  const pdf = readFileSync(out, 'latin1');
  assert.match(pdf, /^%PDF-/);
  // 210 × 297 mm in points, to a point.
  const [, width, height] = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf);
  assert.ok(Math.abs(width - (210 * 72) / 25.4) < 1, width);
  assert.ok(Math.abs(height - (297 * 72) / 25.4) < 1, height);
});

test('no browser: a clear message, and --html named as the way out', () => {
  const out = join(dir, 'none.pdf');
  const result = run([example, '--format', 'flyer-a5', '--out', out], {
    CHROME_PATH: '/nowhere/chrome',
  });
  assert.equal(result.status, 1);
  assert.match(result.stderr, /✖ CHROME_PATH is "\/nowhere\/chrome", but there is no file there\./);
  assert.equal(existsSync(out), false);
});

test('usage errors exit 2; campaign problems exit 1 with the reason', () => {
  assert.equal(run([example]).status, 2);
  assert.equal(run([example, '--format']).status, 2);
  assert.equal(run([example, '--format', 'poster-a4', '--colour', 'red']).status, 2);
  const wrong = run([example, '--format', 'poster-a2', '--html', '--out', join(dir, 'x.html')]);
  assert.equal(wrong.status, 1);
  assert.match(wrong.stderr, /"poster-a2" is not a print format/);
});

test('without @shieldkit/print installed, it says what to install', async () => {
  const err = [];
  const code = await runPrint([example, '--format', 'poster-a4'], {
    readFile: (path) => readFileSync(path, 'utf8'),
    out: () => {},
    err: (line) => err.push(line),
    writeFile: () => assert.fail('nothing is written'),
    loadPrint: () => Promise.reject(new Error('Cannot find package')),
    loadPdf: () => Promise.reject(new Error('Cannot find package')),
  });
  assert.equal(code, 1);
  assert.match(err.join('\n'), /needs @shieldkit\/print: npm install -D @shieldkit\/print/);
});
