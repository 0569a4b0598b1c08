import type { ReactNode } from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { emailEditionPaths } from '@site/src/plugins/newsletter/paths';
import styles from './styles.module.css';

interface Props {
  /** Permalink of the issue (with base URL), as in the blog post metadata. */
  permalink: string;
}

/**
 * Download links to an issue's email edition, written at build time by
 * src/plugins/newsletter. Plain <a> elements, not <Link>: the files are not
 * routes, and the client router must not try to render them.
 */
export default function EmailEditionLinks({ permalink }: Props): ReactNode {
  const { slug, html, text } = emailEditionPaths(permalink);
  const htmlUrl = useBaseUrl(html);
  const textUrl = useBaseUrl(text);
  return (
    <aside className={styles.box} aria-labelledby={`email-editie-${slug}`}>
      <h2 className={styles.title} id={`email-editie-${slug}`}>
        Dit nummer als e-mail
      </h2>
      <p className={styles.text}>
        Voor redacteuren: plak dit nummer in uw mailprogramma of nieuwsbriefdienst.
      </p>
      <ul className={styles.links}>
        <li>
          <a href={htmlUrl} download={`${slug}.html`} type="text/html">
            Download als e-mail (HTML)
          </a>
        </li>
        <li>
          <a href={textUrl} download={`${slug}.txt`} type="text/plain">
            Download als platte tekst
          </a>
        </li>
      </ul>
    </aside>
  );
}
