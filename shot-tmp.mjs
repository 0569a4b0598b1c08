import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new','--no-sandbox'] });
const [w, scheme, ...ids] = process.argv.slice(2);
const page = await browser.newPage({ viewport: { width: Number(w), height: 1000 }, colorScheme: scheme });
await page.goto('http://127.0.0.1:3304/toolkit/begroting');
await page.locator('[data-ready="true"]').waitFor({ timeout: 30000 });
for (const id of ids) {
  await page.locator(`#${id}`).scrollIntoViewIfNeeded();
  await page.evaluate((id) => document.getElementById(id).scrollIntoView(), id);
  await page.screenshot({ path: `/tmp/i6-${w}-${scheme}-${id}.png` });
}
await browser.close();
