// `npm start`: serves the repo's examples on http://localhost:8000 (loopback only) and the studio at
// /studio/, and rebuilds everything when a package's source changes. Stop with Ctrl-C.
//   node scripts/serve.mjs [--port 8000] [--no-watch]
import { createServer } from 'node:http';
import { createReadStream, statSync, watch } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { spawn } from 'node:child_process';

const args = process.argv.slice(2);
const port = Number(args[args.indexOf('--port') + 1]) || 8000;
const root = resolve('.');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.txt': 'text/plain; charset=utf-8',
};

/** Extra response headers for some folders (the strict-CSP example is served with its policy). */
export const headersFor = (path) =>
  path.startsWith('/examples/strict-csp/')
    ? {
        'Content-Security-Policy':
          "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; " +
          "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'",
      }
    : {};

/**
 * The file `path` (a URL path, still %-encoded) names inside `dir`, or `undefined` when it is
 * malformed (a bad %-escape, a NUL byte) or would leave `dir` (`..`, `%2f..`, a sibling folder
 * whose name starts like `dir`'s).
 */
export function fileFor(dir, path) {
  let decoded;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const file = resolve(dir, `.${decoded}`);
  return file === dir || file.startsWith(dir + sep) ? file : undefined;
}

/** A static file server for `dir` (no directory listing, nothing outside `dir`). */
export function createStaticServer(dir = root) {
  dir = resolve(dir);
  return createServer((request, response) => {
    let url;
    try {
      url = new URL(request.url ?? '/', 'http://localhost');
    } catch {
      response.writeHead(400, { 'Content-Type': 'text/plain' }).end('Bad request');
      return;
    }
    let path = url.pathname;
    if (path === '/') {
      response.writeHead(302, { Location: '/examples/' });
      response.end();
      return;
    }
    // `/studio/` is the built studio (packages/studio/dist/), as `npx @shieldkit/studio` serves it.
    const studio = path === '/studio' || path.startsWith('/studio/');
    let file = studio
      ? fileFor(resolve(dir, 'packages/studio/dist'), path.slice('/studio'.length) || '/')
      : fileFor(dir, path);
    if (!file) {
      response.writeHead(400, { 'Content-Type': 'text/plain' }).end('Bad request');
      return;
    }
    path = decodeURIComponent(path);
    try {
      if (statSync(file).isDirectory()) {
        if (!path.endsWith('/')) {
          response.writeHead(301, { Location: `${url.pathname}/` });
          response.end();
          return;
        }
        file = join(file, 'index.html');
        path += 'index.html';
      }
      statSync(file);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, {
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
      ...headersFor(path),
      // The studio's preview frame has an opaque origin (sandbox without allow-same-origin).
      ...(studio ? { 'Access-Control-Allow-Origin': '*' } : {}),
    });
    createReadStream(file)
      .on('error', () => response.destroy())
      .pipe(response);
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
