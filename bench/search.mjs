// Search benchmark: how much does the first query download, and how fast does
// it answer, on a site of 2,000 pages? Builds synthetic Dutch sites, indexes
// them with Pagefind (Dutch stemming, like the site), serves them with gzip
// like nginx, and measures in Chromium.
//
//   npm run build && npm run bench:search   both corpora, 2,000 pages, 5 runs
//   PAGES=500 RUNS=3 CORPUS=stress npm run bench:search
//   WORKER=1 npm run bench:search           Pagefind in its web worker, for comparison
//
// Two corpora:
// - "site": the site grown to 2,000 pages. Each synthetic page is modelled on
//   one page of the real build: its words are drawn from that page's own text,
//   with some from the whole site and a long tail of rare words, so that a
//   query term appears on about as many pages as it does on the site today.
//   Needs `npm run build` first.
// - "stress": one small shared vocabulary, so every query term is on 60–96 %
//   of the pages and ranks over 1,200–1,900 hits: a worst case.
//
// Targets (issue #8): the first query loads ≤ 300 KB gzipped and answers
// within 100 ms after load. Measured per query, each run in a fresh tab:
// - "Pagefind laden": script, wasm and metadata plus one warm-up search, as
//   the site does on the search box's first focus;
// - "indexdelen laden": the index chunks for the term (the site fetches them
//   while the visitor types);
// - "antwoord na laden": the ranked hits, once those chunks are in: the target;
// - "+ 8 fragmenten": also the titles and excerpts of the first 8 hits;
// - "eerste zoekvraag totaal": chunks + answer, for a query pasted in at once;
// - "getypt": in another fresh tab, the term typed letter by letter, each
//   letter preloading chunks as the search box does: what that downloads,
//   and the answer after the last letter.
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import * as pagefind from 'pagefind';
import { chromiumOptions, serveStatic } from './staticServer.mjs';

const pageCount = Number(process.env.PAGES ?? 2000);
const runs = Number(process.env.RUNS ?? 5);
const useWorker = process.env.WORKER === '1';
const corpora = (process.env.CORPUS ?? 'site,stress').split(',');
const repoRoot = path.resolve(import.meta.dirname, '..');
const queries = ['jeugdcriminaliteit', 'straatcoaches', 'cofinanciering', 'school', 'gezin'];

// A deterministic generator, so every run indexes the same site.
let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = (list) => list[Math.floor(random() * list.length)];
const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Rare generated words, as a larger site has many more distinct words. */
function rareWords(count) {
  // No syllable is a query term, so rare words never match a query by prefix.
  const syllables = 'ver be ont wer king heid lijk ste ren den baar ta lo mi nu'.split(' ');
  return Array.from({ length: count }, () =>
    Array.from({ length: 3 + Math.floor(random() * 3) }, () => pick(syllables)).join(''),
  );
}

function writePage(root, i, title, paragraphs) {
  const dir = path.join(root, 'pagina', String(i));
  mkdirSync(dir, { recursive: true });
  const body = paragraphs.map((words) => {
    const text = words.join(' ');
    return `<p>${escapeHtml(text[0].toUpperCase() + text.slice(1))}.</p>`;
  });
  writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>` +
      `<body><nav>Menu</nav><main data-pagefind-body><h1>${escapeHtml(title)}</h1>${body.join('\n')}</main></body></html>`,
  );
}

/** The indexed text of every page of the real build, as lists of words. */
function builtPages() {
  const buildDir = path.join(repoRoot, 'build');
  if (!existsSync(path.join(buildDir, 'pagefind'))) {
    throw new Error('Het corpus "site" leest de build: voer eerst `npm run build` uit.');
  }
  const htmlFiles = (dir) =>
    readdirSync(dir).flatMap((name) => {
      const file = path.join(dir, name);
      if (dir === buildDir && (name === 'assets' || name === 'pagefind')) return [];
      if (statSync(file).isDirectory()) return htmlFiles(file);
      return name.endsWith('.html') ? [file] : [];
    });
  return htmlFiles(buildDir)
    .map((file) => readFileSync(file, 'utf8'))
    .filter((html) => html.includes('data-pagefind-body'))
    .map((html) => {
      const title = html.match(/<title[^>]*>([^<|]*)/)?.[1].trim() ?? 'Pagina';
      const article =
        html.match(/<article[\s\S]*<\/article>/)?.[0] ??
        html.match(/<main[\s\S]*<\/main>/)?.[0] ??
        '';
      const text = article
        .replace(/<(script|style|svg)[\s\S]*?<\/\1>/g, ' ')
        .replace(/<[^>]+>/g, ' ')
        .replace(/&[#a-z0-9]+;/g, ' ');
      return { title, words: (text.match(/\p{L}[\p{L}'-]*/gu) ?? []).map((w) => w.toLowerCase()) };
    })
    .filter((page) => page.words.length >= 50);
}

/** The site grown to `pageCount` pages, each modelled on one real page. */
function generateSiteCorpus(root) {
  const pages = builtPages();
  const siteWords = pages.flatMap((page) => page.words);
  const tail = rareWords(30000);
  for (let i = 0; i < pageCount; i += 1) {
    const model = pages[i % pages.length];
    const length = 300 + Math.floor(random() * 500);
    const words = Array.from({ length }, () => {
      const r = random();
      if (r < 0.85) return pick(model.words);
      if (r < 0.95) return pick(siteWords);
      return pick(tail);
    });
    const paragraphs = [];
    for (let start = 0; start < words.length; start += 60)
      paragraphs.push(words.slice(start, start + 60));
    writePage(root, i, `${model.title} ${i}`, paragraphs);
  }
  return `${pages.length} echte pagina's als model`;
}

