// The one static file server in the project: `npm start` serves the demo page with it and the e2e tests serve
// the built widget and their fixtures with it, so what a test sees is what the demo serves.
// Node builtins only, because it runs on a fresh clone before anything else is built.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';

const CONTENT_TYPES = new Map([
  ['.html', 'text/html; charset=utf-8'],
  ['.js', 'text/javascript; charset=utf-8'],
  ['.mjs', 'text/javascript; charset=utf-8'],
  ['.css', 'text/css; charset=utf-8'],
  ['.json', 'application/json; charset=utf-8'],
  ['.png', 'image/png'],
  ['.svg', 'image/svg+xml'],
]);

/**
 * @typedef {object} StaticServer
 * @property {string} url The server's origin without a trailing slash, e.g. `http://127.0.0.1:41234`.
 * @property {string[]} requests The path of every request received so far, in order (`/demo.html`), query left off.
 * @property {() => Promise<void>} close Stops listening and drops open keep-alive connections.
 */

/**
 * Serves the files under `rootDir` (GET and HEAD only; `/` and folders serve their `index.html`).
 * Files with a type not listed in CONTENT_TYPES get a 404, like files that do not exist, so a test cannot pass
 * because the server guessed a type a real host would not.
 *
 * @param {string} rootDir
 * @param {object} [options]
 * @param {number} [options.port] 0 (the default) picks a free port.
 * @param {string} [options.host] Defaults to 127.0.0.1, so nothing is exposed beyond this machine.
 * @param {(path: string) => Record<string, string> | undefined} [options.headers] Extra response headers for a
 *   request path, e.g. a Content-Security-Policy for the demo page.
 * @param {string} [options.headStart] Markup put first in every HTML page's <head>: for a browser driver that
 *   cannot run a script before the page's own (WebDriver without BiDi), e.g. one that records page errors.
 * @returns {Promise<StaticServer>}
 */
export async function startStaticServer(rootDir, { port = 0, host = '127.0.0.1', headers, headStart } = {}) {
  const root = path.resolve(rootDir);
  /** @type {string[]} */
  const requests = [];

  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    requests.push(pathname);
    const send = (/** @type {number} */ status, /** @type {Record<string, string>} */ extra = {}) => {
      response.writeHead(status, { 'Cache-Control': 'no-store', ...headers?.(pathname), ...extra });
    };

    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(405, { Allow: 'GET, HEAD' });
      response.end();
      return;
    }
    const found = await resolveFile(root, pathname);
    if (found === 'folder') {
      // Like any static host: relative links in a folder's index.html need the trailing slash.
      send(301, { Location: `${pathname}/` });
      response.end();
      return;
    }
    const type = found && CONTENT_TYPES.get(path.extname(found).toLowerCase());
    if (!found || !type) {
      send(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Not found\n');
      return;
    }
    send(200, { 'Content-Type': type });
    if (request.method === 'HEAD') response.end();
    else if (headStart !== undefined && type.startsWith('text/html'))
      readFile(found, 'utf8').then(
        (html) => response.end(html.replace(/<head>|^/i, (head) => `${head}${headStart}`)),
        () => response.destroy(),
      );
    else
      createReadStream(found)
        .on('error', () => response.destroy())
        .pipe(response);
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const origin = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    url: `http://${origin}:${address.port}`,
    requests,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Browsers keep connections alive; without this, close() waits for them to time out.
        server.closeAllConnections();
      }),
  };
}

/**
 * The file a request path names; 'folder' for a folder named without its trailing slash; undefined when
 * nothing is there or the path leads outside root.
 * @param {string} root An absolute path.
 * @param {string} pathname A URL pathname, still percent-encoded.
 * @returns {Promise<string | 'folder' | undefined>}
 */
async function resolveFile(root, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  // URL parsing already removed `..` segments, but an encoded slash (`..%2F`) only becomes one after decoding.
  let file = path.resolve(root, `.${decoded}`);
  if (decoded.includes('\0') || (file !== root && !file.startsWith(root + path.sep))) return undefined;
  try {
    if ((await stat(file)).isDirectory()) {
      if (!pathname.endsWith('/')) return 'folder';
      file = path.join(file, 'index.html');
    }
    return (await stat(file)).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}
