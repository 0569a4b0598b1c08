import { expect, test, type Page, type Request } from '@playwright/test';
import { waitForHydration } from './support/pageGuard';

/**
 * The two checklists of the toolkit, used with the keyboard alone: the PGA
 * checklist keeps nothing (not even across a reload), the plan check keeps its
 * answers in localStorage under one key until "Wis". Answering never sends
 * anything over the network.
 */

const planKey = 'bot075.checklist.plan-check';

interface Focused {
  tag: string;
  type: string | null;
  name: string | null;
  value: string | null;
  text: string;
}

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      type: el?.getAttribute('type') ?? null,
      name: el?.getAttribute('name') ?? null,
      value: el?.getAttribute('value') ?? null,
      text: (el?.textContent ?? '').trim(),
    };
  });
}

/** Presses Tab until the focused element matches; fails after `limit` presses. */
async function tabUntil(page: Page, matches: (el: Focused) => boolean, limit = 150) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const el = await focused(page);
    if (matches(el)) return el;
  }
  throw new Error('Tab reached no matching element');
}

const isRadioOf = (name: string) => (el: Focused) => el.type === 'radio' && el.name === name;
const isButton = (text: string) => (el: Focused) => el.tag === 'button' && el.text === text;

/** The radio group names on the page, in document order. */
async function groupNames(page: Page): Promise<string[]> {
  return page
    .locator('input[type="radio"][value="yes"]')
    .evaluateAll((inputs) => inputs.map((input) => input.getAttribute('name') ?? ''));
}

/**
 * Answers every question with the keyboard: Tab into each radio group, then
 * Space for the first option ("yes") or ArrowRight for the second ("no").
 */
async function answerAllWithKeyboard(page: Page, answerFor: (index: number) => 'yes' | 'no') {
  const names = await groupNames(page);
  for (const [index, name] of names.entries()) {
    const el = await tabUntil(page, isRadioOf(name));
    expect(el.value, `${name}: Tab komt op de eerste optie`).toBe('yes');
    await page.keyboard.press(answerFor(index) === 'yes' ? 'Space' : 'ArrowRight');
  }
  return names;
}

/** Records requests made from now on. */
function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  return requests;
}

/**
 * Route prefetching may fetch static files of the site while the page scrolls;
 * that is allowed. Anything else (another method, a body, a query, a non-static
 * path, another host) would be sending data.
 */
function dataSent(requests: Request[], origin: string): string[] {
  return requests
    .filter((request) => {
      const url = new URL(request.url());
      if (url.protocol === 'data:' || url.protocol === 'blob:') return false;
      const staticFile = /\.(js|css|json|svg|png|woff2?)$/.test(url.pathname);
      // Tabbing past the search box loads the site's own search index; Pagefind
      // adds a time stamp (`?ts=…`) to its entry file as a cache buster.
      const searchIndexFile =
        url.pathname.startsWith('/pagefind/') && /^(\?ts=\d+)?$/.test(url.search);
      return (
        request.method() !== 'GET' ||
        request.postData() !== null ||
        url.origin !== origin ||
        (!searchIndexFile && (url.search !== '' || !staticFile))
      );
    })
    .map((request) => `${request.method()} ${request.url()}`);
}

async function storageSnapshot(page: Page) {
  return page.evaluate(() => ({
    local: Object.keys(window.localStorage).sort(),
    session: Object.keys(window.sessionStorage).sort(),
    localValues: Object.values(window.localStorage).join(' '),
    sessionValues: Object.values(window.sessionStorage).join(' '),
  }));
}

test.describe('PGA-criteria', () => {
  // Tabbing through every question is slow on a busy 2-core machine.
  test.describe.configure({ timeout: 180_000 });

  test('keyboard only, nothing sent, nothing stored, gone after reload', async ({
    page,
    baseURL,
  }) => {
    const origin = new URL(baseURL!).origin;
    await page.goto('/toolkit/pga-criteria');
    await waitForHydration(page);
    const before = await storageSnapshot(page);
    const requests = recordRequests(page);

    const names = await answerAllWithKeyboard(page, (index) => (index % 2 === 0 ? 'yes' : 'no'));
    expect(names).toHaveLength(10);
    expect(names).toContain('pga-criteria-strafrechtelijke-achtergrond');

    const status = page.locator('article').getByRole('status');
    await expect(status).toHaveText('10 van 10 vragen beantwoord.');
    const summary = page.locator('section', {
      has: page.getByRole('heading', { name: 'Samenvatting' }),
    });
    // Index 2 (criminal record) was answered yes: the plan's 075 aanpak comes first.
    await expect(summary).toContainText('Bespreek dus eerst de 075 aanpak.');
    await expect(summary).toContainText('Van toepassing (1)');
    await expect(summary.locator('dl').first()).toBeVisible();
    for (const list of await summary.locator('dl').all()) {
      await expect(list).not.toContainText(
        /\bscore\b|risicoscore|risiconiveau|hoog risico|laag risico/i,
      );
    }

    expect(dataSent(requests, origin), 'verzoeken die gegevens versturen').toEqual([]);
    const after = await storageSnapshot(page);
    expect(after.local, 'localStorage-sleutels').toEqual(before.local);
    expect(after.session, 'sessionStorage-sleutels').toEqual(before.session);
    expect(after.localValues + after.sessionValues).not.toMatch(/strafrechtelijke|overgang|yes/);

    // "Wis alles" with the keyboard clears every answer and says so.
    await tabUntil(page, isButton('Wis alles'));
    await page.keyboard.press('Enter');
    await expect(page.locator('input[type="radio"]:checked')).toHaveCount(0);
    await expect(status).toHaveText('0 van 10 vragen beantwoord. Alle antwoorden zijn gewist.');

    // Answer again, reload: nothing is kept.
    await page.getByRole('radio', { name: 'Ja' }).first().check();
    await expect(page.locator('input[type="radio"]:checked')).toHaveCount(1);
    await page.reload();
    await waitForHydration(page);
    await expect(page.locator('input[type="radio"]:checked')).toHaveCount(0);
    await expect(page.locator('article').getByRole('status')).toHaveText(
      '0 van 10 vragen beantwoord.',
    );
  });

  test('states it decides nothing, asks no personal data, has no text fields', async ({ page }) => {
    await page.goto('/toolkit/pga-criteria');
    await waitForHydration(page);
    await expect(page.locator('article')).toContainText('beslist niets');
    await expect(page.locator('article')).toContainText('nader uit te werken');
    await expect(page.getByRole('heading', { name: 'Privacy' })).toBeVisible();
    await expect(
      page.locator('article').locator('form input:not([type="radio"]), form textarea, form select'),
    ).toHaveCount(0);
  });
});