/** One small shared vocabulary: every query term is on most pages. */
function generateStressCorpus(root) {
  const topicWords = `aanpak jongeren gemeente school gezin ouders wijk preventie criminaliteit
    jeugdcriminaliteit ondermijning straatcoaches jongerenwerk politie zorg veiligheid
    begroting cofinanciering subsidie pijler interventie monitoring doelgroep leerlingen
    docenten training netwerk signalen risico drugs geld weerbaarheid digitale leefwereld
    sociale media campagne partners samenwerking plan resultaten evaluatie ervaring
    buurt toekomst kansen werk opleiding begeleiding coaching gesprekken huisbezoeken`
    .split(/\s+/)
    .filter(Boolean);
  const vocabulary = [...topicWords, ...rareWords(5000)];
  const word = () => vocabulary[Math.floor(vocabulary.length * random() ** 2.5)];
  for (let i = 0; i < pageCount; i += 1) {
    const paragraphs = Array.from({ length: 30 }, () =>
      Array.from({ length: 8 + Math.floor(random() * 10) }, word),
    );
    writePage(root, i, `Pagina ${i}: ${pick(topicWords)}`, paragraphs);
  }
  return 'gedeelde woordenschat van 5.060 woorden';
}

async function indexSite(root) {
  const started = performance.now();
  const { index } = await pagefind.createIndex({ forceLanguage: 'nl' });
  const added = await index.addDirectory({ path: root });
  await index.writeFiles({ outputPath: path.join(root, 'pagefind') });
  await pagefind.close();
  return { pages: added.page_count, seconds: (performance.now() - started) / 1000 };
}

