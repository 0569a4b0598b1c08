import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse } from 'parse5';
import { sitemapPaths } from './support/sitemap';

/**
 * The newsletter (issue #5): feeds, the email edition of every issue, the
 * download links and the subscribe block, checked on the production build.
 */

/** Every issue in blog/, by the `slug` in its front matter. */
const issueSlugs = readdirSync('blog')
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => {
    const match = /^slug:\s*(\S+)\s*$/m.exec(readFileSync(path.join('blog', file), 'utf8'));
    if (!match) throw new Error(`blog/${file} heeft geen slug in de front matter`);
    return match[1]!;
  })
  .sort();

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

async function getText(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  return { body: await response.text(), contentType: response.headers()['content-type'] ?? '' };
}

/** Every href and src in an HTML fragment. */
function urlsIn(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((match) => match[1]!);
}

/** The site's public URL, as the build wrote it into the feeds. */
async function siteUrl(request: APIRequestContext): Promise<string> {
  const feed = JSON.parse((await getText(request, '/nieuwsbrief/feed.json')).body) as {
    home_page_url: string;
  };
  return new URL(feed.home_page_url).origin;
}

function expectFullIssue(content: string, slug: string) {
  // "Bronnen" is the last section of every issue: far below the truncate marker.
  expect(content, `${slug}: volledige inhoud`).toContain('Bronnen');
  const urls = urlsIn(content);
  expect(urls.length, `${slug}: links`).toBeGreaterThan(0);
  for (const url of urls) expect(url, `${slug}: absolute link`).toMatch(/^(https?:|mailto:)/);
}

