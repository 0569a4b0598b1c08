import type { ReactNode } from 'react';
import { formatEuro, zaanstadCoFinancing } from '@bot075/toolkit';
import TableScroll from '../TableScroll';

/** fte in hundredths (250) to Dutch notation ("2,5"). */
function fte(hundredths: number): string {
  return (hundredths / 100).toLocaleString('nl-NL', { maximumFractionDigits: 2 });
}

/**
 * The co-financing items of the BOT plan exactly as printed: capacity, fte,
 * salary scale and amount. The plan does not say whether the amounts are per
 * year or for the whole period, so this table states no period and no total
 * per year; the page explains this.
 */
export default function CoFinancingTable(): ReactNode {
  const captionId = 'cofinanciering-caption';
  return (
    <TableScroll labelledBy={captionId}>
      <table data-testid="cofinanciering-tabel">
        <caption id={captionId}>
          Cofinanciering zoals het plan die noemt (periode niet bekend uit de bron)
        </caption>
        <thead>
          <tr>
            <th scope="col">Inzet</th>
            <th scope="col" className="bot-num">
              fte
            </th>
            <th scope="col" className="bot-num">
              Schaal
            </th>
            <th scope="col" className="bot-num">
              Bedrag
            </th>
          </tr>
        </thead>
        <tbody>
          {zaanstadCoFinancing.map((item) => (
            <tr key={item.description}>
              <th scope="row">{item.description}</th>
              <td className="bot-num">{fte(item.fteHundredths)}</td>
              <td className="bot-num">{item.salaryScale}</td>
              <td className="bot-num">{formatEuro(item.amountCents, { cents: 'when-needed' })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
