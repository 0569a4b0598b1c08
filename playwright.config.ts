import { defineConfig, devices } from '@playwright/test';

/** Port of the local production server; set E2E_PORT to run two suites side by side. */
const port = Number(process.env.E2E_PORT ?? 3210);
/** Where the production build lives (`docusaurus build --out-dir`). */
const buildDir = process.env.BUILD_DIR ?? 'build';
/** Set E2E_BASE_URL to test a server you started yourself (the nginx test does). */
const baseURL = process.env.E2E_BASE_URL ?? `http://127.0.0.1:${port}`;

/**
 * Debian's Chromium: test tools cannot download browsers here. These flags keep
 * it quiet on a machine without a network (see shared/ENVIRONMENT.md).
 */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  // Its own folder: Playwright empties outputDir on start, which would delete
  // vitest's report (test-results/vitest.json) before the summary reads it.
  outputDir: 'test-results/playwright',
  use: {
    baseURL,
    locale: 'nl-NL',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions },
    },
  ],
  webServer: process.env.E2E_BASE_URL
    ? undefined
    : {
        command: `npx docusaurus serve --dir ${buildDir} --port ${port} --host 127.0.0.1 --no-open`,
        url: `${baseURL}/`,
        reuseExistingServer: !process.env.CI,
        timeout: 60_000,
      },
});
