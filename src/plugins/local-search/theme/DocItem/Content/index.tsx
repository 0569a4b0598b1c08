import type { ReactNode } from 'react';
import DocItemContent from '@theme-init/DocItem/Content';
import type { Props } from '@theme/DocItem/Content';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import { sectionLabel } from '../../../sectionLabel';
import SearchKeywords from '../../SearchKeywords';

/** Marks a doc's content for the Pagefind index, with its section and keywords. */
export default function DocItemContentWrapper(props: Props): ReactNode {
  const { metadata, frontMatter } = useDoc();
  return (
    <div data-pagefind-body data-pagefind-meta={`type:${sectionLabel(metadata.permalink)}`}>
      <DocItemContent {...props} />
      {/* After the content, so result excerpts show the page's text, not its keywords. */}
      <SearchKeywords keywords={frontMatter.keywords} />
    </div>
  );
}
