#!/usr/bin/env node
// npx @shieldkit/studio [campaign.json] [--port N]
// Serves the studio (this package's dist/) on http://127.0.0.1:<a free port>/ — loopback only,
// never on the network — and prints the address. With a file, the studio opens with it.
// Static serving (static-files.js, shared with the repo's `npm start`): nothing outside dist/, no listing.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { requestUrl, sendFile } from './static-files.js';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

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
  const index = join(root, 'index.html');
  return createServer((request, response) => {
    const url = requestUrl(request, response);
    if (!url) return;
    sendFile(response, url, {
      dir: root,
      headers: () => ({
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        // The preview frame is sandboxed without allow-same-origin: its module scripts are
        // cross-origin requests from an opaque origin and need this header.
        'Access-Control-Allow-Origin': '*',
      }),
      body: (file) =>
        campaign && file === index
          ? pageWith(readFileSync(file, 'utf8'), campaign.text, campaign.name)
          : undefined,
    });
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
