import type { ReactNode } from 'react';
import { formatEuro, summarizeBudget, zaanstadBudget } from '@bot075/toolkit';
import BarChart from '../BarChart';

interface Props {
  /** "pillar": total per pillar; "pillar-year": per pillar, a bar per year; "year": total per year. */
  view: 'pillar' | 'pillar-year' | 'year';
}

const euro = (cents: number) => formatEuro(cents, { cents: 'when-needed' });

/** Short pillar names for chart labels ("Pijler 1 · …" from the budget labels). */
function label(pillar: string): string {
  const labels: Record<string, string> = zaanstadBudget.pillarLabels;
  return labels[pillar] ?? pillar;
}

/** Charts of the BOT budget, all computed from `zaanstadBudget`. */
export default function BudgetChart({ view }: Props): ReactNode {
  const summary = summarizeBudget(zaanstadBudget);
  const { years } = zaanstadBudget;
  const pillars = summary.pillarOrder;
  if (view === 'year') {
    return (
      <BarChart
        title="Budget per jaar, alle pijlers samen"
        categories={years.map(String)}
        series={[
          { key: 'totaal', label: 'Totaal', values: years.map((y) => summary.perYear[y] ?? 0) },
        ]}
        formatValue={euro}
      />
    );
  }
  if (view === 'pillar') {
    return (
      <BarChart
        title="Budget per pijler, 2020–2022 samen"
        description={`Totaal ${euro(summary.totalCents)}.`}
        categories={pillars.map(label)}
        series={[
          { key: 'totaal', label: 'Totaal', values: pillars.map((p) => summary.perPillar[p] ?? 0) },
        ]}
        formatValue={euro}
      />
    );
  }
  return (
    <BarChart
      title="Budget per pijler en per jaar"
      description="In 2020 is per pijler weinig begroot; 2021 en 2022 hebben dezelfde bedragen."
      categories={pillars.map(label)}
      series={years.map((year) => ({
        key: String(year),
        label: String(year),
        values: pillars.map((p) => summary.perPillarPerYear[p]?.[year] ?? 0),
      }))}
      formatValue={euro}
    />
  );
}
