import { useId, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import {
  botPillarIds,
  botPillarShortLabels,
  buildPillarMatrix,
  peerPlans,
  zaanstadBudget,
} from '@bot075/toolkit';
import { SourceNote } from '../PeerPlan';
import styles from './styles.module.css';

/**
 * Plans × BOT pillars. A cell says "ja" only where the plan's data gives a
 * reason from a source, and shows that reason; otherwise it says the
 * source shows no link (which is not the same as "no").
 */
export default function PeerPlanMatrix(): ReactNode {
  const rows = buildPillarMatrix(peerPlans);
  const captionId = useId();
  return (
    <div className={styles.scroll}>
      <table className={styles.table}>
        <caption id={captionId}>
          Welke plannen werken aan welke BOT-pijler, met de reden uit de bron
        </caption>
        <thead>
          <tr>
            <th scope="col">Plan</th>
            {botPillarIds.map((pillar) => (
              <th key={pillar} scope="col">
                <abbr title={zaanstadBudget.pillarLabels[pillar]} className={styles.abbr}>
                  {botPillarShortLabels[pillar]}
                </abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.planId}>
              <th scope="row">
                <Link to={`/gemeenten/${row.planId}`}>{row.planName}</Link>
              </th>
              {row.cells.map((cell) => (
                <td key={cell.pillar} className={cell.reason ? styles.yes : styles.none}>
                  {cell.reason ? (
                    <>
                      <strong>Ja.</strong> {cell.reason} <SourceNote sources={cell.sources} />
                    </>
                  ) : (
                    <>
                      <span aria-hidden="true">–</span>
                      <span className="bot-visually-hidden">Geen verband in de bron</span>
                    </>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
