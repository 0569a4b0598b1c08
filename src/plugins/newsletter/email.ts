/**
 * Renders one newsletter issue as an email-ready HTML file (MJML: table layout,
 * 600 px wide, inline CSS) and as plain text (html-to-text). Used at build time
 * by the newsletter plugin; kept apart from the plugin so it can be unit-tested.
 */
import { load } from 'cheerio';
import { convert } from 'html-to-text';
import mjml2html from 'mjml';

/** What the email edition needs to know about an issue. */
export interface EmailIssue {
  title: string;
  description: string;
  /** Absolute URL of the issue on the site. */
  url: string;
  /** Absolute URL of the newsletter overview. */
  newsletterUrl: string;
  /** Absolute URL of the sources page. */
  sourcesUrl: string;
  /** Publication date of the issue. */
  date: Date;
  authors: readonly string[];
  tags: readonly string[];
  /** The issue's rendered content (HTML), links may still be relative. */
  contentHtml: string;
}

/** Title of the newsletter, as shown in the header of every email. */
export const NEWSLETTER_NAME = 'Nieuwsbrief BOT in 075';

const dateFormat = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2 november 2026": the publication date in Dutch. */
export function formatIssueDate(date: Date): string {
  return dateFormat.format(date);
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * Makes an issue's content HTML fit for email: every link and image absolute
 * (resolved against the issue's URL), no scripts, no heading anchor links, no
 * site classes or ids (email clients ignore the site's CSS anyway).
 */
export function prepareContentHtml(html: string, baseUrl: string): string {
  const $ = load(html, null, false);
  $('script, style, noscript, iframe, button, svg').remove();
  $('a.hash-link').remove();
  $('a[href]').each((_, el) => {
    const href = $(el).attr('href') ?? '';
    $(el).attr('href', new URL(href, baseUrl).href);
  });
  $('img[src]').each((_, el) => {
    const src = $(el).attr('src') ?? '';
    $(el).attr('src', new URL(src, baseUrl).href);
    $(el).removeAttr('srcset').removeAttr('loading').removeAttr('decoding');
  });
  $('[class]').removeAttr('class');
  $('[id]').removeAttr('id');
  return $.html().trim();
}

/* Site colours that pass WCAG AA on white (see src/css/custom.css). */
const colors = { text: '#1c1e21', link: '#0b5775', header: '#0b5775', muted: '#4b5563' };

/** The issue as a standalone HTML email (Dutch, table layout, inline CSS). */
export async function renderEmailHtml(issue: EmailIssue): Promise<string> {
  const content = prepareContentHtml(issue.contentHtml, issue.url);
  const meta = [formatIssueDate(issue.date), issue.authors.join(', ')].filter(Boolean).join(' · ');
  const mjml = `<mjml lang="nl">
  <mj-head>
    <mj-title>${escapeHtml(issue.title)}</mj-title>
    <mj-preview>${escapeHtml(issue.description)}</mj-preview>
    <mj-attributes>
      <mj-all font-family="Arial, Helvetica, sans-serif" />
      <mj-text font-size="16px" line-height="1.5" color="${colors.text}" />
    </mj-attributes>
    <mj-style inline="inline">
      .content h1 { font-size: 26px; line-height: 1.25; margin: 0 0 8px; }
      .content h2 { font-size: 20px; line-height: 1.3; margin: 24px 0 8px; }
      .content h3 { font-size: 17px; margin: 20px 0 6px; }
      .content p, .content ul, .content ol { margin: 0 0 12px; }
      .content a { color: ${colors.link}; text-decoration: underline; }
      .content blockquote { margin: 16px 0; padding: 4px 0 4px 16px; border-left: 4px solid ${colors.header}; font-style: italic; }
      .content table { border-collapse: collapse; width: 100%; margin: 0 0 12px; }
      .content th, .content td { border: 1px solid #c4c9cf; padding: 6px 8px; text-align: left; vertical-align: top; }
      .content th { background-color: #eef2f5; }
      .meta { color: ${colors.muted}; font-size: 14px; margin: 0 0 16px; }
    </mj-style>
  </mj-head>
  <mj-body width="600px" background-color="#f2f4f6">
    <mj-section background-color="${colors.header}" padding="16px 24px">
      <mj-column>
        <mj-text color="#ffffff" font-size="20px" font-weight="bold" padding="0">${escapeHtml(NEWSLETTER_NAME)}</mj-text>
        <mj-text color="#ffffff" font-size="14px" padding="4px 0 0">Back on Track in 075 · gemeente Zaanstad</mj-text>
      </mj-column>
    </mj-section>
    <mj-section background-color="#ffffff" padding="24px">
      <mj-column>
        <mj-text css-class="content" padding="0">
          <h1>${escapeHtml(issue.title)}</h1>
          <p class="meta">${escapeHtml(meta)}</p>
          ${content}
        </mj-text>
        <mj-button href="${escapeHtml(issue.url)}" background-color="${colors.header}" color="#ffffff" font-size="16px" align="left" padding="16px 0 0">Lees dit nummer op de website</mj-button>
      </mj-column>
    </mj-section>
    <mj-section padding="16px 24px">
      <mj-column>
        <mj-text css-class="content" font-size="13px" color="${colors.muted}" padding="0">
          <p>Dit is de e-mailversie van een nummer van de ${escapeHtml(NEWSLETTER_NAME)}. Alle nummers staan op <a href="${escapeHtml(issue.newsletterUrl)}">${escapeHtml(issue.newsletterUrl)}</a>. Alle feiten komen uit openbare bronnen; zie <a href="${escapeHtml(issue.sourcesUrl)}">Bronnen</a>.</p>
        </mj-text>
      </mj-column>
    </mj-section>
  </mj-body>
</mjml>`;
  const result = await mjml2html(mjml, { validationLevel: 'strict', keepComments: false });
  if (result.errors.length > 0) {
    throw new Error(
      `MJML errors in the email edition of "${issue.title}": ${result.errors
        .map((error) => error.formattedMessage)
        .join('; ')}`,
    );
  }
  return result.html;
}

/** The issue as plain text, for mailing tools that want no HTML. */
export function renderEmailText(issue: EmailIssue): string {
  const content = prepareContentHtml(issue.contentHtml, issue.url);
  const body = convert(content, {
    wordwrap: 72,
    selectors: [
      { selector: 'h2', options: { uppercase: false, leadingLineBreaks: 2 } },
      { selector: 'h3', options: { uppercase: false } },
      { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
      { selector: 'a', options: { linkBrackets: ['<', '>'] } },
    ],
  });
  const meta = [formatIssueDate(issue.date), issue.authors.join(', ')].filter(Boolean).join(' · ');
  return [
    NEWSLETTER_NAME,
    '',
    issue.title,
    '='.repeat(Math.min(issue.title.length, 72)),
    meta,
    '',
    body,
    '',
    `Lees dit nummer op de website: ${issue.url}`,
    `Alle nummers: ${issue.newsletterUrl}`,
    `Bronnen: ${issue.sourcesUrl}`,
    '',
  ].join('\n');
}
