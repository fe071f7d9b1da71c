// `npm start`: serves the repo's examples on http://localhost:8000 (loopback only) and the studio at
// /studio/, and rebuilds everything when a package's source changes. Stop with Ctrl-C.
//   node scripts/serve.mjs [--port 8000] [--no-watch]
import { createServer } from 'node:http';
import { watch } from 'node:fs';
import { resolve } from 'node:path';
import { spawn } from 'node:child_process';
// Static file serving has one home, shared with `npx @shieldkit/studio` (published; scripts/ is not).
import { requestUrl, sendFile } from '../packages/studio/bin/static-files.js';

const args = process.argv.slice(2);
const port = Number(args[args.indexOf('--port') + 1]) || 8000;
const root = resolve('.');

/** Extra response headers for some folders (the strict-CSP example is served with its policy). */
export const headersFor = (path) =>
  path.startsWith('/examples/strict-csp/')
    ? {
        'Content-Security-Policy':
          "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; " +
          "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'",
      }
    : {};

/** A static file server for `dir` (no directory listing, nothing outside `dir`). */
export function createStaticServer(dir = root) {
  dir = resolve(dir);
  return createServer((request, response) => {
    const url = requestUrl(request, response);
    if (!url) return;
    if (url.pathname === '/') {
      response.writeHead(302, { Location: '/examples/' });
      response.end();
      return;
    }
    // `/studio/` is the built studio (packages/studio/dist/), as `npx @shieldkit/studio` serves it.
    const studio = url.pathname === '/studio' || url.pathname.startsWith('/studio/');
    sendFile(response, url, {
      dir: studio ? resolve(dir, 'packages/studio/dist') : dir,
      path: studio ? url.pathname.slice('/studio'.length) || '/' : url.pathname,
      headers: () => ({
        ...headersFor(decodeURIComponent(url.pathname)),
        // The studio's preview frame has an opaque origin (sandbox without allow-same-origin).
        ...(studio ? { 'Access-Control-Allow-Origin': '*' } : {}),
      }),
    });
  });
}

/** Starts the server on 127.0.0.1 only (never on the network); resolves once it listens. */
export function startServer({ dir = root, port: listenPort = port } = {}) {
  const server = createStaticServer(dir);
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(listenPort, '127.0.0.1', () => resolvePromise(server));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await startServer();
  console.log(`\nShieldkit demo: http://localhost:${port}/examples/  (Ctrl-C to stop)`);
  console.log(`Shieldkit studio: http://localhost:${port}/studio/\n`);
  if (!args.includes('--no-watch')) {
    // Rebuild (the whole build: packages, then the CDN file) when a source changes; reload to see it.
    let timer;
    let building = false;
    const rebuild = () => {
      if (building) return void (timer = setTimeout(rebuild, 500));
      building = true;
      console.log('Source changed: rebuilding…');
      const build = spawn('npm', ['run', 'build', '--silent'], {
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      build.on('exit', (code) => {
        building = false;
        console.log(code === 0 ? 'Rebuilt: reload the page.' : `The build failed (exit ${code}).`);
      });
    };
    watch('packages', { recursive: true }, (_event, file) => {
      if (!file || !/[\\/]src[\\/]/.test(file)) return;
      clearTimeout(timer);
      timer = setTimeout(rebuild, 300);
    });
  }
}
