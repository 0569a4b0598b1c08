/**
 * Wraps (not ejects) the blog layout so every newsletter page (overview, issue,
 * tag and author pages) ends with the subscribe block. Wrapping keeps the
 * theme's layout and sidebar untouched; only the main column gets one more child.
 */
import type { ReactNode } from 'react';
import BlogLayout from '@theme-original/BlogLayout';
import type BlogLayoutType from '@theme/BlogLayout';
import type { WrapperProps } from '@docusaurus/types';
import NewsletterSubscribe from '@site/src/components/NewsletterSubscribe';

type Props = WrapperProps<typeof BlogLayoutType>;

export default function BlogLayoutWrapper({ children, ...props }: Props): ReactNode {
  return (
    <BlogLayout {...props}>
      {children}
      <NewsletterSubscribe />
    </BlogLayout>
  );
}
