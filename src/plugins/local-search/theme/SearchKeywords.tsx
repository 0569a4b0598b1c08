import type { ReactNode } from 'react';

/**
 * Front-matter `keywords` made searchable: Pagefind indexes the attribute's
 * value as page text, while visitors and screen readers see nothing. Use it
 * for words that stemming cannot reach, such as parts of compound words.
 */
export default function SearchKeywords({ keywords }: { keywords?: string[] }): ReactNode {
  if (!keywords || keywords.length === 0) return null;
  return (
    <span hidden data-pagefind-index-attrs="data-keywords" data-keywords={keywords.join(', ')} />
  );
}