/** One fresh page: load Pagefind as the site does on focus, then run the first query. */
async function measureOnce(browser, origin, query, typed) {
  const page = await browser.newPage();
  let bytes = 0;
  page.on('response', (response) => {
    if (response.url().includes('/pagefind/')) {
      bytes += Number(response.headers()['content-length'] ?? 0);
    }
  });
  await page.goto(`${origin}/`);
  const timing = await page.evaluate(
    async ({ term, worker, typed }) => {
      // The same steps as loadPagefind() in src/plugins/local-search/pagefindApi.ts,
      // which the search box runs on first focus.
      const started = performance.now();
      const pagefind = await import('/pagefind/pagefind.js');
      const api = pagefind.createInstance({
        baseUrl: '/',
        excerptLength: 24,
        noWorker: !worker,
      });
      await api.init();
      await api.preload('');
      await api.search(null);
      const load = performance.now() - started;
      if (typed) {
        // As the search box does (Pagefind's debouncedSearch): each keystroke
        // preloads the chunks for what is typed so far; 100 ms between keys.
        for (let length = 1; length < term.length; length += 1) {
          api.preload(term.slice(0, length));
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
      // The first query: load the index chunks for the term, then answer from them.
      const chunksStart = performance.now();
      await api.preload(term);
      const chunks = performance.now() - chunksStart;
      const answerStart = performance.now();
      const search = await api.search(term);
      const answer = performance.now() - answerStart;
      await Promise.all(search.results.slice(0, 8).map((result) => result.data()));
      const excerpts = performance.now() - answerStart;
      const repeatStart = performance.now();
      await api.search(term);
      return {
        load,
        chunks,
        answer,
        excerpts,
        total: chunks + answer,
        repeat: performance.now() - repeatStart,
        hits: search.results.length,
      };
    },
    { term: query, worker: useWorker, typed },
  );
  await page.waitForLoadState('networkidle');
  await page.close();
  return { ...timing, kb: bytes / 1024 };
}

/** How many pages each query finds, and how many pages the index holds. */
async function hitCounts(browser, origin) {
  const page = await browser.newPage();
  await page.goto(`${origin}/`);
  const counts = await page.evaluate(async (terms) => {
    const pagefind = await import('/pagefind/pagefind.js');
    const api = pagefind.createInstance({ baseUrl: '/', noWorker: true });
    const hits = {};
    for (const term of terms) hits[term] = (await api.search(term)).results.length;
    return { pages: (await api.search(null)).results.length, hits };
  }, queries);
  await page.close();
  return counts;
}

const shares = ({ pages, hits }) =>
  queries.map((term) => `${term} ${Math.round((100 * hits[term]) / pages)} %`).join(', ');

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (values) =>
  `${median(values).toFixed(0)} ms (${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)})`;
// Medians, because this shared 2-core machine is noisy; min–max shows the spread.

const generators = { site: generateSiteCorpus, stress: generateStressCorpus };
const browser = await chromium.launch(chromiumOptions);
const summary = [];
try {
  for (const corpus of corpora) {
    const generate = generators[corpus];
    if (!generate) throw new Error(`Onbekend corpus "${corpus}": kies site of stress.`);
    const root = path.join(import.meta.dirname, 'out', `search-${corpus}`);
    rmSync(root, { recursive: true, force: true });
    mkdirSync(root, { recursive: true });
    writeFileSync(
      path.join(root, 'index.html'),
      '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Zoeken</title></head><body></body></html>',
    );
    seed = 42; // each corpus the same, whichever runs first
    const about = generate(root);
    const indexed = await indexSite(root);
    console.log(
      `\nCorpus "${corpus}": ${indexed.pages} pagina's (${about}), geïndexeerd in ${indexed.seconds.toFixed(1)} s; ` +
        `mediaan van ${runs} metingen (min–max), elk in een nieuw tabblad`,
    );
    const server = await serveStatic(root, { compress: true });
    const origin = `http://127.0.0.1:${server.address().port}`;
    if (corpus === 'site') {
      const real = await serveStatic(path.join(repoRoot, 'build'), { compress: true });
      const counts = await hitCounts(browser, `http://127.0.0.1:${real.address().port}`);
      real.close();
      console.log(
        `Aandeel pagina's per zoekterm, echte site (${counts.pages} pagina's): ${shares(counts)}`,
      );
    }
    console.log(
      `Aandeel pagina's per zoekterm, dit corpus: ${shares(await hitCounts(browser, origin))}\n`,
    );
    console.log(
      '| zoekterm | treffers | KB (gzip) | Pagefind laden | indexdelen laden | antwoord na laden | + 8 fragmenten | eerste zoekvraag totaal | herhaald | getypt: KB (gzip) | getypt: antwoord |',
    );
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const query of queries) {
      const samples = [];
      for (let run = 0; run < runs; run += 1) {
        const pasted = await measureOnce(browser, origin, query, false);
        const typed = await measureOnce(browser, origin, query, true);
        samples.push({ ...pasted, typedKb: typed.kb, typedAnswer: typed.answer });
      }
      const column = (key) => ms(samples.map((sample) => sample[key]));
      const kb = Math.max(...samples.map((sample) => sample.kb));
      const typedKb = Math.max(...samples.map((sample) => sample.typedKb));
      const cells = [query, samples[0].hits, kb.toFixed(0)];
      for (const key of ['load', 'chunks', 'answer', 'excerpts', 'total', 'repeat']) {
        cells.push(column(key));
      }
      cells.push(typedKb.toFixed(0), column('typedAnswer'));
      console.log(`| ${cells.join(' | ')} |`);
      summary.push({
        corpus,
        query,
        kb: Math.max(kb, typedKb),
        answer: Math.max(
          ...['answer', 'typedAnswer'].map((key) => median(samples.map((sample) => sample[key]))),
        ),
      });
    }
    server.close();
  }
} finally {
  await browser.close();
}

for (const corpus of corpora) {
  const rows = summary.filter((row) => row.corpus === corpus);
  const worstKb = Math.max(...rows.map((r) => r.kb));
  const worstMs = Math.max(...rows.map((r) => r.answer));
  console.log(
    `Corpus "${corpus}", slechtste zoekterm: eerste zoekvraag laadt ${worstKb.toFixed(0)} KB ` +
      `(doel ≤ 300 KB) en antwoordt ${worstMs.toFixed(0)} ms na het laden (mediaan; doel ≤ 100 ms).`,
  );
}
