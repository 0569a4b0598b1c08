/**
 * Benchmarks (not timed tests): they measure and print, they never fail on a
 * figure. Run with `npm run bench` after `npm run build` (the page-size part
 * reads the build output; it is skipped when there is no build).
 *
 * 1. summarizeBudget (toolkit) on 10, 100, 1,000 and 10,000 lines × 3 years,
 *    median of many runs after a warm-up.
 * 2. The JavaScript a browser loads for Toolkit → Begroting compared with a
 *    plain content page, raw and gzipped, read from build/ HTML.
 *
 * Copy the printed tables into bench/results.md with the date and machine.
 */
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';
import { chromiumOptions, serveStatic } from './staticServer.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
register();
const toolkit = await import(join(root, 'toolkit/src/index.ts'));
const { summarizeBudget, parseEuroAmount, zaanstadBudget } = toolkit;

function makeBudget(lineCount) {
  const years = [2024, 2025, 2026];
  const pillars = ['pga', 'school', 'gezin', 'digitaal', 'leren'];
  const lines = [];
  for (let i = 0; i < lineCount; i++) {
    lines.push({
      pillar: pillars[i % pillars.length],
      action: `Actie ${i}`,
      amounts: {
        2024: 100_000 + i,
        2025: 250_050 + 7 * i,
        ...(i % 4 === 0 ? {} : { 2026: 99_999 }),
      },
    });
  }
  return {
    years,
    lines,
    participants: { pga: 30, school: 500, gezin: 30 },
    coFinancing: zaanstadBudget.coFinancing,
  };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function measure(fn, minRuns, minMs = 300) {
  for (let i = 0; i < 20; i++) fn(); // warm-up
  const times = [];
  const start = performance.now();
  while (times.length < minRuns || performance.now() - start < minMs) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return { median: median(times), runs: times.length };
}

console.log(`Node ${process.version}, ${new Date().toISOString()}\n`);
console.log('## summarizeBudget (3 years, co-financing and participants included)\n');
console.log('| lines | median per call | runs |');
console.log('| ---: | ---: | ---: |');
for (const count of [10, 100, 1_000, 10_000]) {
  const budget = makeBudget(count);
  let sink = 0;
  const { median: ms, runs } = measure(
    () => {
      sink += summarizeBudget(budget).totalCents;
    },
    count >= 10_000 ? 50 : 200,
  );
  if (sink === 0) throw new Error('unexpected zero total');
  console.log(`| ${count.toLocaleString('en-US')} | ${ms.toFixed(4)} ms | ${runs} |`);
}

const inputs = ['1.234,56', '€ 1.635.650', '12.50', '1e5', 'abc', '  1234,5 '];
const parse = measure(() => {
  for (const text of inputs) parseEuroAmount(text);
}, 1000);
console.log(
  `\nparseEuroAmount: ${((parse.median * 1000) / inputs.length).toFixed(2)} µs per call (median over ${parse.runs} runs of ${inputs.length} inputs)`,
);

const build = join(root, 'build');
if (!existsSync(build)) {
  console.log('\n(no build/ directory: run `npm run build` for the page-size figures)');
} else {
  await measurePages();
}

/**
 * Serves build/ on a local port, opens each page in Debian's Chromium and
 * adds up every JavaScript file the page loads until the network is quiet
 * (Docusaurus loads a page's chunks at run time, so the HTML alone does not
 * list them). Sizes are of the files on disk, raw and gzipped (level 9).
 */
async function measurePages() {
  const { chromium } = await import('@playwright/test');
  const server = await serveStatic(build);
  const port = server.address().port;
  const browser = await chromium.launch(chromiumOptions);
  console.log(
    '\n## JavaScript loaded per page (production build, until the network is quiet after hydration)\n',
  );
  console.log(
    '| page | JS files run | raw | gzipped | calculator code run | JS files prefetched |',
  );
  console.log('| --- | ---: | ---: | ---: | --- | ---: |');
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
  const measured = {};
  try {
    for (const route of ['/toolkit/begroting', '/toolkit', '/over/bronnen', '/']) {
      const page = await browser.newPage();
      const files = new Set();
      let prefetched = 0;
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (!url.pathname.endsWith('.js')) return;
        // Docusaurus prefetches (<link rel=prefetch>) the chunks of links in view;
        // those are fetched at low priority but not run. Count only executed scripts.
        if (request.resourceType() === 'script') files.add(url.pathname);
        else prefetched += 1;
      });
      await page.goto(`http://127.0.0.1:${port}${route}`, { waitUntil: 'networkidle' });
      // main.js asks for the page's chunks only once it has run: wait, then for quiet again.
      await page.waitForTimeout(6000);
      await page.waitForLoadState('networkidle');
      await page.close();
      let raw = 0;
      let gz = 0;
      for (const file of files) {
        const bytes = readFileSync(join(build, file));
        raw += bytes.length;
        gz += gzipSync(bytes, { level: 9 }).length;
      }
      measured[route] = gz;
      const runsCalculator = [...files].some((file) =>
        readFileSync(join(build, file), 'utf8').includes('Voorbeeld Zaanstad laden'),
      );
      console.log(
        `| ${route} | ${files.size} | ${kb(raw)} | ${kb(gz)} | ${runsCalculator ? 'yes' : 'no'} | ${prefetched} |`,
      );
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(
    `\nThe calculator page loads ${kb(measured['/toolkit/begroting'] - measured['/over/bronnen'])} more gzipped JavaScript than a plain content page (/over/bronnen).`,
  );
}
