import type { ReactNode } from 'react';
import styles from './styles.module.css';

export interface TitledItem {
  key: string;
  title: string;
  text: string;
}

/** A list of short items, each a bold title above its explanation. */
export default function TitledList({ items }: { items: readonly TitledItem[] }): ReactNode {
  return (
    <ul className={styles.list}>
      {items.map((item) => (
        <li key={item.key} className={styles.item}>
          <strong className={styles.title}>{item.title}</strong>
          {/* A space, so search excerpts and text readers do not join title and text. */}{' '}
          <span>{item.text}</span>
        </li>
      ))}
    </ul>
  );
}
