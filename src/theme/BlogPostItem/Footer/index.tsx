/**
 * Wraps (not ejects) the blog post footer to add the email edition download
 * links on an issue's own page. Wrapping keeps the theme's footer (tags, edit
 * row, "read more") and its future fixes; the links only need to sit before it.
 */
import type { ReactNode } from 'react';
import Footer from '@theme-original/BlogPostItem/Footer';
import type FooterType from '@theme/BlogPostItem/Footer';
import type { WrapperProps } from '@docusaurus/types';
import { useBlogPost } from '@docusaurus/plugin-content-blog/client';
import EmailEditionLinks from '@site/src/components/EmailEditionLinks';

type Props = WrapperProps<typeof FooterType>;

export default function FooterWrapper(props: Props): ReactNode {
  const { isBlogPostPage, metadata } = useBlogPost();
  return (
    <>
      {isBlogPostPage && <EmailEditionLinks permalink={metadata.permalink} />}
      <Footer {...props} />
    </>
  );
}
