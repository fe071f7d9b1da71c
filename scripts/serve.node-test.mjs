// The dev server (`npm start`) serves one folder and nothing else, and survives bad requests.
// node --test scripts/serve.node-test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from './serve.mjs';

// <tmp>/site is served; <tmp>/site-private sits beside it with a name that starts the same.
const base = mkdtempSync(join(tmpdir(), 'shieldkit-serve-'));
const site = join(base, 'site');
mkdirSync(join(site, 'examples'), { recursive: true });
mkdirSync(join(base, 'site-private'));
writeFileSync(join(site, 'examples', 'index.html'), '<!doctype html><title>ok</title>');
writeFileSync(join(base, 'site-private', 'secret.txt'), 'SECRET');
writeFileSync(join(base, 'secret.txt'), 'SECRET');

let server;
before(async () => (server = await startServer({ dir: site, port: 0 })));
after(() => server.close());

/** Sends `path` exactly as written (no client-side normalisation) and returns status and body. */
const get = (path) =>
  new Promise((resolve, reject) => {
    const { port } = server.address();
    request({ host: '127.0.0.1', port, path }, (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode, body }));
    })
      .on('error', reject)
      .end();
  });

test('listens on the loopback interface only', () => {
  assert.equal(server.address().address, '127.0.0.1');
});

test('serves files inside the folder', async () => {
  const { status, body } = await get('/examples/index.html');
  assert.equal(status, 200);
  assert.match(body, /<title>ok<\/title>/);
});

test('never serves a file outside the folder, however the path is written', async () => {
  for (const path of [
    '/..%2fsite-private/secret.txt',
    '/%2e%2e%2fsite-private/secret.txt',
    '/..%2f..%2f' + base.split('/').slice(1).join('%2f') + '%2fsecret.txt',
    '/examples/..%2f..%2fsecret.txt',
    '/..%5csite-private%5csecret.txt',
    '/../site-private/secret.txt',
  ]) {
    const { status, body } = await get(path);
    assert.notEqual(status, 200, path);
    assert.doesNotMatch(body, /SECRET/, path);
  }
});

test('answers 400 to a malformed path and keeps serving', async () => {
  for (const path of ['/%E0%A4%A', '/%', '/examples/%zz', '/examples%00/index.html']) {
    assert.equal((await get(path)).status, 400, path);
  }
  assert.equal((await get('/examples/index.html')).status, 200);
});
