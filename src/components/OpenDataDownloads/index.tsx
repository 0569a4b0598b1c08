import type { ReactNode } from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {
  notInSourceText,
  openDataListSeparator,
  peerPlanOpenDataColumns,
  peerPlanOpenDataFiles,
  peerPlans,
} from '@bot075/toolkit';
import styles from './styles.module.css';

/**
 * Links to the peer plans as open data. The files are written into the
 * build by the `peer-plans` plugin from the same validated plans as the pages.
 */
export default function OpenDataDownloads(): ReactNode {
  const jsonUrl = useBaseUrl(`/${peerPlanOpenDataFiles.json}`);
  const csvUrl = useBaseUrl(`/${peerPlanOpenDataFiles.csv}`);
  return (
    <div className={styles.downloads}>
      <ul>
        <li>
          <a href={jsonUrl} download>
            Plannen van gemeenten als JSON
          </a>{' '}
          ({peerPlans.length} plannen, alle velden, bedragen in eurocenten)
        </li>
        <li>
          <a href={csvUrl} download>
            Plannen van gemeenten als CSV
          </a>{' '}
          ({peerPlans.length} rijen, komma als scheidingsteken, UTF-8)
        </li>
      </ul>
      <p>
        In de CSV staat één plan per rij. Lijsten staan in één cel, gescheiden door &lsquo;
        {openDataListSeparator.trim()}&rsquo;. Een lege cel betekent: {notInSourceText}. Bedragen
        staan in hele euro&rsquo;s. De kolommen zijn:{' '}
        {peerPlanOpenDataColumns.map((column, index) => (
          <span key={column}>
            <code>{column}</code>
            {index < peerPlanOpenDataColumns.length - 1 ? ', ' : '.'}
          </span>
        ))}
      </p>
    </div>
  );
}
