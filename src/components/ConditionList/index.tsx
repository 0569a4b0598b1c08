import type { ReactNode } from 'react';
import { zaanstadConditions } from '@bot075/toolkit';
import styles from './styles.module.css';

interface Props {
  /** Which part of chapter 4: § 4.1 (what the ambition needs) or § 4.3 (general conditions). */
  section: '4.1' | '4.3';
}

/** The plan's conditions (randvoorwaarden) for one section of chapter 4. */
export default function ConditionList({ section }: Props): ReactNode {
  return (
    <ul className={styles.list}>
      {zaanstadConditions
        .filter((condition) => condition.section === section)
        .map((condition) => (
          <li key={condition.key} className={styles.item}>
            <strong className={styles.title}>{condition.title}</strong>
            {/* A space, so search excerpts and text readers do not join title and text. */}{' '}
            <span>{condition.description}</span>
          </li>
        ))}
    </ul>
  );
}
