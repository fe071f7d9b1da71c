#!/usr/bin/env node
// npx @shieldkit/studio [campaign.json] [--port N]
// Serves the studio (this package's dist/) on http://127.0.0.1:<a free port>/ — loopback only,
// never on the network — and prints the address. With a file, the studio opens with it.
// The same static serving as the repo's scripts/serve.mjs: nothing outside dist/, no listing.
import { createServer } from 'node:http';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** The file a URL path names inside `dir`, or undefined (malformed, or outside `dir`). */
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

/** `index.html` with the campaign file's text in its `initial-campaign` script (text, never run). */
export function pageWith(index, text, name) {
  const safe = text.replace(/</g, '\\u003c');
  const attribute = name.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return index.replace(
    '<script type="application/json" id="initial-campaign"></script>',
    () =>
      `<script type="application/json" id="initial-campaign" data-name="${attribute}">${safe}</script>`,
  );
}

/** The studio's server: dist/ (with `campaign` in the page when given). */
export function createStudioServer({ dir = dist, campaign } = {}) {
  const root = resolve(dir);
  return createServer((request, response) => {
    let url;
    try {
      url = new URL(request.url ?? '/', 'http://127.0.0.1');
    } catch {
      response.writeHead(400, { 'Content-Type': 'text/plain' }).end('Bad request');
      return;
    }
    let file = fileFor(root, url.pathname);
    if (!file) {
      response.writeHead(400, { 'Content-Type': 'text/plain' }).end('Bad request');
      return;
    }
    try {
      if (statSync(file).isDirectory()) {
        if (!url.pathname.endsWith('/')) {
          response.writeHead(301, { Location: `${url.pathname}/` }).end();
          return;
        }
        file = join(file, 'index.html');
      }
      statSync(file);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    const headers = {
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      // The preview frame is sandboxed without allow-same-origin: its module scripts are
      // cross-origin requests from an opaque origin and need this header.
      'Access-Control-Allow-Origin': '*',
    };
    if (campaign && file === join(root, 'index.html')) {
      const page = pageWith(readFileSync(file, 'utf8'), campaign.text, campaign.name);
      response.writeHead(200, headers).end(page);
      return;
    }
    response.writeHead(200, headers);
    createReadStream(file)
      .on('error', () => response.destroy())
      .pipe(response);
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const portAt = args.indexOf('--port');
  const port = portAt === -1 ? 0 : Number(args[portAt + 1]);
  const path = args.find((arg, i) => !arg.startsWith('--') && (portAt === -1 || i !== portAt + 1));
  let campaign;
  if (path) {
    try {
      campaign = { text: readFileSync(path, 'utf8'), name: basename(path) };
    } catch (error) {
      console.error(`Cannot read ${path}: ${error.message}`);
      process.exit(2);
    }
  }
  const server = createStudioServer({ campaign });
  server.listen(port, '127.0.0.1', () => {
    const { port: listening } = server.address();
    console.log(`Shieldkit studio: http://127.0.0.1:${listening}/  (Ctrl-C to stop)`);
    console.log('Nothing you type leaves this computer unless you download it.');
  });
}
