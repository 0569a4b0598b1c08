/**
 * Algolia records built from the site's own content, so no crawler is needed:
 * one record per doc page (knowledge pages, peer plans, tools) and per
 * newsletter issue. The pushed index is what the Algolia search UI shows.
 */
import { sectionLabel } from '../../src/plugins/local-search/sectionLabel';

/** A Markdown/MDX file of the site, as read from disk. */
export interface ContentFile {
  /** Path relative to the repository, e.g. `docs/aanpak/introductie.mdx`. */
  path: string;
  source: string;
}

export type RecordType = 'Pagina' | 'Nieuwsbrief' | 'Plan' | 'Hulpmiddel';

export interface SearchRecord {
  objectID: string;
  url: string;
  title: string;
  description: string;
  type: RecordType;
  keywords: string[];
  content: string;
  /** DocSearch's UI groups hits by these levels. */
  hierarchy: { lvl0: string; lvl1: string };
}

/** Algolia's record size limit is 10 KB on the free plan; stay well under it. */
export const maxContentLength = 8000;

interface FrontMatter {
  title?: string;
  description?: string;
  slug?: string;
  keywords?: string[];
  draft?: boolean;
}

function unquote(value: string): string {
  const trimmed = value.trim();
  if (/^(["']).*\1$/.test(trimmed)) return trimmed.slice(1, -1);
  return trimmed;
}

/** Reads the simple front matter the site uses (`key: value`, `key: [a, b]`). */
export function parseFrontMatter(source: string): { data: FrontMatter; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return { data: {}, body: source };
  const data: FrontMatter = {};
  for (const line of match[1]!.split(/\r?\n/)) {
    const pair = /^([A-Za-z_]+):\s*(.*)$/.exec(line);
    if (!pair) continue;
    const [, key, raw = ''] = pair;
    if (key === 'keywords') {
      data.keywords = raw
        .replace(/^\[|\]$/g, '')
        .split(',')
        .map(unquote)
        .filter((word) => word !== '');
    } else if (key === 'draft') {
      data.draft = raw.trim() === 'true';
    } else if (key === 'title' || key === 'description' || key === 'slug') {
      data[key] = unquote(raw);
    }
  }
  return { data, body: source.slice(match[0].length) };
}

/** MDX to plain text: drops imports, JSX, comments and Markdown syntax. */
export function plainText(body: string): string {
  return body
    .replace(/^(import|export)\s[^\n]*$/gm, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^\s*\|?\s*:?-{3,}.*$/gm, '')
    .replace(/[|*_`>]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function firstHeading(body: string): string | undefined {
  return /^#\s+(.+)$/m.exec(body)?.[1]?.trim();
}

/** The route Docusaurus gives a file (docs at `/`, blog at `/nieuwsbrief`). */
export function routeOf(path: string, slug: string | undefined): string {
  if (path.startsWith('blog/')) {
    const name = path.replace(/^blog\//, '').replace(/\.mdx?$/, '');
    const dated = /^(\d{4})-(\d{2})-(\d{2})-(.+)$/.exec(name);
    if (slug) return `/nieuwsbrief/${slug.replace(/^\//, '')}`;
    return dated
      ? `/nieuwsbrief/${dated[1]}/${dated[2]}/${dated[3]}/${dated[4]}`
      : `/nieuwsbrief/${name}`;
  }
  if (slug?.startsWith('/')) return slug;
  const withoutExt = path.replace(/^docs\//, '').replace(/\.mdx?$/, '');
  const dir = withoutExt.includes('/') ? withoutExt.slice(0, withoutExt.lastIndexOf('/')) : '';
  if (slug) return `/${dir ? `${dir}/` : ''}${slug}`;
  return `/${withoutExt.replace(/(^|\/)index$/, '')}`.replace(/\/$/, '') || '/';
}

function typeOf(route: string): RecordType {
  if (route.startsWith('/nieuwsbrief')) return 'Nieuwsbrief';
  if (route.startsWith('/gemeenten/')) return 'Plan';
  if (route.startsWith('/toolkit/')) return 'Hulpmiddel';
  return 'Pagina';
}

/**
 * Builds one record per content file, with an absolute URL under `siteUrl`.
 * Drafts and files in folders starting with `_` are skipped.
 */
export function buildRecords(files: ContentFile[], siteUrl: string): SearchRecord[] {
  const base = siteUrl.replace(/\/$/, '');
  return files
    .filter((file) => /\.mdx?$/.test(file.path) && !/(^|\/)_/.test(file.path))
    .flatMap((file) => {
      const { data, body } = parseFrontMatter(file.source);
      if (data.draft) return [];
      const route = routeOf(file.path, data.slug);
      const title = data.title ?? firstHeading(body) ?? route;
      return [
        {
          objectID: route,
          url: `${base}${route}`,
          title,
          description: data.description ?? '',
          type: typeOf(route),
          keywords: data.keywords ?? [],
          content: plainText(body).slice(0, maxContentLength),
          hierarchy: { lvl0: sectionLabel(route), lvl1: title },
        },
      ];
    })
    .sort((a, b) => a.objectID.localeCompare(b.objectID));
}
