import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

/**
 * The site served by real nginx with deploy/nginx/: every security header,
 * caching, compression, the 404 page and security.txt. Runs against the nginx
 * that `npm test` starts (E2E_BASE_URL); otherwise starts its own on NGINX_PORT.
 */
const ownPort = Number(process.env.NGINX_PORT ?? 3220);
let nginx: ChildProcess | null = null;
let base = process.env.E2E_BASE_URL ?? '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  if (base !== '') {
    const server = (await fetch(`${base}/`)).headers.get('server') ?? '';
    if (server.startsWith('nginx')) return;
  }
  base = `http://127.0.0.1:${ownPort}`;
  nginx = spawn('bash', ['scripts/nginx-serve.sh'], {
    env: { ...process.env, NGINX_PORT: String(ownPort) },
    stdio: 'ignore',
  });
  for (let attempt = 0; attempt < 50; attempt += 1) {
    try {
      if ((await fetch(`${base}/`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('nginx start niet (zie scripts/nginx-serve.sh)');
});

test.afterAll(() => {
  nginx?.kill('SIGTERM');
});

const committedCsp = /Content-Security-Policy "([^"]+)"/.exec(
  readFileSync('deploy/nginx/security-headers.conf', 'utf8'),
)?.[1];

test('HTML pages carry every security header and revalidate', async () => {
  const response = await fetch(`${base}/aanpak/introductie`);
  expect(response.status).toBe(200);
  const headers = response.headers;
  const csp = headers.get('content-security-policy') ?? '';
  expect(csp).toBe(committedCsp);
  for (const directive of [
    "default-src 'self'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ]) {
    expect(csp).toContain(directive);
  }
  expect(csp).toMatch(/form-action 'self'/);
  const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? '';
  expect(scriptSrc).toMatch(/'sha256-[A-Za-z0-9+/=]+'/);
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain("'unsafe-eval'");
  expect(/style-src ([^;]+)/.exec(csp)?.[1]).not.toContain("'unsafe-inline'");

  expect(headers.get('strict-transport-security')).toMatch(/max-age=(\d+)/);
  const maxAge = Number(/max-age=(\d+)/.exec(headers.get('strict-transport-security')!)![1]);
  expect(maxAge).toBeGreaterThanOrEqual(31_536_000);
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('referrer-policy')).toBe('no-referrer');
  expect(headers.get('permissions-policy')).toContain('camera=()');
  expect(headers.get('cache-control')).toBe('no-cache');
  expect(headers.get('server')).toBe('nginx');
});

test('email editions get their own policy: no scripts, inline styles only there', async () => {
  const feed = (await (await fetch(`${base}/nieuwsbrief/feed.json`)).json()) as {
    items: { url: string }[];
  };
  const slug = new URL(feed.items[0]!.url).pathname.split('/').pop();
  const response = await fetch(`${base}/nieuwsbrief/email/${slug}.html`);
  expect(response.status).toBe(200);
  const csp = response.headers.get('content-security-policy') ?? '';
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("style-src 'unsafe-inline'");
  expect(csp).not.toContain('script-src');
  expect(csp).toContain("frame-ancestors 'none'");
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
  // The site's own policy stays free of the editions' style hashes.
  expect(committedCsp).not.toContain("'unsafe-inline'");
});

test('hashed assets are cached for a year, immutable, and compressed', async ({ request }) => {
  const html = await (await fetch(`${base}/`)).text();
  const script = /src=["']?(\/assets\/js\/main\.[0-9a-f]+\.js)/.exec(html)?.[1];
  expect(script).toBeDefined();
  const response = await request.get(`${base}${script}`, {
    headers: { 'Accept-Encoding': 'gzip' },
  });
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(response.headers()['content-encoding']).toBe('gzip');
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
  expect(response.headers()['content-security-policy']).toBe(committedCsp);
});

test("Pagefind's own gzip files are labelled gzip, so the browser inflates them", async () => {
  const buildDir = process.env.BUILD_DIR ?? 'build';
  const entry = JSON.parse(readFileSync(`${buildDir}/pagefind/pagefind-entry.json`, 'utf8')) as {
    languages: Record<string, { hash: string; wasm: string }>;
  };
  const { hash, wasm } = entry.languages.nl!;
  const firstFile = (folder: string) => readdirSync(`${buildDir}/pagefind/${folder}`)[0]!;
  const files = [
    { path: `/pagefind/pagefind.${hash}.pf_meta`, cache: 'public, max-age=31536000, immutable' },
    { path: `/pagefind/index/${firstFile('index')}`, cache: 'public, max-age=31536000, immutable' },
    {
      path: `/pagefind/fragment/${firstFile('fragment')}`,
      cache: 'public, max-age=31536000, immutable',
    },
    { path: `/pagefind/wasm.${wasm}.pagefind`, cache: 'no-cache' },
  ];
  for (const file of files) {
    const response = await fetch(`${base}${file.path}`);
    expect(response.status, file.path).toBe(200);
    expect(response.headers.get('content-encoding'), file.path).toBe('gzip');
    expect(response.headers.get('cache-control'), file.path).toBe(file.cache);
    expect(response.headers.get('content-security-policy'), file.path).toBe(committedCsp);
    // fetch inflates the body as a browser does; Pagefind then finds its signature and skips
    // its own gunzip. Compressed twice, the signature would be missing.
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.subarray(0, 12).toString('latin1'), file.path).toBe('pagefind_dcd');
  }
  const missing = await fetch(`${base}/pagefind/index/bestaat-niet.pf_index`);
  expect(missing.status).toBe(404);
  expect(await missing.text()).toContain('Pagina niet gevonden');
});

test('compresses HTML for clients that accept gzip', async () => {
  const { request } = await import('node:http');
  const body = await new Promise<{ encoding: string | undefined; text: string }>(
    (resolve, reject) => {
      request(`${base}/`, { headers: { 'Accept-Encoding': 'gzip' } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            encoding: response.headers['content-encoding'],
            text: gunzipSync(Buffer.concat(chunks)).toString('utf8'),
          }),
        );
      })
        .on('error', reject)
        .end();
    },
  );
  expect(body.encoding).toBe('gzip');
  expect(body.text).toContain('<html');
});

test('unknown pages get the site 404 page with status 404 and the headers', async () => {
  const response = await fetch(`${base}/bestaat-niet`);
  expect(response.status).toBe(404);
  expect(response.headers.get('content-security-policy')).toBe(committedCsp);
  expect(await response.text()).toContain('Pagina niet gevonden');
});

test('security.txt is served with contact and expiry', async () => {
  const response = await fetch(`${base}/.well-known/security.txt`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain');
  const text = await response.text();
  expect(text).toMatch(/^Contact: \S+$/m);
  const expires = /^Expires: (\S+)$/m.exec(text)?.[1];
  expect(new Date(expires!).getTime()).toBeGreaterThan(Date.now());
});

test('pages run under the CSP without violations, search included', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') violations.push(message.text());
  });
  await page.goto(`${base}/`);
  expect((await page.request.get(`${base}/`)).headers()['content-security-policy']).toBe(
    committedCsp,
  );
  const box = page.getByRole('searchbox', { name: 'Zoeken in de kennisbank' });
  await box.fill('jeugdcriminaliteit');
  await expect(
    page.getByRole('list', { name: 'Zoekresultaten' }).getByRole('link').first(),
  ).toBeVisible({ timeout: 15_000 });
  expect(violations).toEqual([]);
});
