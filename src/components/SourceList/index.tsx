import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { getAanpakPage, sources, type AanpakPageKey } from '@bot075/toolkit';
import styles from './styles.module.css';

interface Props {
  /** The page whose sources to list (its file name in docs/aanpak). */
  page: AanpakPageKey;
}

/** The sources a page draws from, with what it takes from each; data from `aanpakPages`. */
export default function SourceList({ page }: Props): ReactNode {
  const { sources: uses } = getAanpakPage(page);
  return (
    <>
      <ul className={styles.list}>
        {uses.map(({ source, uses: what }) => (
          <li key={source}>
            <span className={styles.title}>
              Bron {source}: {sources[source].title}
            </span>{' '}
            — {what}.
          </li>
        ))}
      </ul>
      <p className={styles.more}>
        Meer over de bronnen: <Link to="/over/bronnen">Bronnen</Link>.
      </p>
    </>
  );
}
