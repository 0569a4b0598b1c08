import type { ReactNode } from 'react';
import {
  zaanstadResults2021,
  type Infographic2021PillarNumber,
  type ResultFigure,
} from '@bot075/toolkit';
import styles from './styles.module.css';

type Props =
  /** All figures of one project pillar of the 2021 infographic. */
  | { pillar: Infographic2021PillarNumber; keys?: undefined }
  /** Only these figures, in this order. */
  | { keys: string[]; pillar?: undefined };

const number = (value: number) => value.toLocaleString('nl-NL');

function display(figure: ResultFigure): string {
  return figure.upTo === null
    ? number(figure.value)
    : `${number(figure.value)}–${number(figure.upTo)}`;
}

/** Figures from the 2021 infographic as large, readable blocks (number above its label). */
export default function FigureBlocks(props: Props): ReactNode {
  const all = zaanstadResults2021.flatMap((pillar) =>
    pillar.figures.map((figure) => ({ figure, pillar: pillar.number })),
  );
  const figures =
    props.keys !== undefined
      ? props.keys.map((key) => {
          const found = all.find((entry) => entry.figure.key === key);
          if (!found) throw new RangeError(`FigureBlocks: onbekend cijfer ${key}`);
          return found.figure;
        })
      : all.filter((entry) => entry.pillar === props.pillar).map((entry) => entry.figure);
  return (
    <ul className={styles.blocks}>
      {figures.map((figure) => (
        <li key={figure.key} className={styles.block}>
          <span className={styles.value}>{display(figure)}</span>{' '}
          <span className={styles.label}>
            {figure.upTo !== null ? `(tussen de ${figure.value} en ${figure.upTo}) ` : ''}
            {figure.label}
          </span>
        </li>
      ))}
    </ul>
  );
}
