import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { aanpakPages, sourceIds, sources } from '@bot075/toolkit';
import TableScroll from '../TableScroll';
import styles from './styles.module.css';

/** The five source documents as a table: number, title, kind, publisher, contents. */
export function SourceTable(): ReactNode {
  const captionId = 'bronnen-caption';
  return (
    <TableScroll labelledBy={captionId}>
      <table data-testid="bronnen-tabel">
        <caption id={captionId}>De vijf brondocumenten</caption>
        <thead>
          <tr>
            <th scope="col">Nr.</th>
            <th scope="col">Bron</th>
            <th scope="col">Wat het is</th>
          </tr>
        </thead>
        <tbody>
          {sourceIds.map((id) => {
            const source = sources[id];
            return (
              <tr key={id}>
                <th scope="row">{id}</th>
                <td className={styles.title}>
                  {source.title}{' '}
                  <span className={styles.meta}>
                    {source.kind}; uitgever: {source.publisher ?? 'niet genoemd in de bron'}
                  </span>
                </td>
                <td>{source.description}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** Per Aanpak page, which sources it draws from and what it takes from each. */
export function PageSourceList(): ReactNode {
  return (
    <ul className={styles.pages}>
      {aanpakPages.map((page) => (
        <li key={page.key}>
          <Link to={page.path}>{page.title}</Link>
          <ul>
            {page.sources.map((use) => (
              <li key={use.source}>
                bron {use.source}: {use.uses}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
