import { useId, useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {
  botPillarShortLabels,
  formatPeerPlanBudget,
  notInSourceText,
  peerPlanQuestionIds,
  peerPlanQuestionLabels,
  peerPlans,
  subsidySchemeLabels,
  type PeerPlan,
} from '@bot075/toolkit';
import { SourceNote, Unknown } from '../PeerPlan';
import styles from './styles.module.css';

interface Field {
  id: string;
  label: string;
  render: (plan: PeerPlan) => ReactNode;
}

const orUnknown = (value: string | null): ReactNode => (value === null ? <Unknown /> : value);
const listOrUnknown = (items: readonly string[]): ReactNode =>
  items.length === 0 ? <Unknown /> : items.join(', ');

/** The fields compared, in the order of a plan page. */
const fields: Field[] = [
  {
    id: 'regeling',
    label: 'Subsidieregeling',
    render: (plan) => (plan.scheme === null ? <Unknown /> : subsidySchemeLabels[plan.scheme]),
  },
  { id: 'plan', label: 'Naam van het plan', render: (plan) => orUnknown(plan.title) },
  { id: 'start', label: 'Start', render: (plan) => orUnknown(plan.start) },
  { id: 'looptijd', label: 'Looptijd', render: (plan) => orUnknown(plan.period) },
  { id: 'focus', label: 'Focusgebieden', render: (plan) => listOrUnknown(plan.focusAreas) },
  {
    id: 'deelprojecten',
    label: 'Deelprojecten',
    render: (plan) =>
      plan.interventions.length === 0 ? (
        <Unknown />
      ) : (
        `${plan.interventions.length}: ${plan.interventions.map((i) => i.name).join(', ')}`
      ),
  },
  {
    id: 'pijlers',
    label: 'BOT-pijlers',
    render: (plan) =>
      listOrUnknown(plan.pillars.map((entry) => botPillarShortLabels[entry.pillar])),
  },
  { id: 'themas', label: 'Thema’s', render: (plan) => listOrUnknown(plan.themes) },
  { id: 'partners', label: 'Partners', render: (plan) => listOrUnknown(plan.partners) },
  {
    id: 'budget',
    label: 'Budget',
    render: (plan) => formatPeerPlanBudget(plan.budget),
  },
  {
    id: 'doelaantallen',
    label: 'Doelaantallen',
    render: (plan) => listOrUnknown(plan.targets.map((target) => `${target.count} ${target.unit}`)),
  },
  ...peerPlanQuestionIds.map((id, index): Field => ({
    id: `vraag-${index + 1}`,
    label: `Vraag ${index + 1}: ${peerPlanQuestionLabels[id]}`,
    render: (plan) => {
      const answer = plan.questions[id];
      return answer === null ? (
        <Unknown />
      ) : (
        <>
          {answer.answer} <SourceNote sources={answer.sources} />
        </>
      );
    },
  })),
];

const slotLabels = ['Eerste plan', 'Tweede plan', 'Derde plan (optioneel)'];
const initialSelection = ['zaanstad', 'arnhem', ''];

/**
 * Two or three plans side by side on the same fields and the seven
 * questions. Each field is a row of columns on wide screens and a stack on
 * narrow ones, so it stays readable at 390 px.
 */
export default function PeerPlanCompare(): ReactNode {
  const enhanced = useIsBrowser();
  const [selection, setSelection] = useState<string[]>(initialSelection);
  const baseId = useId();
  const chosen = selection
    .filter((id) => id !== '')
    .map((id) => peerPlans.find((plan) => plan.id === id))
    .filter((plan): plan is PeerPlan => plan !== undefined);

  return (
    <div className={styles.compare}>
      {enhanced ? (
        <fieldset className={styles.picker}>
          <legend>Kies twee of drie plannen</legend>
          {slotLabels.map((label, slot) => (
            <div key={label} className={styles.field}>
              <label htmlFor={`${baseId}-${slot}`}>{label}</label>
              <select
                id={`${baseId}-${slot}`}
                value={selection[slot]}
                onChange={(event) => {
                  const next = [...selection];
                  next[slot] = event.target.value;
                  setSelection(next);
                }}
              >
                {slot === 2 && <option value="">Geen derde plan</option>}
                {peerPlans.map((plan) => (
                  <option
                    key={plan.id}
                    value={plan.id}
                    disabled={selection.some((id, other) => other !== slot && id === plan.id)}
                  >
                    {plan.name}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </fieldset>
      ) : (
        <p>
          Zonder JavaScript ziet u hier Zaanstad en Arnhem naast elkaar. Elk plan staat ook op een
          eigen pagina.
        </p>
      )}
      <p role="status" className={styles.status}>
        Vergeleken:{' '}
        {chosen.map((plan, index) => (
          <span key={plan.id}>
            {index > 0 && ', '}
            <Link to={`/gemeenten/${plan.id}`}>{plan.name}</Link>
          </span>
        ))}
        .
      </p>
      <div>
        {fields.map((field) => (
          <section
            key={field.id}
            className={styles.fieldGroup}
            aria-labelledby={`${baseId}-${field.id}`}
          >
            <Heading as="h3" id={`${baseId}-${field.id}`} className={styles.fieldLabel}>
              {field.label}
            </Heading>
            <div className={styles.columns}>
              {chosen.map((plan) => (
                <div key={plan.id} className={styles.cell}>
                  <p className={styles.cellPlan}>{plan.name}</p>
                  <p className={styles.cellValue}>{field.render(plan)}</p>
                </div>
              ))}
            </div>
          </section>
        ))}
      </div>
      <p className={styles.note}>
        Waar een plan een vraag of veld niet invult, staat &lsquo;{notInSourceText}&rsquo;: de
        bronnen zeggen er niets over.
      </p>
    </div>
  );
}
