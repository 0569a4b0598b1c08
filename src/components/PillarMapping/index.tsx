import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { zaanstadPillars, zaanstadResults2021 } from '@bot075/toolkit';
import TableScroll from '../TableScroll';

/**
 * How the pillars are numbered in the plan's chapters (the site's numbering),
 * in the plan's summary, and in the 2021 infographic's four project pillars.
 */
export default function PillarMapping(): ReactNode {
  const captionId = 'pijlers-nummering-caption';
  return (
    <TableScroll labelledBy={captionId}>
      <table data-testid="pijler-nummering">
        <caption id={captionId}>De pijlers in het plan en in de infographic over 2021</caption>
        <thead>
          <tr>
            <th scope="col">Pijler op deze site (hoofdstukken van het plan)</th>
            <th scope="col">Nummer in de samenvatting van het plan</th>
            <th scope="col">Projectpijler in de infographic 2021</th>
          </tr>
        </thead>
        <tbody>
          {zaanstadPillars.map((pillar) => {
            const result = zaanstadResults2021.find(
              (candidate) => candidate.number === pillar.infographic2021Pillar,
            );
            return (
              <tr key={pillar.id}>
                <th scope="row">
                  <Link to={pillar.path}>
                    {pillar.number}. {pillar.name}
                  </Link>
                </th>
                <td>{pillar.summaryNumber}</td>
                <td>
                  {result
                    ? `${result.number}. ${result.title}`
                    : 'geen eigen projectpijler in 2021'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