test.describe('Plan-van-aanpak-check', () => {
  test.describe.configure({ timeout: 180_000 });

  test('keyboard only: answers kept after reload, copy as Markdown, cleared by "Wis"', async ({
    page,
    context,
    baseURL,
  }) => {
    const origin = new URL(baseURL!).origin;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await page.goto('/toolkit/plan-check');
    await waitForHydration(page);
    const requests = recordRequests(page);

    // Everything yes except the last question of each section.
    const names = await answerAllWithKeyboard(page, (index) =>
      [6, 13, 15].includes(index) ? 'no' : 'yes',
    );
    expect(names).toHaveLength(16);
    await expect(page.locator('article').getByRole('status')).toHaveText(
      '16 van 16 vragen beantwoord.',
    );
    expect(dataSent(requests, origin), 'verzoeken die gegevens versturen').toEqual([]);

    const stored = await page.evaluate((key) => window.localStorage.getItem(key), planKey);
    expect(JSON.parse(stored ?? 'null')).toMatchObject({
      version: 1,
      answers: {
        tips: 'no',
        kernboodschap: 'no',
        'cofinanciering-periode': 'no',
        betrokkenen: 'yes',
      },
    });

    // Copy as Markdown, with the keyboard.
    await tabUntil(page, isButton('Kopieer als Markdown'));
    await page.keyboard.press('Enter');
    await expect(page.locator('article').getByRole('status')).toContainText('op het klembord');
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toContain('# Plan-van-aanpak-check');
    expect(markdown).toContain('16 van 16 vragen beantwoord.');
    expect(markdown).toMatch(/## De zeven vragen\n\n### Behandeld \(6\)\n/);
    expect(markdown).toContain(
      '### Ontbreekt (1)\n\n- Tips voor de praktijk. (voorbeeld: [Arnhem](',
    );
    expect(markdown).toContain('## Cofinanciering');
    expect(markdown).toContain('De cofinanciering is nog niet volledig beschreven.');

    // Kept after a reload.
    await page.reload();
    await waitForHydration(page);
    await expect(page.locator('input[type="radio"]:checked')).toHaveCount(16);
    await expect(page.locator('input[name="plan-check-tips"][value="no"]')).toBeChecked();
    await expect(page.locator('article').getByRole('status')).toHaveText(
      '16 van 16 vragen beantwoord.',
    );

    // "Wis" removes the stored answers; a reload shows none.
    await tabUntil(page, isButton('Wis'));
    await page.keyboard.press('Enter');
    await expect(page.locator('input[type="radio"]:checked')).toHaveCount(0);
    expect(await page.evaluate((key) => window.localStorage.getItem(key), planKey)).toBeNull();
    await page.reload();
    await waitForHydration(page);
    await expect(page.locator('input[type="radio"]:checked')).toHaveCount(0);
  });

  test('every example link leads to a page of the site', async ({ page }) => {
    await page.goto('/toolkit/plan-check');
    const hrefs = await page
      .locator('form a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBe(16);
    for (const href of new Set(hrefs)) {
      const response = await page.request.get(href);
      expect(response.status(), href).toBe(200);
    }
  });
});

test.describe('both checklists', () => {
  for (const path of ['/toolkit/pga-criteria', '/toolkit/plan-check']) {
    test(`${path}: print hides the controls and keeps the questions`, async ({ page }) => {
      await page.goto(path);
      await waitForHydration(page);
      await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeVisible();
      await page.emulateMedia({ media: 'print' });
      for (const name of ['Afdrukken', 'Kopieer als Markdown', 'Toon de Markdown']) {
        await expect(page.getByRole('button', { name })).toBeHidden();
      }
      await expect(page.locator('fieldset').first()).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Samenvatting' })).toBeVisible();
      await expect(page.locator('.navbar')).toBeHidden();
    });
  }

  test('without JavaScript the questions are readable', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/toolkit/pga-criteria');
    for (const label of [
      'School drop-out (risicoleerling).',
      'Regelmatige verhuizingen.',
      'De jongere heeft een strafrechtelijke achtergrond.',
    ]) {
      await expect(page.getByRole('group', { name: label })).toBeVisible();
    }
    await expect(page.locator('article')).toContainText('Wat er volgens het plan daarna gebeurt');
    await page.goto('/toolkit/plan-check');
    await expect(page.locator('fieldset')).toHaveCount(16);
    await expect(page.locator('article')).toContainText('Tips voor de praktijk.');
    await context.close();
  });
});
