import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new','--no-sandbox','--disable-gpu'] });
const [,, path, w, ...ys] = process.argv;
const page = await browser.newPage({ viewport: { width: Number(w), height: 1000 } });
await page.emulateMedia({ colorScheme: process.env.DARK ? 'dark' : 'light' });
await page.goto(`http://127.0.0.1:3305/${path}`);
await page.waitForLoadState('networkidle');
if (!process.env.NOANSWER) { await page.locator('input[type=radio]').nth(0).check(); await page.locator('input[type=radio]').nth(3).check(); }
for (const y of ys) {
  await page.screenshot({ path: `/tmp/s-${path.split('/')[1]}-${w}-${y}.png`, clip: { x: 0, y: Number(y), width: Number(w), height: 1000 }, fullPage: true });
}
await browser.close();
