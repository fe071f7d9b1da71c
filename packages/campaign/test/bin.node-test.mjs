// The command-line tool end to end, in Node (a browser cannot start a process). Its logic is
// tested in the browser (cli.test.ts); this checks the installed `bin` really runs it.
// Run after `npm run build`: node --test packages/campaign/test/bin.node-test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = new URL('../bin/shieldkit-campaign.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'shieldkit-campaign-'));
const run = (...args) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
const file = (name, text) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

test('a valid campaign exits 0', () => {
  const result = run(
    'validate',
    file('ok.json', '{"version":1,"id":"demo","languages":{"default":"en"}}'),
  );
  assert.equal(result.status, 0);
  assert.match(result.stdout, /is a valid Shieldkit campaign \(demo\)/);
});

test('a campaign with problems exits 1 and lists them', () => {
  const result = run(
    'validate',
    file('bad.json', '{"version":1,"id":"demo","languages":{"default":"en"},"country":"XX"}'),
  );
  assert.equal(result.status, 1);
  assert.match(result.stderr, /has 1 problem:\n {2}- country is "XX"/);
});

test('a JSON syntax error exits 1 with its line and column', () => {
  const result = run('validate', file('broken.json', '{\n  "version": 1\n  "id": "x"\n}'));
  assert.equal(result.status, 1);
  assert.match(result.stderr, /is not valid JSON at line 3, column 3/);
});

test('a missing file exits 2', () => {
  assert.equal(run('validate', join(dir, 'nope.json')).status, 2);
});
