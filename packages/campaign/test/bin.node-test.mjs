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

test('every JSON syntax error names its line and column, on every supported Node', () => {
  for (const [name, text, needle] of [
    ['token.json', '{"version": 1,\n  "id": demo}', 'demo'],
    ['comma.json', '{"version": 1,\n  "id": "x",\n}', '}'],
    ['quote.json', "{\n  'version': 1\n}", "'"],
    ['comment.json', '{\n  // note\n  "version": 1\n}', '//'],
  ]) {
    const result = run('validate', file(name, text));
    const before = text.slice(0, text.indexOf(needle)).split('\n');
    const place = `line ${before.length}, column ${before.at(-1).length + 1}`;
    assert.equal(result.status, 1, name);
    assert.match(result.stderr, new RegExp(`is not valid JSON at ${place}: `), name);
  }
});

test('a UTF-8 byte-order mark is accepted, as browsers accept it', () => {
  const result = run(
    'validate',
    file('bom.json', '\uFEFF{"version":1,"id":"demo","languages":{"default":"en"}}'),
  );
  assert.equal(result.stderr, '');
  assert.equal(result.status, 0);
});

test('a key written twice is a warning naming both places', () => {
  const result = run(
    'validate',
    file(
      'twice.json',
      '{\n  "version": 1,\n  "id": "first",\n  "languages": { "default": "en" },\n  "id": "second"\n}',
    ),
  );
  assert.equal(result.status, 0);
  assert.match(
    result.stdout,
    /! id is written twice: at line 3, column 3 and at line 5, column 3 \(the last one is used\)/,
  );
  assert.match(result.stdout, /valid Shieldkit campaign \(second\)/);
});

test('control characters from the file are escaped in the output', () => {
  // A key that would clear the terminal, and a bidirectional override in a value.
  const result = run(
    'validate',
    file(
      'escape.json',
      '{"version":1,"id":"demo","languages":{"default":"en"},"\\u001b[2J\\u001b[H":1,"country":"\\u202eLP"}',
    ),
  );
  const output = result.stdout + result.stderr;
  assert.equal(result.status, 1);
  // eslint-disable-next-line no-control-regex -- looking for exactly these characters
  const unsafe = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
  assert.doesNotMatch(output, unsafe);
  assert.match(output, /\\u001b\[2J\\u001b\[H is not a campaign field/);
});
