import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import {
  botPillarShortLabels,
  findPeerPlan,
  formatPeerPlanBudget,
  notInSourceText,
  peerPlanQuestionIds,
  peerPlanQuestionLabels,
  peerPlans,
  peerPlanSourceLabels,
  subsidySchemeLabels,
  zaanstadBudget,
  type PeerPlan as PeerPlanData,
  type PeerPlanSourceId,
} from '@bot075/toolkit';
import styles from './styles.module.css';

/** Shown wherever the source is silent; never a guess. */
export function Unknown(): ReactNode {
  return <span className={styles.unknown}>{notInSourceText}</span>;
}

/** "(bron 004)" or "(bronnen 001, 002)". */
export function SourceNote({ sources }: { sources: readonly PeerPlanSourceId[] }): ReactNode {
  return (
    <span className={styles.sourceNote}>
      ({sources.length === 1 ? 'bron' : 'bronnen'} {sources.join(', ')})
    </span>
  );
}

function textOrUnknown(value: string | null): ReactNode {
  return value === null ? <Unknown /> : value;
}

function listOrUnknown(items: readonly string[]): ReactNode {
  return items.length === 0 ? <Unknown /> : items.join(', ');
}

/** The summary card: the plan's structured data, the same fields for every plan. */
function SummaryCard({ plan }: { plan: PeerPlanData }): ReactNode {
  const rows: [string, ReactNode][] = [
    ['Gemeente(n)', plan.municipalities.join(', ')],
    ['Naam van het plan', textOrUnknown(plan.title)],
    ['Regio', textOrUnknown(plan.region)],
    ['Subsidieregeling', plan.scheme === null ? <Unknown /> : subsidySchemeLabels[plan.scheme]],
    ['Start', textOrUnknown(plan.start)],
    ['Looptijd', textOrUnknown(plan.period)],
    ['Focusgebieden', listOrUnknown(plan.focusAreas)],
    ['Thema’s', listOrUnknown(plan.themes)],
    [
      'BOT-pijlers',
      plan.pillars.length === 0 ? (
        <Unknown />
      ) : (
        plan.pillars.map((entry) => botPillarShortLabels[entry.pillar]).join(', ')
      ),
    ],
    [
      'Budget',
      plan.budget === null ? (
        <Unknown />
      ) : (
        <>
          {formatPeerPlanBudget(plan.budget)}. {plan.budget.covers}{' '}
          <SourceNote sources={plan.budget.sources} />
        </>
      ),
    ],
    [
      'Doelaantallen',
      plan.targets.length === 0 ? (
        <Unknown />
      ) : (
        <ul className={styles.compactList}>
          {plan.targets.map((target) => (
            <li key={`${target.count}-${target.unit}`}>
              {target.count} {target.unit}: {target.note}
            </li>
          ))}
        </ul>
      ),
    ],
    ['Partners', listOrUnknown(plan.partners)],
    ['Monitoring', textOrUnknown(plan.monitoring)],
  ];
  return (
    <section className={styles.card} aria-labelledby={`samenvatting-${plan.id}`}>
      <Heading as="h2" id={`samenvatting-${plan.id}`} className={styles.cardTitle}>
        Samenvatting
      </Heading>
      <p>{plan.summary}</p>
      <dl className={styles.facts}>
        {rows.map(([term, value]) => (
          <div key={term} className={styles.fact}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function Interventions({ plan }: { plan: PeerPlanData }): ReactNode {
  return (
    <>
      <Heading as="h2" id="deelprojecten">
        Deelprojecten en onderdelen
      </Heading>
      {plan.interventions.length === 0 ? (
        <p>
          Deelprojecten: <Unknown />.
        </p>
      ) : (
        <ol>
          {plan.interventions.map((intervention) => (
            <li key={intervention.name}>
              <strong>{intervention.name}</strong>
              {intervention.description !== null ? `: ${intervention.description}` : ''}
              {intervention.pillars.length > 0 && (
                <span className={styles.sourceNote}>
                  {' '}
                  (pijler{' '}
                  {intervention.pillars
                    .map((pillar) => zaanstadBudget.pillarLabels[pillar].replace(/^Pijler /, ''))
                    .join('; ')}
                  )
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

function Questions({ plan }: { plan: PeerPlanData }): ReactNode {
  return (
    <>
      <Heading as="h2" id="de-zeven-vragen">
        De zeven vragen
      </Heading>
      <p>
        Bron 004 stelt elk plan dezelfde zeven vragen. Waar de bronnen een vraag niet beantwoorden,
        staat hier &lsquo;{notInSourceText}&rsquo;.
      </p>
      {peerPlanQuestionIds.map((id, index) => {
        const answer = plan.questions[id];
        return (
          <section key={id} aria-labelledby={`vraag-${index + 1}`}>
            <Heading as="h3" id={`vraag-${index + 1}`}>
              {index + 1}. {peerPlanQuestionLabels[id]}
            </Heading>
            {answer === null ? (
              <p>
                <Unknown />.
              </p>
            ) : (
              <p>
                {answer.answer} <SourceNote sources={answer.sources} />
              </p>
            )}
          </section>
        );
      })}
    </>
  );
}

function Contact({ plan }: { plan: PeerPlanData }): ReactNode {
  return (
    <>
      <Heading as="h2" id="contact">
        Contact
      </Heading>
      {plan.contact === null ? (
        <p>
          Contactpersoon: <Unknown />.
        </p>
      ) : (
        <figure className={styles.quote}>
          <blockquote>
            <p>{plan.contact.publishedText}</p>
          </blockquote>
          <figcaption>
            Letterlijk zoals gepubliceerd in de {peerPlanSourceLabels[plan.contact.source]}.
          </figcaption>
        </figure>
      )}
    </>
  );
}

/**
 * A peer plan's page body in one fixed structure: summary card, sub-projects,
 * the seven questions of source 004, contact and sources.
 */
export default function PeerPlan({ id }: { id: string }): ReactNode {
  const plan = findPeerPlan(peerPlans, id);
  return (
    <div className={styles.plan}>
      <SummaryCard plan={plan} />
      <Interventions plan={plan} />
      <Questions plan={plan} />
      <Contact plan={plan} />
      <p>
        Zet dit plan naast andere op <Link to="/gemeenten/vergelijk">Plannen vergelijken</Link>, of
        bekijk per pijler wie waaraan werkt op{' '}
        <Link to="/gemeenten/matrix">Plannen per pijler</Link>.
      </p>
      <Heading as="h2" id="bronnen">
        Bronnen
      </Heading>
      <ul>
        {plan.sources.map((source) => (
          <li key={source}>{peerPlanSourceLabels[source]}</li>
        ))}
      </ul>
    </div>
  );
}
