import { expect, test } from '@playwright/test';
import { waitForHydration } from './support/pageGuard';

/**
 * WCAG 1.4.10 Reflow: at 320 CSS pixels wide (400% zoom of a 1280 px screen)
 * the text must not need horizontal scrolling. Wide tables may scroll inside
 * their own box, which the criterion allows.
 */
for (const pagePath of [
  '/',
  '/aanpak/introductie',
  '/aanpak/begroting',
  '/gemeenten',
  '/gemeenten/vergelijk',
  '/toolkit/begroting',
  '/toolkit/plan-check',
  '/nieuwsbrief',
  '/over/privacy',
]) {
  test(`${pagePath} reflows at 320 px`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(pagePath);
    await waitForHydration(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, 'horizontaal scrollen op 320 px').toBeLessThanOrEqual(0);
  });
}
