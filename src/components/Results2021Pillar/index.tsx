import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import {
  zaanstadPillars,
  zaanstadResults2021,
  type Infographic2021PillarNumber,
} from '@bot075/toolkit';
import FigureBlocks from '../FigureBlocks';

interface Props {
  pillar: Infographic2021PillarNumber;
}

/**
 * One project pillar of the 2021 infographic: the plan pillar it covers,
 * its description, its figures as blocks and its results as a list.
 */
export default function Results2021Pillar({ pillar }: Props): ReactNode {
  const data = zaanstadResults2021.find((candidate) => candidate.number === pillar);
  if (!data) throw new RangeError(`Results2021Pillar: onbekende projectpijler ${pillar}`);
  const planPillars = zaanstadPillars.filter((p) => data.planPillars.includes(p.id));
  return (
    <>
      <p>
        In het plan:{' '}
        {planPillars.map((planPillar, index) => (
          <span key={planPillar.id}>
            {index > 0 ? ', ' : ''}
            <Link to={planPillar.path}>
              pijler {planPillar.number}, {planPillar.name}
            </Link>
          </span>
        ))}
        . In de infographic: {data.description.charAt(0).toLowerCase() + data.description.slice(1)}
      </p>
      {data.figures.length > 0 ? (
        <FigureBlocks pillar={pillar} />
      ) : (
        <p>De infographic noemt voor deze projectpijler geen cijfers.</p>
      )}
      <ul>
        {data.results.map((result) => (
          <li key={result}>{result}</li>
        ))}
      </ul>
    </>
  );
}
