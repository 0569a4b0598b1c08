/**
 * The sections every pillar page shares, in this order: key facts, Doel,
 * Interventies, Doelgroep, Monitoring, Budget, Resultaten 2021. The MDX page
 * writes the headings (so they appear in the table of contents) and renders
 * one of these components under each; all content comes from `@bot075/toolkit`.
 */
import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import {
  formatEuro,
  getZaanstadPillar,
  summarizeBudget,
  zaanstadBudget,
  zaanstadProjectLead,
  zaanstadResults2021,
  zaanstadTargets,
  type TargetGroup,
  type ZaanstadPillarId,
  type ZaanstadPlanPillarId,
} from '@bot075/toolkit';
import BarChart from '../BarChart';
import FigureBlocks from '../FigureBlocks';
import TableScroll from '../TableScroll';
import styles from './styles.module.css';
import TitledList from '@site/src/components/TitledList';
import YearHeaderRow from '@site/src/components/YearHeaderRow';

interface Props {
  pillar: ZaanstadPlanPillarId;
}

const summary = summarizeBudget(zaanstadBudget);
const euro = (cents: number) => formatEuro(cents, { cents: 'when-needed' });
const targets: Partial<Record<ZaanstadPillarId, TargetGroup>> = zaanstadTargets;

function resultsFor(pillar: ZaanstadPlanPillarId) {
  const number = getZaanstadPillar(pillar).infographic2021Pillar;
  return number === null ? undefined : zaanstadResults2021.find((r) => r.number === number);
}

/** Key facts at the top of a pillar page: summary, budget, target number, 2021 counterpart. */
export function PillarKeyFacts({ pillar }: Props): ReactNode {
  const data = getZaanstadPillar(pillar);
  const target = targets[pillar];
  const results = resultsFor(pillar);
  return (
    <>
      <p className={styles.lead}>{data.summary}</p>
      <dl className={styles.facts}>
        <div className={styles.fact}>
          <dt>Budget 2020–2022</dt>
          <dd className={styles.factValue}>{euro(summary.perPillar[pillar] ?? 0)}</dd>
        </div>
        <div className={styles.fact}>
          <dt>Doelgroep in aantallen</dt>
          <dd className={styles.factValue}>
            {target ? `${target.count} ${target.unit}` : 'geen aantal in het plan'}
          </dd>
        </div>
        <div className={styles.fact}>
          <dt>In het plan</dt>
          <dd className={styles.factValue}>hoofdstuk {data.chapter}</dd>
        </div>
        <div className={styles.fact}>
          <dt>In de infographic 2021</dt>
          <dd className={styles.factValue}>
            {results ? `projectpijler ${results.number}` : 'geen eigen projectpijler'}
          </dd>
        </div>
      </dl>
    </>
  );
}

export function PillarGoal({ pillar }: Props): ReactNode {
  return getZaanstadPillar(pillar).goal.map((paragraph) => <p key={paragraph}>{paragraph}</p>);
}

export function PillarInterventions({ pillar }: Props): ReactNode {
  return (
    <TitledList
      items={getZaanstadPillar(pillar).interventions.map((intervention) => ({
        key: intervention.title,
        title: intervention.title,
        text: intervention.description,
      }))}
    />
  );
}

