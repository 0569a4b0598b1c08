import type { ReactNode } from 'react';

interface Props {
  /** Heading of the first column, e.g. "Pijler" or "Actie". */
  label: string;
  years: readonly number[];
}

/** The header row of a budget table: the label, one column per year, then "Totaal". */
export default function YearHeaderRow({ label, years }: Props): ReactNode {
  return (
    <tr>
      <th scope="col">{label}</th>
      {years.map((year) => (
        <th key={year} scope="col" className="bot-num">
          {year}
        </th>
      ))}
      <th scope="col" className="bot-num">
        Totaal
      </th>
    </tr>
  );
}
