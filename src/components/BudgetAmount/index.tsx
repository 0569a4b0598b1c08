import type { ReactNode } from 'react';
import {
  formatEuro,
  summarizeBudget,
  zaanstadBudget,
  type ZaanstadPillarId,
} from '@bot075/toolkit';

type Props =
  | { pillar: ZaanstadPillarId; year?: number }
  | { year: number; pillar?: undefined }
  | { total: true };

const summary = summarizeBudget(zaanstadBudget);

/**
 * An amount from the BOT budget for use in running text, so no page types a
 * budget figure by hand: `<BudgetAmount total />`, `<BudgetAmount pillar="pga" />`,
 * `<BudgetAmount year={2021} />`, `<BudgetAmount pillar="pga" year={2021} />`.
 */
export default function BudgetAmount(props: Props): ReactNode {
  let cents: number | undefined;
  if ('total' in props) cents = summary.totalCents;
  else if (props.pillar !== undefined && props.year !== undefined)
    cents = summary.perPillarPerYear[props.pillar]?.[props.year];
  else if (props.pillar !== undefined) cents = summary.perPillar[props.pillar];
  else cents = summary.perYear[props.year];
  if (cents === undefined) throw new RangeError('BudgetAmount: geen bedrag voor deze keuze');
  return <>{formatEuro(cents, { cents: 'when-needed' })}</>;
}
