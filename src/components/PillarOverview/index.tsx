import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import {
  formatEuro,
  summarizeBudget,
  zaanstadBudget,
  zaanstadPillars,
  zaanstadTargets,
  type TargetGroup,
  type ZaanstadPillarId,
} from '@bot075/toolkit';
import styles from './styles.module.css';

const targets: Partial<Record<ZaanstadPillarId, TargetGroup>> = zaanstadTargets;

/** One card per pillar with its summary, budget and target number, linking to its page. */
export default function PillarOverview(): ReactNode {
  const summary = summarizeBudget(zaanstadBudget);
  return (
    <ul className={styles.grid} data-testid="pijler-overzicht">
      {zaanstadPillars.map((pillar) => {
        const target = targets[pillar.id];
        return (
          <li key={pillar.id} className={styles.card}>
            <h3 className={styles.title}>
              <Link to={pillar.path}>
                Pijler {pillar.number}: {pillar.name}
              </Link>
            </h3>
            <p>{pillar.summary}</p>
            <p className={styles.meta}>
              Budget 2020–2022:{' '}
              <strong>
                {formatEuro(summary.perPillar[pillar.id] ?? 0, { cents: 'when-needed' })}
              </strong>
              {target ? (
                <>
                  {' · '}Doelgroep: <strong>{`${target.count} ${target.unit}`}</strong>
                </>
              ) : null}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
