// Search benchmark: how much does the first query download, and how fast does
// it answer, on a site of 2,000 pages? Generates synthetic Dutch pages, indexes
// them with Pagefind (Dutch stemming, like the site), serves them with gzip,
// and measures in Chromium.
//
//   npm run bench:search            2,000 pages
//   PAGES=500 npm run bench:search  another size
//
// Targets (issue #8): first query ≤ 300 KB gzipped, ≤ 100 ms after load.
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import * as pagefind from 'pagefind';

const pageCount = Number(process.env.PAGES ?? 2000);
const root = path.resolve(import.meta.dirname, 'out/search-site');
const queries = ['jeugdcriminaliteit', 'straatcoaches', 'cofinanciering', 'school', 'gezin'];

// A deterministic generator, so every run indexes the same site.
let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = (list) => list[Math.floor(random() * list.length)];
// Topic words (frequent) plus a long tail of generated words, roughly Zipf-like,
// so that a term appears on some pages and not on all of them.
const topicWords = `aanpak jongeren gemeente school gezin ouders wijk preventie criminaliteit
  jeugdcriminaliteit ondermijning straatcoaches jongerenwerk politie zorg veiligheid
  begroting cofinanciering subsidie pijler interventie monitoring doelgroep leerlingen
  docenten training netwerk signalen risico drugs geld weerbaarheid digitale leefwereld
  sociale media campagne partners samenwerking plan resultaten evaluatie ervaring
  buurt toekomst kansen werk opleiding begeleiding coaching gesprekken huisbezoeken`
  .split(/\s+/)
  .filter(Boolean);
const syllables = 'ver be ont wer king heid lijk ste ren den baar ge zin school wijk plan'.split(
  ' ',
);
const tail = Array.from({ length: 5000 }, () =>
  Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(syllables)).join(''),
);
const vocabulary = [...topicWords, ...tail];
const word = () => vocabulary[Math.floor(vocabulary.length * random() ** 2.5)];

function sentence() {
  const length = 8 + Math.floor(random() * 10);
  const text = Array.from({ length }, word).join(' ');
  return text[0].toUpperCase() + text.slice(1) + '.';
}

function generate() {
  rmSync(root, { recursive: true, force: true });
  for (let i = 0; i < pageCount; i += 1) {
    const dir = path.join(root, 'pagina', String(i));
    mkdirSync(dir, { recursive: true });
    const paragraphs = Array.from(
      { length: 6 },
      () => `<p>${Array.from({ length: 5 }, sentence).join(' ')}</p>`,
    ).join('\n');
    writeFileSync(
      path.join(dir, 'index.html'),
      `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Pagina ${i}</title></head>` +
        `<body><nav>Menu</nav><main data-pagefind-body><h1>Pagina ${i}: ${pick(topicWords)}</h1>${paragraphs}</main></body></html>`,
    );
  }
  writeFileSync(
    path.join(root, 'index.html'),
    '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Zoeken</title></head><body></body></html>',
  );
}

async function index() {
  const started = performance.now();
  const { index } = await pagefind.createIndex({ forceLanguage: 'nl' });
  const added = await index.addDirectory({ path: root });
  await index.writeFiles({ outputPath: path.join(root, 'pagefind') });
  await pagefind.close();
  return { pages: added.page_count, seconds: (performance.now() - started) / 1000 };
}

const compressible = /\.(html|js|css|json)$/;
const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };

/** Serves the folder like nginx does: gzip for text, Pagefind's own gzip files as they are. */
function serve() {
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://x');
    let file = path.join(root, decodeURIComponent(url.pathname));
    try {
      if (statSync(file).isDirectory()) file = path.join(file, 'index.html');
      let body = readFileSync(file);
      const headers = { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' };
      if (compressible.test(file)) {
        body = gzipSync(body);
        headers['Content-Encoding'] = 'gzip';
      }
      headers['Content-Length'] = body.length;
      response.writeHead(200, headers).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

console.log(`Zoekbenchmark: ${pageCount} synthetische Nederlandse pagina's`);
generate();
const indexed = await index();
console.log(`Pagefind-index: ${indexed.pages} pagina's in ${indexed.seconds.toFixed(1)} s`);

const server = await serve();
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});
const results = [];
try {
  for (const query of queries) {
    const page = await browser.newPage();
    let bytes = 0;
    const files = [];
    page.on('response', async (response) => {
      if (!response.url().includes('/pagefind/')) return;
      const length = Number(response.headers()['content-length'] ?? 0);
      bytes += length;
      files.push(response.url().split('/pagefind/')[1]);
    });
    await page.goto(`${origin}/`);
    // "After load": the script and the wasm are loaded, as after the first focus on the site.
    const timing = await page.evaluate(async (term) => {
      const api = await import('/pagefind/pagefind.js');
      await api.options({ baseUrl: '/' });
      await api.init();
      const start = performance.now();
      const search = await api.search(term);
      const first = performance.now() - start;
      await Promise.all(search.results.slice(0, 8).map((result) => result.data()));
      const withExcerpts = performance.now() - start;
      const again = performance.now();
      await api.search(term);
      return {
        first,
        withExcerpts,
        repeat: performance.now() - again,
        hits: search.results.length,
      };
    }, query);
    await page.waitForLoadState('networkidle');
    results.push({ query, kb: bytes / 1024, files: files.length, ...timing });
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}

console.log(
  '\nzoekterm            | treffers | bestanden | KB (gzip) | eerste zoekvraag | + 8 fragmenten | herhaald',
);
for (const r of results) {
  console.log(
    `${r.query.padEnd(19)} | ${String(r.hits).padStart(8)} | ${String(r.files).padStart(9)} | ` +
      `${r.kb.toFixed(0).padStart(9)} | ${r.first.toFixed(0).padStart(13)} ms | ` +
      `${r.withExcerpts.toFixed(0).padStart(11)} ms | ${r.repeat.toFixed(0).padStart(5)} ms`,
  );
}
const worstKb = Math.max(...results.map((r) => r.kb));
const worstMs = Math.max(...results.map((r) => r.first));
console.log(
  `\nSlechtste geval: ${worstKb.toFixed(0)} KB (doel ≤ 300 KB), ${worstMs.toFixed(0)} ms (doel ≤ 100 ms).`,
);
