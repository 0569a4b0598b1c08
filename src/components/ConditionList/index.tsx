import type { ReactNode } from 'react';
import { zaanstadConditions } from '@bot075/toolkit';
import TitledList from '@site/src/components/TitledList';

interface Props {
  /** Which part of chapter 4: § 4.1 (what the ambition needs) or § 4.3 (general conditions). */
  section: '4.1' | '4.3';
}

/** The plan's conditions (randvoorwaarden) for one section of chapter 4. */
export default function ConditionList({ section }: Props): ReactNode {
  return (
    <TitledList
      items={zaanstadConditions
        .filter((condition) => condition.section === section)
        .map((condition) => ({
          key: condition.key,
          title: condition.title,
          text: condition.description,
        }))}
    />
  );
}
