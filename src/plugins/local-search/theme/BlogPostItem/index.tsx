import type { ReactNode } from 'react';
import BlogPostItem from '@theme-init/BlogPostItem';
import type { Props } from '@theme/BlogPostItem';
import { useBlogPost } from '@docusaurus/plugin-content-blog/client';
import SearchKeywords from '../SearchKeywords';

/**
 * Marks a newsletter issue for the Pagefind index on its own page only; the
 * list pages repeat the same text and stay out of the index.
 */
export default function BlogPostItemWrapper(props: Props): ReactNode {
  const { isBlogPostPage, frontMatter } = useBlogPost();
  if (!isBlogPostPage) return <BlogPostItem {...props} />;
  return (
    <div data-pagefind-body data-pagefind-meta="type:Nieuwsbrief">
      <BlogPostItem {...props} />
      {/* After the content, so result excerpts show the page's text, not its keywords. */}
      <SearchKeywords keywords={frontMatter.keywords} />
    </div>
  );
}
