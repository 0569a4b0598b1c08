/** A piece of a search excerpt; `marked` pieces match the query. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/**
 * Splits Pagefind's excerpt (escaped text with `<mark>` around the hits) into
 * plain parts, so the view renders text and `<mark>` elements instead of HTML.
 */
export function parseExcerpt(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece !== '') parts.push({ text: decode(piece), marked });
  }
  return parts;
}
