import type { ReactNode } from 'react';
import {
  describeCoFinancing,
  formatEuro,
  summarizeBudget,
  zaanstadAnnualCostPerFte,
  zaanstadBudget,
  type CoFinancingPeriod,
} from '@bot075/toolkit';
import TableScroll from '@site/src/components/TableScroll';

const readings: { period: CoFinancingPeriod; label: string }[] = [
  { period: 'whole-period', label: 'Voor de hele looptijd 2020–2022' },
  { period: 'per-year', label: 'Per jaar, drie jaar lang' },
];

function coFinancingFor(period: CoFinancingPeriod) {
  return summarizeBudget({
    ...zaanstadBudget,
    coFinancing: { ...zaanstadBudget.coFinancing, amountPeriod: period },
  }).coFinancing;
}

const euro = (cents: number) => formatEuro(cents, { cents: 'when-needed' });

/**
 * The BOT plan's co-financing under both readings of its amounts (the plan does
 * not say whether they are per year or for the whole period), computed by the
 * same `checkCoFinancing` as the calculator, so the page types no figure.
 */
export default function CoFinancingReadings(): ReactNode {
  return (
    <TableScroll labelledBy="cofinanciering-lezingen">
      <table>
        <caption id="cofinanciering-lezingen">
          Cofinanciering van Back on Track in 075 in twee lezingen
        </caption>
        <thead>
          <tr>
            <th scope="col">Lezing van de bedragen</th>
            <th scope="col">Aanwezig</th>
            <th scope="col">Uitkomst</th>
          </tr>
        </thead>
        <tbody>
          {readings.map(({ period, label }) => {
            const result = coFinancingFor(period);
            return (
              <tr key={period}>
                <th scope="row">{label}</th>
                <td>{euro(result.providedCents)}</td>
                <td>{describeCoFinancing(result)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

type AmountProps = { of: 'required' | 'provided' } | { annualCostPerFte: 9 | 11 };

/**
 * One co-financing figure for running text: `<CoFinancingAmount of="required" />`
 * (1/3 of the budget), `of="provided"` (the plan's items once),
 * `annualCostPerFte={11}` (the cost per fte the plan's items imply).
 */
export function CoFinancingAmount(props: AmountProps): ReactNode {
  if ('annualCostPerFte' in props)
    return <>{euro(zaanstadAnnualCostPerFte[props.annualCostPerFte])}</>;
  const result = coFinancingFor('whole-period');
  return (
    <>
      {formatEuro(props.of === 'required' ? result.requiredCents : result.providedCents, {
        cents: 'when-needed',
      })}
    </>
  );
}
