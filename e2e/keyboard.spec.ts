import { expect, test, type Page } from '@playwright/test';
import { waitForHydration } from './support/pageGuard';

/**
 * Keyboard-only use: the skip link comes first and works, every focused
 * element shows a visible focus indicator, and the order follows the page.
 */
interface Stop {
  tag: string;
  name: string;
  top: number;
  inMain: boolean;
  visibleFocus: boolean;
}

async function tabStops(page: Page, count: number): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < count; i += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      const shadow = style.boxShadow !== 'none';
      return {
        tag: element.tagName.toLowerCase(),
        name: (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40),
        top: element.getBoundingClientRect().top + window.scrollY,
        inMain: !!element.closest('main, [role="main"], #__docusaurus_skipToContent_fallback'),
        visibleFocus: outline || shadow,
      };
    });
    if (stop === null) break;
    stops.push(stop);
  }
  return stops;
}

async function expectSkipLinkWorks(page: Page) {
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Ga naar hoofdinhoud' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const afterSkip = await page.evaluate(
    () => !!document.activeElement?.closest('#__docusaurus_skipToContent_fallback'),
  );
  expect(afterSkip, 'na de skiplink gaat de focus naar de hoofdinhoud').toBe(true);
}

for (const pagePath of ['/', '/toolkit/begroting']) {
  test.describe(`keyboard on ${pagePath}`, () => {
    test('the skip link comes first and jumps to the content', async ({ page }) => {
      await page.goto(pagePath);
      await waitForHydration(page);
      await expectSkipLinkWorks(page);
    });

    test('every tab stop shows a visible focus, in page order', async ({ page }) => {
      await page.goto(pagePath);
      await waitForHydration(page);
      const stops = await tabStops(page, 40);
      expect(stops.length).toBeGreaterThan(5);
      const withoutFocus = stops.filter((stop) => !stop.visibleFocus);
      expect(withoutFocus, 'elementen zonder zichtbare focus').toEqual([]);
      // The search box is reachable from the keyboard.
      expect(stops.some((stop) => stop.tag === 'input' && stop.name === '')).toBe(true);
      // Order: the navigation first, then the main content, which runs top to bottom.
      const firstMain = stops.findIndex((stop) => stop.inMain);
      expect(firstMain).toBeGreaterThan(0);
      const mainStops = stops.slice(firstMain).filter((stop) => stop.inMain);
      const tops = mainStops.map((stop) => Math.round(stop.top));
      const backwards = tops.filter((top, index) => index > 0 && top < tops[index - 1]! - 400);
      expect(backwards, `focusvolgorde springt terug: ${tops.join(', ')}`).toEqual([]);
    });
  });
}

test('the navigation menu opens and closes with the keyboard on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await waitForHydration(page);
  const toggle = page.getByRole('button', { name: /navigatiebalk|menu/i });
  await toggle.focus();
  await page.keyboard.press('Enter');
  const sidebar = page.locator('.navbar-sidebar');
  await expect(sidebar).toBeVisible();
  await expect(sidebar.getByRole('link', { name: 'Aanpak' }).first()).toBeVisible();
  await sidebar.getByRole('button', { name: /sluit|close/i }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.navbar-sidebar--show')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Navigatiebalk schakelen' })).toBeFocused();
});

test('the open phone menu takes focus and keeps Tab inside it', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await waitForHydration(page);
  await page.getByRole('button', { name: 'Navigatiebalk schakelen' }).focus();
  await page.keyboard.press('Enter');
  const focusInMenu = () =>
    page.evaluate(() => document.activeElement?.closest('.navbar-sidebar') !== null);
  await expect.poll(focusInMenu).toBe(true);
  const stops = await page.locator('.navbar-sidebar a[href], .navbar-sidebar button').count();
  // Around the menu and back, both ways: focus never leaves it.
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let press = 0; press < stops + 2; press += 1) {
      await page.keyboard.press(key);
      expect(await focusInMenu(), `${key} ${press + 1}×`).toBe(true);
    }
  }
});

test('Escape closes the phone menu and returns focus to its button', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await waitForHydration(page);
  const toggle = page.getByRole('button', { name: 'Navigatiebalk schakelen' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.navbar-sidebar--show')).toHaveCount(1);
  await page.locator('.navbar-sidebar').getByRole('link', { name: 'Aanpak' }).first().focus();
  await page.keyboard.press('Escape');
  await expect(page.locator('.navbar-sidebar--show')).toHaveCount(0);
  await expect(toggle).toBeFocused();
});
