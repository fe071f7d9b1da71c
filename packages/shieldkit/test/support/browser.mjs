// For the Node tests that need exact bytes over real HTTP (integrity hashes, packed tarballs): the
// test runner's own server rewrites every .js file it serves, so these tests serve a folder
// themselves and drive Debian's Chromium with puppeteer-core.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumFlags, findChromium } from '../../../../chromium.mjs';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** Serves `dir` as it is on disk on 127.0.0.1; resolves its origin and a function to stop it. */
export async function serve(dir) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = normalize(join(dir, path));
    try {
      if (!file.startsWith(dir) || !statSync(file).isFile()) throw new Error('not a file');
    } catch {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** Chromium, headless and offline. */
export const launch = () =>
  puppeteer.launch({ executablePath: findChromium(), headless: true, args: chromiumFlags });

/** Records console warnings/errors, uncaught errors and CSP violations into `window.logged`. */
export const RECORDER = `window.logged = [];
for (const level of ['warn', 'error']) {
  const original = console[level];
  console[level] = (...args) => {
    window.logged.push(level + ': ' + args.join(' '));
    original.apply(console, args);
  };
}
window.addEventListener('error', (event) => window.logged.push('uncaught: ' + event.message));
document.addEventListener('securitypolicyviolation', (event) =>
  window.logged.push('csp: ' + event.violatedDirective + ' ' + event.blockedURI),
);
`;
