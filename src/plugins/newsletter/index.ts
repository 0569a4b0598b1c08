/**
 * Build-time plugin: writes an email edition of every newsletter issue
 * (`build/nieuwsbrief/email/<slug>.html` and `.txt`), so the editor can paste
 * an issue into the municipality's mailing tool. The issue pages link to these
 * files (src/theme/BlogPostItem/Footer).
 *
 * The content comes from the built issue page (the same HTML the feeds use), so
 * the email shows exactly what the site shows.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { BlogContent } from '@docusaurus/plugin-content-blog';
import { load } from 'cheerio';
import { renderEmailHtml, renderEmailText, type EmailIssue } from './email';
import { EMAIL_EDITION_DIR, emailEditionPaths } from './paths';

/** The element that holds an issue's content on its page (Docusaurus's blogPostContainerID). */
const CONTENT_SELECTOR = '#__blog-post-container';

interface IssueMetadata {
  title: string;
  description: string;
  permalink: string;
  date: Date;
  authors: string[];
  tags: string[];
  draft: boolean;
}

/** The built HTML file of a route: `x.html` with trailingSlash false, else `x/index.html`. */
async function readRouteHtml(outDir: string, routePath: string): Promise<string> {
  const candidates = [
    path.join(outDir, `${routePath}.html`),
    path.join(outDir, routePath, 'index.html'),
  ];
  for (const candidate of candidates) {
    try {
      return await readFile(candidate, 'utf8');
    } catch {
      // try the next layout
    }
  }
  throw new Error(`Newsletter plugin: no built page for ${routePath}`);
}

export default function newsletterPlugin(context: LoadContext): Plugin {
  let issues: IssueMetadata[] = [];
  const { siteConfig } = context;
  const siteRoot = new URL(siteConfig.baseUrl, siteConfig.url).href;
  const absolute = (routePath: string) => new URL(routePath.replace(/^\//, ''), siteRoot).href;

  return {
    name: 'newsletter-email-editions',

    allContentLoaded({ allContent }) {
      const blog = allContent['docusaurus-plugin-content-blog']?.default as BlogContent | undefined;
      if (!blog) throw new Error('Newsletter plugin: the blog plugin is not loaded');
      issues = blog.blogPosts.map(({ metadata }) => ({
        title: metadata.title,
        description: metadata.description,
        permalink: metadata.permalink,
        date: new Date(metadata.date),
        authors: metadata.authors.map((author) => author.name ?? '').filter(Boolean),
        tags: metadata.tags.map((tag) => tag.label),
        draft: Boolean(metadata.frontMatter.draft || metadata.unlisted),
      }));
    },

    async postBuild({ outDir }) {
      await mkdir(path.join(outDir, EMAIL_EDITION_DIR), { recursive: true });
      for (const issue of issues.filter((candidate) => !candidate.draft)) {
        const routePath = issue.permalink.slice(siteConfig.baseUrl.length - 1);
        const $ = load(await readRouteHtml(outDir, routePath));
        const contentHtml = $(CONTENT_SELECTOR).html();
        if (!contentHtml) {
          throw new Error(`Newsletter plugin: no content found on ${issue.permalink}`);
        }
        const emailIssue: EmailIssue = {
          title: issue.title,
          description: issue.description,
          url: absolute(routePath),
          newsletterUrl: absolute('/nieuwsbrief'),
          sourcesUrl: absolute('/over/bronnen'),
          date: issue.date,
          authors: issue.authors,
          tags: issue.tags,
          contentHtml,
        };
        const files = emailEditionPaths(routePath);
        await writeFile(path.join(outDir, files.html), await renderEmailHtml(emailIssue));
        await writeFile(path.join(outDir, files.text), renderEmailText(emailIssue));
      }
    },
  };
}
