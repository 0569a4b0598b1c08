// A small static file server for the benchmarks: serves a built site on a free
// loopback port, as the site's nginx configuration does, and the Chromium
// options they launch with.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.xml': 'application/xml',
};
const compressible = /\.(html|js|css|json|svg|xml)$/;
// Pagefind writes these as gzip already; nginx labels them so the browser inflates them.
const pagefindGzip = /\.(pf_index|pf_meta|pf_fragment|pf_filter|pagefind)$/;

/**
 * Serves `root` on 127.0.0.1 with a free port. `/x` is `x`, `x.html` or
 * `x/index.html` (trailingSlash: false). With `compress`, text is gzipped and
 * Pagefind's files are labelled gzip, as deploy/nginx/site.conf does.
 * @param {string} root
 * @param {{ compress?: boolean }} [options]
 * @returns {Promise<import('node:http').Server>}
 */
export function serveStatic(root, { compress = false } = {}) {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    const file = [
      path.join(root, pathname),
      path.join(root, `${pathname}.html`),
      path.join(root, pathname, 'index.html'),
    ].find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    let body = readFileSync(file);
    const headers = { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' };
    if (compress && compressible.test(file)) {
      body = gzipSync(body);
      headers['Content-Encoding'] = 'gzip';
    } else if (compress && pagefindGzip.test(file)) {
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = body.length;
    response.writeHead(200, headers).end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Debian's Chromium, headless, as the browser tests use it. */
export const chromiumOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu'],
};
