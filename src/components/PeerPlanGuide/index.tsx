import type { ReactNode } from 'react';
import { peerPlanFieldHelp, peerPlans, validatePeerPlan, type PeerPlan } from '@bot075/toolkit';
import styles from './styles.module.css';

/** Every field of a plan file with what it means: read from the schema's own help texts. */
export default function PeerPlanFieldGuide(): ReactNode {
  return (
    <div className={styles.scroll}>
      <table className={styles.table}>
        <caption>De velden van een planbestand en wat u er invult</caption>
        <thead>
          <tr>
            <th scope="col">Veld</th>
            <th scope="col">Wat u invult</th>
          </tr>
        </thead>
        <tbody>
          {(Object.keys(peerPlanFieldHelp) as (keyof PeerPlan)[]).map((field) => (
            <tr key={field}>
              <th scope="row">
                <code>{field}</code>
              </th>
              <td>{peerPlanFieldHelp[field]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * A real validation error, produced by the same check the build runs, for a
 * plan that writes the scheme in capitals and leaves out the summary.
 */
export function PeerPlanErrorExample(): ReactNode {
  const example: Record<string, unknown> = {
    ...peerPlans.find((plan) => plan.id === 'utrecht')!,
    id: 'voorbeeld',
    scheme: 'BOTOC',
  };
  delete example.summary;
  const result = validatePeerPlan(example, 'toolkit/src/data/peerPlans/voorbeeld.ts');
  const problems = result.ok ? [] : result.problems;
  return (
    <figure className={styles.example}>
      <figcaption>Zo ziet een foutmelding eruit (voorbeeld met twee fouten):</figcaption>
      <ul>
        {problems.map((problem) => (
          <li key={problem}>
            <samp>{problem}</samp>
          </li>
        ))}
      </ul>
    </figure>
  );
}
