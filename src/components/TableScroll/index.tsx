import type { ReactNode } from 'react';
import styles from './styles.module.css';

interface Props {
  /** Id of the table's caption, which names the scroll region. */
  labelledBy: string;
  children: ReactNode;
}

/**
 * A wide table in a horizontally scrolling region, for phone widths. The
 * region is focusable so keyboard users can scroll it (WCAG 2.1.1; axe rule
 * `scrollable-region-focusable`): the tables inside hold no links to tab to.
 */
export default function TableScroll({ labelledBy, children }: Props): ReactNode {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must take focus to be scrolled by keyboard
    <div className={styles.scroll} role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