test.describe('nieuwsbrief', () => {
  test('there are at least six issues', () => {
    expect(issueSlugs.length).toBeGreaterThanOrEqual(6);
  });

  test('RSS feed: valid, every issue with full content and absolute links', async ({ request }) => {
    const { body } = await getText(request, '/nieuwsbrief/rss.xml');
    expect(XMLValidator.validate(body)).toBe(true);
    const items = xml.parse(body).rss.channel.item as {
      link: string;
      'content:encoded': string;
    }[];
    for (const slug of issueSlugs) {
      const item = items.find((candidate) => candidate.link.endsWith(`/nieuwsbrief/${slug}`));
      expect(item, `RSS mist ${slug}`).toBeDefined();
      expect(item!.link).toMatch(/^https?:\/\//);
      expectFullIssue(item!['content:encoded'], slug);
    }
  });

  test('Atom feed: valid, every issue with full content and absolute links', async ({
    request,
  }) => {
    const { body } = await getText(request, '/nieuwsbrief/atom.xml');
    expect(XMLValidator.validate(body)).toBe(true);
    const entries = xml.parse(body).feed.entry as {
      link: { '@href': string };
      content: string | { '#text': string };
    }[];
    for (const slug of issueSlugs) {
      const entry = entries.find((candidate) =>
        candidate.link['@href'].endsWith(`/nieuwsbrief/${slug}`),
      );
      expect(entry, `Atom mist ${slug}`).toBeDefined();
      const content = typeof entry!.content === 'string' ? entry!.content : entry!.content['#text'];
      expectFullIssue(content, slug);
    }
  });

  test('JSON Feed: every issue with full content and absolute links', async ({ request }) => {
    const feed = JSON.parse((await getText(request, '/nieuwsbrief/feed.json')).body) as {
      version: string;
      items: { url: string; content_html: string; date_modified: string }[];
    };
    expect(feed.version).toMatch(/^https:\/\/jsonfeed\.org\/version\//);
    expect(feed.items).toHaveLength(issueSlugs.length);
    for (const slug of issueSlugs) {
      const item = feed.items.find((candidate) => candidate.url.endsWith(`/nieuwsbrief/${slug}`));
      expect(item, `JSON Feed mist ${slug}`).toBeDefined();
      expectFullIssue(item!.content_html, slug);
    }
  });

  test('RSS and Atom point to a reachable XSLT stylesheet with its CSS', async ({ request }) => {
    for (const feed of ['rss', 'atom']) {
      const { body } = await getText(request, `/nieuwsbrief/${feed}.xml`);
      expect(body).toContain(`<?xml-stylesheet type="text/xsl" href="${feed}.xsl"?>`);
      const xsl = (await getText(request, `/nieuwsbrief/${feed}.xsl`)).body;
      expect(XMLValidator.validate(xsl)).toBe(true);
      expect(xsl).toContain('<xsl:stylesheet');
      expect(xsl).toContain('lang="nl"');
      expect(xsl).not.toMatch(/<script|style="/);
      const css = await getText(request, `/nieuwsbrief/${feed}.css`);
      expect(css.contentType).toContain('text/css');
    }
  });

  test('every page links the three feeds in its head (autodiscovery)', async ({ request }) => {
    for (const pagePath of sitemapPaths()) {
      const { body } = await getText(request, pagePath);
      for (const [type, file] of [
        ['application/rss+xml', 'rss.xml'],
        ['application/atom+xml', 'atom.xml'],
        ['application/json', 'feed.json'],
      ] as const) {
        expect(body, `${pagePath}: ${file}`).toMatch(
          new RegExp(
            `<link rel="?alternate"? type="?${type.replace('+', '\\+')}"? href="?/nieuwsbrief/${file.replace('.', '\\.')}`,
          ),
        );
      }
    }
  });

  test('every issue has an email edition: well-formed, no scripts, absolute links, < 100 KB', async ({
    request,
  }) => {
    const origin = await siteUrl(request);
    for (const slug of issueSlugs) {
      const file = `/nieuwsbrief/email/${slug}.html`;
      const { body } = await getText(request, file);
      expect(Buffer.byteLength(body), `${file}: grootte`).toBeLessThan(100 * 1024);
      expect(body).toMatch(/^<!doctype html>/i);
      expect(body).toMatch(/<html[^>]*lang="nl"/);
      expect(body).not.toMatch(/<script/i);
      const parseErrors: string[] = [];
      parse(body, { onParseError: (error) => parseErrors.push(error.code) });
      expect(parseErrors, `${file}: HTML-fouten`).toEqual([]);
      const urls = urlsIn(body);
      for (const url of urls) expect(url, `${file}: absolute URL`).toMatch(/^(https?:|mailto:)/);
      expect(urls, `${file}: link terug naar het nummer`).toContain(
        `${origin}/nieuwsbrief/${slug}`,
      );

      const text = (await getText(request, `/nieuwsbrief/email/${slug}.txt`)).body;
      expect(text).toContain(`${origin}/nieuwsbrief/${slug}`);
      expect(text).toContain('Bronnen');
      expect(text).not.toMatch(/<\/?(p|a|h[1-6]|table|script)\b/i);
    }
  });

  test('an issue page offers the email edition as downloads', async ({ page, request }) => {
    const slug = issueSlugs[0]!;
    await page.goto(`/nieuwsbrief/${slug}`);
    const htmlLink = page.getByRole('link', { name: 'Download als e-mail (HTML)' });
    const textLink = page.getByRole('link', { name: 'Download als platte tekst' });
    await expect(htmlLink).toHaveAttribute('href', `/nieuwsbrief/email/${slug}.html`);
    await expect(textLink).toHaveAttribute('href', `/nieuwsbrief/email/${slug}.txt`);

    const [download] = await Promise.all([page.waitForEvent('download'), htmlLink.click()]);
    expect(download.suggestedFilename()).toBe(`${slug}.html`);
    expect(readFileSync((await download.path())!, 'utf8')).toBe(
      (await getText(request, `/nieuwsbrief/email/${slug}.html`)).body,
    );
  });

  test('the subscribe block is on the newsletter pages', async ({ page }) => {
    const formAction = process.env.NEWSLETTER_FORM_ACTION;
    for (const pagePath of ['/nieuwsbrief', `/nieuwsbrief/${issueSlugs[0]}`]) {
      await page.goto(pagePath);
      const block = page.getByRole('region', { name: 'Nieuwsbrief ontvangen' });
      await expect(block).toBeVisible();
      await expect(block.getByRole('link', { name: 'RSS-feed' })).toHaveAttribute(
        'href',
        '/nieuwsbrief/rss.xml',
      );
      if (formAction) {
        // Built with NEWSLETTER_FORM_ACTION: a plain form that posts there.
        const form = block.locator('form');
        await expect(form).toHaveAttribute('action', formAction);
        await expect(block.getByLabel('Uw e-mailadres')).toHaveAttribute(
          'name',
          process.env.NEWSLETTER_EMAIL_FIELD ?? 'email',
        );
      } else {
        await expect(block.locator('form')).toHaveCount(0);
        await expect(block.getByRole('link', { name: 'antwoord@zaanstad.nl' })).toHaveAttribute(
          'href',
          /^mailto:antwoord@zaanstad\.nl/,
        );
      }
    }
  });
});
