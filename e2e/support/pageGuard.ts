import type { Page, TestInfo } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** The WCAG 2.1 A and AA rules; the law for Dutch government sites. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  httpErrors: string[];
  thirdPartyRequests: string[];
}

/**
 * Starts recording everything the site promises never to do on a page:
 * console errors, failed requests, HTTP errors and requests to other hosts.
 * Call before navigating; read the result after.
 */
export function watchPage(page: Page, siteOrigin: string): PageProblems {
  const problems: PageProblems = {
    consoleErrors: [],
    failedRequests: [],
    httpErrors: [],
    thirdPartyRequests: [],
  };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(error.message));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== siteOrigin) problems.thirdPartyRequests.push(request.url());
  });
  page.on('requestfailed', (request) => {
    problems.failedRequests.push(
      `${request.url()} (${request.failure()?.errorText ?? 'onbekend'})`,
    );
  });
  page.on('response', (response) => {
    if (response.status() >= 400)
      problems.httpErrors.push(`${response.status()} ${response.url()}`);
  });
  return problems;
}

/** Waits until React has hydrated the page and the network is quiet. */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => document.documentElement.dataset.theme !== undefined);
}

/**
 * Runs axe with the WCAG 2.1 AA tags (or only `rules`, where given) and
 * attaches the full report on failure.
 */
export async function axeViolations(
  page: Page,
  testInfo: TestInfo,
  { rules }: { rules?: string[] } = {},
) {
  const builder = new AxeBuilder({ page });
  const results = await (rules ? builder.withRules(rules) : builder.withTags(wcagTags)).analyze();
  if (results.violations.length > 0) {
    await testInfo.attach('axe-violations.json', {
      body: JSON.stringify(results.violations, null, 2),
      contentType: 'application/json',
    });
  }
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
        .slice(0, 5)
        .map((node) => node.target.join(' '))
        .join(' | ')}`,
  );
}
