import { createHash } from 'node:crypto';

/** What a page's HTML runs or applies inline, which a strict CSP must allow by hash. */
export interface InlineSources {
  /** Bodies of inline executable `<script>` elements (no `src`, a JavaScript type). */
  scripts: string[];
  /** Bodies of inline `<style>` elements. */
  styleElements: string[];
  /** Values of `style="…"` attributes, entity-decoded as the browser sees them. */
  styleAttributes: string[];
}

const scriptPattern = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const stylePattern = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;
const styleAttributePattern = /<[a-zA-Z][^>]*?\sstyle=(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;
const executableTypes = new Set(['', 'text/javascript', 'application/javascript', 'module']);

function decodeEntities(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&amp;/g, '&');
}

/**
 * Finds the inline scripts and styles of one HTML document. Data blocks such as
 * `<script type="application/ld+json">` are skipped: a CSP does not apply to them.
 */
export function collectInlineSources(html: string): InlineSources {
  const scripts: string[] = [];
  for (const match of html.matchAll(scriptPattern)) {
    const attributes = match[1] ?? '';
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1]?.toLowerCase() ?? '';
    if (!executableTypes.has(type)) continue;
    scripts.push(match[2] ?? '');
  }
  const styleElements = [...html.matchAll(stylePattern)].map((match) => match[1] ?? '');
  // Markup inside scripts (such as Docusaurus's base-URL warning) is not markup.
  const markup = html.replace(scriptPattern, '').replace(/<!--[\s\S]*?-->/g, '');
  const styleAttributes = [...markup.matchAll(styleAttributePattern)].map((match) =>
    decodeEntities(match[1] ?? match[2] ?? match[3] ?? ''),
  );
  return { scripts, styleElements, styleAttributes };
}

/** The CSP source expression for a piece of inline code: `'sha256-…'`. */
export function cspHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}
