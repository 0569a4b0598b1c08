import { useId, useMemo, useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {
  allPeerPlansFilter,
  botPillarIds,
  botPillarShortLabels,
  filterPeerPlans,
  formatPeerPlanBudget,
  notInSourceText,
  peerPlans,
  sortPeerPlans,
  subsidySchemeIds,
  subsidySchemeLabels,
  zaanstadBudget,
  type PeerPlanFilter,
  type PeerPlanSortKey,
  type SortDirection,
} from '@bot075/toolkit';
import styles from './styles.module.css';

interface Column {
  key: PeerPlanSortKey | null;
  label: string;
  numeric?: boolean;
}

const columns: Column[] = [
  { key: 'name', label: 'Gemeente' },
  { key: 'scheme', label: 'Regeling' },
  { key: null, label: 'Focusgebieden' },
  { key: 'interventions', label: 'Deel\u00adprojecten', numeric: true },
  { key: 'budget', label: 'Budget', numeric: true },
  { key: 'pillars', label: 'Pijlers en thema’s' },
];

const directionLabels: Record<SortDirection, string> = {
  ascending: 'oplopend',
  descending: 'aflopend',
};

/**
 * The table of all peer plans. The server renders it complete (readable and
 * searchable without JavaScript); in the browser, filters by scheme and
 * pillar and sortable column headers are added, and a status line announces
 * how many plans are shown.
 */
export default function PeerPlanOverview(): ReactNode {
  const enhanced = useIsBrowser();
  const [filter, setFilter] = useState<PeerPlanFilter>(allPeerPlansFilter);
  const [sort, setSort] = useState<{ key: PeerPlanSortKey; direction: SortDirection } | null>(null);
  const captionId = useId();
  const schemeId = useId();
  const pillarId = useId();

  const shown = useMemo(() => {
    const filtered = filterPeerPlans(peerPlans, filter);
    return sort ? sortPeerPlans(filtered, sort.key, sort.direction) : filtered;
  }, [filter, sort]);

  const sortedBy = sort ? columns.find((column) => column.key === sort.key) : undefined;
  const status =
    `${shown.length} van ${peerPlans.length} plannen getoond` +
    (sort && sortedBy
      ? `, gesorteerd op ${sortedBy.label.replace('\u00ad', '').toLowerCase()}, ${directionLabels[sort.direction]}`
      : '') +
    '.';

  const toggleSort = (key: PeerPlanSortKey) =>
    setSort((current) =>
      current?.key === key
        ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: 'ascending' },
    );

  return (
    <div className={styles.overview}>
      {enhanced && (
        <div className={styles.filters} role="group" aria-label="Plannen filteren">
          <div className={styles.field}>
            <label htmlFor={schemeId}>Regeling</label>
            <select
              id={schemeId}
              value={filter.scheme}
              onChange={(event) =>
                setFilter({ ...filter, scheme: event.target.value as PeerPlanFilter['scheme'] })
              }
            >
              <option value="alle">Alle regelingen</option>
              {subsidySchemeIds.map((scheme) => (
                <option key={scheme} value={scheme}>
                  {subsidySchemeLabels[scheme]}
                </option>
              ))}
              <option value="onbekend">Regeling niet bekend uit de bron</option>
            </select>
          </div>
          <div className={styles.field}>
            <label htmlFor={pillarId}>BOT-pijler</label>
            <select
              id={pillarId}
              value={filter.pillar}
              onChange={(event) =>
                setFilter({ ...filter, pillar: event.target.value as PeerPlanFilter['pillar'] })
              }
            >
              <option value="alle">Alle pijlers</option>
              {botPillarIds.map((pillar) => (
                <option key={pillar} value={pillar}>
                  {zaanstadBudget.pillarLabels[pillar]}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setFilter(allPeerPlansFilter);
              setSort(null);
            }}
          >
            Alles tonen
          </button>
        </div>
      )}
      <p role="status" className={styles.status}>
        {status}
      </p>
      <div className={styles.scroll}>
        <table className={styles.table}>
          <caption id={captionId}>
            Plannen van gemeenten met hun regeling, focusgebieden, deelprojecten, budget en
            BOT-pijlers
            {enhanced ? ' (klik op een kolomkop om te sorteren)' : ''}
          </caption>
          <thead>
            <tr>
              {columns.map((column) => {
                const active = sort && column.key === sort.key;
                return (
                  <th
                    key={column.label}
                    scope="col"
                    aria-sort={active ? sort.direction : undefined}
                    className={column.numeric ? styles.numeric : undefined}
                  >
                    {enhanced && column.key ? (
                      <button
                        type="button"
                        className={styles.sortButton}
                        onClick={() => toggleSort(column.key!)}
                      >
                        {column.label}
                        <span aria-hidden="true" className={styles.sortIcon}>
                          {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                        </span>
                      </button>
                    ) : (
                      column.label
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {shown.length === 0 && (
              <tr>
                <td colSpan={columns.length}>Geen plannen met deze keuze.</td>
              </tr>
            )}
            {shown.map((plan) => (
              <tr key={plan.id}>
                <th scope="row">
                  <Link to={`/gemeenten/${plan.id}`}>{plan.name}</Link>
                </th>
                <td>
                  {plan.scheme === null ? (
                    <em>{notInSourceText}</em>
                  ) : (
                    subsidySchemeLabels[plan.scheme]
                  )}
                </td>
                <td>
                  {plan.focusAreas.length === 0 ? (
                    <em>{notInSourceText}</em>
                  ) : (
                    plan.focusAreas.join(', ')
                  )}
                </td>
                <td className={styles.numeric}>{plan.interventions.length}</td>
                <td className={styles.numeric}>
                  {plan.budget === null ? (
                    <em>{notInSourceText}</em>
                  ) : (
                    formatPeerPlanBudget(plan.budget)
                  )}
                </td>
                <td>
                  {plan.pillars.length > 0 && (
                    <span className={styles.pillars}>
                      {plan.pillars.map((entry) => botPillarShortLabels[entry.pillar]).join(', ')}
                    </span>
                  )}
                  {plan.pillars.length > 0 && plan.themes.length > 0 && <br />}
                  {plan.themes.length > 0 && plan.themes.join(', ')}
                  {plan.pillars.length === 0 && plan.themes.length === 0 && (
                    <em>{notInSourceText}</em>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
