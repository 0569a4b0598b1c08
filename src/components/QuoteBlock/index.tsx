import type { ReactNode } from 'react';
import { sources, zaanstadQuotes } from '@bot075/toolkit';
import styles from './styles.module.css';

interface Props {
  /** Key of the quote in `zaanstadQuotes` ("hamming", "grapperhaus"). */
  quote: string;
}

/** A quote exactly as its source prints it, with speaker, role and source. */
export default function QuoteBlock({ quote }: Props): ReactNode {
  const data = zaanstadQuotes.find((candidate) => candidate.key === quote);
  if (!data) throw new RangeError(`QuoteBlock: onbekend citaat ${quote}`);
  return (
    <figure className={styles.quote}>
      <blockquote className={styles.text}>
        {data.paragraphs.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </blockquote>
      <figcaption className={styles.attribution}>
        — <span className={styles.speaker}>{data.speaker}</span>, {data.role}, {data.context} (bron{' '}
        {data.source}: {sources[data.source].title})
      </figcaption>
    </figure>
  );
}
