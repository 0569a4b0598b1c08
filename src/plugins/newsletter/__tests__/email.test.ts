import { describe, expect, it } from 'vitest';
import { parse } from 'parse5';
import {
  formatIssueDate,
  prepareContentHtml,
  renderEmailHtml,
  renderEmailText,
  type EmailIssue,
} from '../email';
import { emailEditionPaths } from '../paths';

const issue: EmailIssue = {
  title: 'Nummer 9: een testnummer',
  description: 'Korte samenvatting van het testnummer.',
  url: 'https://example.nl/nieuwsbrief/testnummer',
  newsletterUrl: 'https://example.nl/nieuwsbrief',
  sourcesUrl: 'https://example.nl/over/bronnen',
  date: new Date('2026-11-02T00:00:00Z'),
  authors: ['Projectteam BOT in 075'],
  tags: ['Zaanstad'],
  contentHtml: `<p>Lees <a href="/aanpak/pijler-1-pga">pijler 1</a>.</p>
<h2 class="anchor" id="kop">Kop<a href="#kop" class="hash-link" aria-label="Direct link">\u200b</a></h2>
<script>alert(1)</script>
<img src="../img/logo.svg" srcset="../img/logo.svg 1x" alt="Logo">
<table><thead><tr><th>Wat</th><th>Aantal</th></tr></thead><tbody><tr><td>Bezoekers</td><td>2.556</td></tr></tbody></table>`,
};

describe('prepareContentHtml', () => {
  const html = prepareContentHtml(issue.contentHtml, issue.url);

  it('makes links and images absolute', () => {
    expect(html).toContain('href="https://example.nl/aanpak/pijler-1-pga"');
    expect(html).toContain('src="https://example.nl/img/logo.svg"');
    expect(html).not.toContain('srcset');
  });

  it('drops scripts, heading anchors, classes and ids', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('hash-link');
    expect(html).not.toMatch(/\s(class|id)=/);
    expect(html).toContain('<h2>Kop</h2>');
  });
});

describe('renderEmailHtml', () => {
  it('renders a standalone Dutch email of about 600 px with inline styles', async () => {
    const html = await renderEmailHtml(issue);
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toMatch(/<html[^>]*lang="nl"/);
    expect(html).toContain('max-width:600px');
    expect(html).toMatch(/<h2 style="[^"]*font-size: ?20px/);
    expect(html).toContain(`href="${issue.url}"`);
    expect(html).toContain('2 november 2026');
    expect(html).not.toMatch(/<script/i);
    expect(Buffer.byteLength(html)).toBeLessThan(100 * 1024);
  });

  it('is HTML without parse errors', async () => {
    const errors: string[] = [];
    parse(await renderEmailHtml(issue), { onParseError: (error) => errors.push(error.code) });
    expect(errors).toEqual([]);
  });
});

describe('renderEmailText', () => {
  it('has the title, the content with absolute links and a link back to the issue', () => {
    const text = renderEmailText(issue);
    expect(text).toContain('Nummer 9: een testnummer');
    expect(text).toContain('pijler 1 <https://example.nl/aanpak/pijler-1-pga>');
    expect(text).toContain(`Lees dit nummer op de website: ${issue.url}`);
    expect(text).not.toMatch(/<\/?(p|a|h[1-6]|table|tr|td|th|img|script)\b/i);
  });
});

describe('formatIssueDate', () => {
  it('writes the date in Dutch', () => {
    expect(formatIssueDate(new Date('2026-11-30T00:00:00Z'))).toBe('30 november 2026');
  });
});

describe('emailEditionPaths', () => {
  it('derives the file names from the permalink', () => {
    expect(emailEditionPaths('/nieuwsbrief/resultaten-2021')).toEqual({
      slug: 'resultaten-2021',
      html: '/nieuwsbrief/email/resultaten-2021.html',
      text: '/nieuwsbrief/email/resultaten-2021.txt',
    });
  });

  it('refuses a permalink without a usable slug', () => {
    expect(() => emailEditionPaths('/')).toThrow(/email edition/);
  });
});
