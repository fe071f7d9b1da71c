// `npx @shieldkit/studio [campaign.json]`: serves the built studio on loopback, on a free port, and
// opens it with the file given. Run after `npm run build`:
//   node --test packages/studio/test/bin.node-test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/shieldkit-studio.js', import.meta.url));

/** Starts the bin; resolves with its address (the line it prints) and the child to stop. */
function start(args) {
  const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const url = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (url) resolve({ child, url: url[0], port: Number(url[1]), out });
    });
    child.on('exit', (code) => reject(new Error(`exited ${code}`)));
  });
}

const get = (port, path) =>
  new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path }, (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode, headers: response.headers, body }),
      );
    })
      .on('error', reject)
      .end();
  });

test('serves the studio on 127.0.0.1 at a free port and prints the address', async () => {
  const { child, port, out } = await start([]);
  try {
    assert.match(out, /^Shieldkit studio: http:\/\/127\.0\.0\.1:\d+\/ {2}\(Ctrl-C to stop\)$/m);
    const page = await get(port, '/');
    assert.equal(page.status, 200);
    assert.match(page.body, /<shield-studio sets-title><\/shield-studio>/);
    assert.match(page.body, /Content-Security-Policy/);
    // Every file the page and the preview load is in dist/: no address of another site.
    assert.doesNotMatch(page.body, /(src|href)="https?:/);
    const preview = await get(port, '/preview/index.html');
    assert.equal(preview.status, 200);
    assert.match(preview.body, /<script type="module" src="\.\/kit\/shieldkit\.js"><\/script>/);
    assert.equal(
      (await get(port, '/preview/kit/shieldkit.js')).headers['access-control-allow-origin'],
      '*',
    );
    assert.equal((await get(port, '/cdn-manifest.json')).status, 200);
    // Nothing outside dist/.
    assert.equal((await get(port, '/../package.json')).status, 404);
    assert.equal((await get(port, '/%2e%2e/package.json')).status, 404);
    assert.equal((await get(port, '/%00')).status, 400);
  } finally {
    child.kill();
  }
});

test('opens with the campaign file given, as text the page never runs', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'studio-bin-'));
  const file = join(dir, 'my "campaign".json');
  writeFileSync(file, '{"version":1,"id":"x","note":"</script><script>alert(1)</script>"}');
  const { child, port } = await start([file]);
  try {
    const { body } = await get(port, '/');
    assert.match(
      body,
      /<script type="application\/json" id="initial-campaign" data-name="my &quot;campaign&quot;\.json">\{"version":1,"id":"x","note":"\\u003c\/script>\\u003cscript>alert\(1\)\\u003c\/script>"\}<\/script>/,
    );
  } finally {
    child.kill();
  }
});

test('the studio’s templates are every example campaign (src/templates.ts is up to date)', () => {
  execFileSync(process.execPath, [
    fileURLToPath(new URL('../scripts/templates.mjs', import.meta.url)),
    '--check',
  ]);
});
