import type { ReactNode } from 'react';
import { formatEuro, summarizeBudget, zaanstadBudget } from '@bot075/toolkit';
import TableScroll from '../TableScroll';
import styles from './styles.module.css';
import YearHeaderRow from '@site/src/components/YearHeaderRow';

const euro = (cents: number) => formatEuro(cents, { cents: 'when-needed' });

/**
 * The BOT plan's full financial table 2020–2022 (seed 001, chapter 10): per
 * pillar and action, a column per year and a total column, with pillar
 * subtotals, year totals and the grand total. Every figure comes from
 * `zaanstadBudget` through `summarizeBudget`.
 */
export default function BudgetTable(): ReactNode {
  const summary = summarizeBudget(zaanstadBudget);
  const { years, lines, pillarLabels } = zaanstadBudget;
  const captionId = 'begroting-tabel-caption';
  return (
    <TableScroll labelledBy={captionId}>
      <table className={styles.table} data-testid="begroting-tabel">
        <caption id={captionId}>
          Overzicht financiële middelen Back on Track in 075, 2020–2022 (per pijler, actie en jaar)
        </caption>
        <thead>
          <YearHeaderRow label="Pijler en actie" years={years} />
        </thead>
        {summary.pillarOrder.map((pillar) => {
          const pillarLines = lines.filter((line) => line.pillar === pillar);
          const label = pillarLabels[pillar as keyof typeof pillarLabels] ?? pillar;
          return (
            <tbody key={pillar} className={styles.group}>
              <tr>
                <th scope="colgroup" colSpan={years.length + 2} className={styles.pillar}>
                  {label}
                </th>
              </tr>
              {pillarLines.map((line) => {
                const amounts: Partial<Record<number, number>> = line.amounts;
                const total = years.reduce((sum, year) => sum + (amounts[year] ?? 0), 0);
                return (
                  <tr key={line.action}>
                    <th scope="row" className={styles.action}>
                      {line.action}
                    </th>
                    {years.map((year) => (
                      <td key={year} className="bot-num">
                        {amounts[year] === undefined ? '—' : euro(amounts[year])}
                      </td>
                    ))}
                    <td className="bot-num">{euro(total)}</td>
                  </tr>
                );
              })}
              {pillarLines.length > 1 ? (
                <tr className={styles.subtotal}>
                  <th scope="row">Subtotaal</th>
                  {years.map((year) => (
                    <td key={year} className="bot-num">
                      {euro(summary.perPillarPerYear[pillar]?.[year] ?? 0)}
                    </td>
                  ))}
                  <td className="bot-num">{euro(summary.perPillar[pillar] ?? 0)}</td>
                </tr>
              ) : null}
            </tbody>
          );
        })}
        <tfoot>
          <tr className={styles.total}>
            <th scope="row">Totaal per jaar</th>
            {years.map((year) => (
              <td key={year} className="bot-num" data-testid={`totaal-${year}`}>
                {euro(summary.perYear[year] ?? 0)}
              </td>
            ))}
            <td className="bot-num" data-testid="eindtotaal">
              {euro(summary.totalCents)}
            </td>
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}
