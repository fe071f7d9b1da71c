// Static file serving, one copy for the studio's bin (`npx @shieldkit/studio`) and the repo's
// `npm start` (scripts/serve.mjs imports it from here: this package is published, scripts/ is
// not). Nothing outside the folder served, no directory listing, 400 for a malformed path.
import { createReadStream, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';

/** `Content-Type` by file ending; anything else is `application/octet-stream`. */
export const CONTENT_TYPES = {
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

/**
 * The file `path` (a URL path, still %-encoded) names inside `dir`, or `undefined` when it is
 * malformed (a bad %-escape, a NUL byte, a backslash) or would leave `dir` (`..`, `%2f..`, a
 * sibling folder whose name starts like `dir`'s).
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

/** Answers 400 (a request whose address or path cannot be read). */
export function badRequest(response) {
  response.writeHead(400, { 'Content-Type': 'text/plain' }).end('Bad request');
}

/** The request's URL, or `undefined` after answering 400. */
export function requestUrl(request, response) {
  try {
    return new URL(request.url ?? '/', 'http://127.0.0.1');
  } catch {
    badRequest(response);
    return undefined;
  }
}

/**
 * Answers with the file `path` names inside `dir` (`path` defaults to the URL's own path): 400
 * when it is malformed or outside `dir`; a folder's address without its final slash is
 * redirected (301) to the address with it, and a folder is its `index.html`; 404 when there is no
 * such file; else 200 with its type, `Cache-Control: no-cache` and `headers(file)`, and the file's
 * bytes, or the text `body(file)` returns when that is not `undefined`.
 */
export function sendFile(
  response,
  url,
  { dir, path = url.pathname, headers = () => ({}), body = () => undefined },
) {
  let file = fileFor(resolve(dir), path);
  if (!file) return badRequest(response);
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
  response.writeHead(200, {
    'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': 'no-cache',
    ...headers(file),
  });
  const text = body(file);
  if (text !== undefined) return void response.end(text);
  createReadStream(file)
    .on('error', () => response.destroy())
    .pipe(response);
}