export function PillarTargetGroup({ pillar }: Props): ReactNode {
  const data = getZaanstadPillar(pillar);
  const target = targets[pillar];
  return (
    <>
      {data.targetGroup.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <p>
        <strong>Aantal: </strong>
        {target ? (
          <>
            {target.count} {target.unit}. {target.note}
          </>
        ) : (
          'het plan noemt voor deze pijler geen aantal (niet bekend uit de bron).'
        )}
      </p>
      {data.namedLocations.length > 0 ? (
        <>
          <p>Het plan noemt in eerste instantie deze scholen:</p>
          <ul>
            {data.namedLocations.map((location) => (
              <li key={location}>{location}</li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

export function PillarMonitoring({ pillar }: Props): ReactNode {
  const data = getZaanstadPillar(pillar);
  return (
    <>
      {data.indicators.length > 0 ? (
        <>
          <p>Indicatoren die het plan noemt:</p>
          <ul>
            {data.indicators.map((indicator) => (
              <li key={indicator}>{indicator}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>Het plan noemt voor deze pijler geen monitoringindicatoren.</p>
      )}
      {data.monitoringNote ? <p>{data.monitoringNote}</p> : null}
    </>
  );
}

/** The pillar's budget lines per year, with totals, and a chart per year. */
export function PillarBudget({ pillar }: Props): ReactNode {
  const data = getZaanstadPillar(pillar);
  // Pillar 5's chapter also describes the project lead (§ 9.3), a separate budget line.
  const groups: string[] = pillar === 'leren' ? ['leren', 'opdrachtgeverschap'] : [pillar];
  const years = zaanstadBudget.years;
  const perYear = summary.perPillarPerYear[pillar] ?? {};
  return (
    <>
      <TableScroll labelledBy={`budget-${pillar}-caption`}>
        <table className={styles.table}>
          <caption id={`budget-${pillar}-caption`}>
            Budget van pijler {data.number} per actie en jaar
          </caption>
          <thead>
            <YearHeaderRow label="Actie" years={years} />
          </thead>
          <tbody>
            {zaanstadBudget.lines
              .filter((line) => groups.includes(line.pillar))
              .map((line) => {
                const amounts: Partial<Record<number, number>> = line.amounts;
                const lineTotal = years.reduce((sum, year) => sum + (amounts[year] ?? 0), 0);
                return (
                  <tr key={line.action}>
                    <th scope="row" className={styles.action}>
                      {line.pillar === 'opdrachtgeverschap'
                        ? `Opdrachtgeverschap: ${line.action} (§ ${zaanstadProjectLead.section})`
                        : line.action}
                    </th>
                    {years.map((year) => (
                      <td key={year} className="bot-num">
                        {amounts[year] === undefined ? '—' : euro(amounts[year])}
                      </td>
                    ))}
                    <td className="bot-num">{euro(lineTotal)}</td>
                  </tr>
                );
              })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Totaal pijler {data.number}</th>
              {years.map((year) => (
                <td key={year} className="bot-num">
                  {euro(perYear[year] ?? 0)}
                </td>
              ))}
              <td className="bot-num">{euro(summary.perPillar[pillar] ?? 0)}</td>
            </tr>
          </tfoot>
        </table>
      </TableScroll>
      <p className={styles.note}>
        Een streepje (—) betekent dat de tabel voor dat jaar geen bedrag noemt.
        {pillar === 'leren'
          ? ` De projectleider (opdrachtgeverschap, § ${zaanstadProjectLead.section}) staat in de financiële tabel als eigen regel en telt niet mee in het totaal van pijler 5.`
          : ''}{' '}
        Alle pijlers samen: zie <Link to="/aanpak/begroting">Begroting</Link>.
      </p>
      <BarChart
        title={`Budget van pijler ${data.number} per jaar`}
        categories={years.map(String)}
        series={[
          { key: 'budget', label: 'Budget', values: years.map((year) => perYear[year] ?? 0) },
        ]}
        formatValue={euro}
      />
    </>
  );
}

/** What the 2021 infographic reports for the project pillar that covers this pillar. */
export function PillarResults2021({ pillar }: Props): ReactNode {
  const results = resultsFor(pillar);
  if (!results) {
    return (
      <p>
        De infographic over 2021 heeft geen eigen projectpijler voor deze pijler en noemt er geen
        resultaten van: niet bekend uit de bron. Zie{' '}
        <Link to="/aanpak/introductie#hoe-de-pijlers-samenhangen">hoe de pijlers samenhangen</Link>.
      </p>
    );
  }
  return (
    <>
      <p>
        In de infographic over 2021 valt deze pijler onder projectpijler {results.number}: ‘
        {results.title}’.
      </p>
      {results.figures.length > 0 ? <FigureBlocks pillar={results.number} /> : null}
      <ul>
        {results.results.map((result) => (
          <li key={result}>{result}</li>
        ))}
      </ul>
      <p>
        Alle resultaten: <Link to="/aanpak/resultaten-2021">Resultaten 2021</Link>.
      </p>
    </>
  );
}
