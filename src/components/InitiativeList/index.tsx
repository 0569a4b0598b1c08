import type { ReactNode } from 'react';
import { zaanstadInitiatives } from '@bot075/toolkit';
import styles from './styles.module.css';

const UNKNOWN = 'niet bekend uit de bron';

/** The plan's annex of existing initiatives as a scannable list: what, for whom, partners. */
export default function InitiativeList(): ReactNode {
  return (
    <ol className={styles.list} data-testid="initiatieven">
      {zaanstadInitiatives.map((initiative) => (
        <li key={initiative.key} id={initiative.key} className={styles.item}>
          <h3 className={styles.name}>{initiative.name}</h3>
          <dl className={styles.fields}>
            <dt>Wat</dt>
            <dd>{initiative.what}</dd>
            <dt>Voor wie</dt>
            <dd>{initiative.forWhom ?? UNKNOWN}</dd>
            <dt>Partners</dt>
            <dd>{initiative.partners.length > 0 ? initiative.partners.join(', ') : UNKNOWN}</dd>
            {initiative.period ? (
              <>
                <dt>Periode</dt>
                <dd>{initiative.period}</dd>
              </>
            ) : null}
          </dl>
        </li>
      ))}
    </ol>
  );
}
