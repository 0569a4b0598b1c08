import type { JSX } from 'react';
import { useId } from 'react';
import clsx from 'clsx';
import { niceScale } from '@bot075/toolkit';
import styles from './styles.module.css';

export type BarChartSeries = { key: string; label: string; values: number[] };
export type BarChartProps = {
  title: string; // visible caption (Dutch)
  description?: string; // optional short text under the caption
  categories: string[]; // group labels, e.g. pillar names
  series: BarChartSeries[]; // one per year (values aligned with categories); one series = simple bars
  formatValue: (value: number) => string; // e.g. (c) => formatEuro(c)
};

/** Width of the bar area in SVG user units; bars are drawn as a share of it. */
const PLOT_WIDTH = 1000;
/** Colour classes per series; more series than this repeat the palette (their labels still tell them apart). */
const SERIES_CLASSES = [
  styles.series0,
  styles.series1,
  styles.series2,
  styles.series3,
  styles.series4,
] as const;

function seriesClass(index: number): string | undefined {
  return SERIES_CLASSES[index % SERIES_CLASSES.length];
}

/** Values below zero are not meaningful for these bars; draw them as empty. */
function barWidth(value: number, max: number): number {
  if (!Number.isFinite(value) || value <= 0) return 0;
  return Math.min(PLOT_WIDTH, (value / max) * PLOT_WIDTH);
}

/**
 * A horizontal bar chart rendered as static HTML and SVG (no script, no
 * inline styles, so it works under a strict Content-Security-Policy).
 *
 * Labels and values are HTML text beside each bar, so they wrap, zoom and
 * are read by screen readers; the SVG bars are decoration for sighted
 * readers (`aria-hidden`). A table with the same figures follows in a
 * disclosure ("Toon de cijfers als tabel").
 */
export default function BarChart(props: BarChartProps): JSX.Element {
  const { title, description, categories, series, formatValue } = props;
  const id = useId();
  const titleId = `${id}-title`;
  const descriptionId = `${id}-description`;
  const multiple = series.length > 1;
  const allValues = series.flatMap((s) => s.values);
  const scale = niceScale(Math.max(0, ...allValues.filter(Number.isFinite)));
  const gridLines = scale.ticks.slice(1, -1).map((tick) => (tick / scale.max) * PLOT_WIDTH);

  return (
    <figure
      className={styles.chart}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
    >
      <figcaption className={styles.caption}>
        <span id={titleId} className={styles.title}>
          {title}
        </span>
        {description ? (
          <span id={descriptionId} className={styles.description}>
            {description}
          </span>
        ) : null}
      </figcaption>

      {multiple ? (
        <ul className={styles.legend} aria-label="Legenda">
          {series.map((s, index) => (
            <li key={s.key} className={styles.legendItem}>
              <svg
                className={styles.swatch}
                viewBox="0 0 10 10"
                width="14"
                height="14"
                aria-hidden="true"
                focusable="false"
              >
                <rect x="0" y="0" width="10" height="10" className={seriesClass(index)} />
              </svg>
              {s.label}
            </li>
          ))}
        </ul>
      ) : null}

      <ol className={styles.groups}>
        {categories.map((category, categoryIndex) => (
          <li key={category} className={styles.group}>
            <span className={styles.category}>{category}</span>
            <ul className={clsx(styles.rows, multiple && styles.rowsMultiple)}>
              {series.map((s, seriesIndex) => {
                const value = s.values[categoryIndex] ?? 0;
                return (
                  <li key={s.key} className={styles.row}>
                    {multiple ? <span className={styles.seriesLabel}>{s.label} </span> : null}
                    <svg
                      className={styles.bar}
                      viewBox={`0 0 ${PLOT_WIDTH} 10`}
                      preserveAspectRatio="none"
                      width="100%"
                      height="18"
                      aria-hidden="true"
                      focusable="false"
                    >
                      <rect x="0" y="0" width={PLOT_WIDTH} height="10" className={styles.track} />
                      {gridLines.map((x) => (
                        <line
                          key={x}
                          x1={x}
                          x2={x}
                          y1="0"
                          y2="10"
                          className={styles.grid}
                          vectorEffect="non-scaling-stroke"
                        />
                      ))}
                      <rect
                        x="0"
                        y="0"
                        width={barWidth(value, scale.max)}
                        height="10"
                        className={seriesClass(seriesIndex)}
                      />
                    </svg>{' '}
                    <span className={styles.value}>{formatValue(value)}</span>
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ol>

      <p className={styles.scaleNote}>
        Schaal van de balken: {formatValue(0)} tot {formatValue(scale.max)}
        {gridLines.length > 0 ? `, hulplijnen per ${formatValue(scale.step)}` : ''}.
      </p>

      <details className={styles.tableDetails}>
        <summary data-pagefind-ignore="">Toon de cijfers als tabel</summary>
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">Onderdeel</th>
                {series.map((s) => (
                  <th key={s.key} scope="col" className="bot-num">
                    {s.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {categories.map((category, categoryIndex) => (
                <tr key={category}>
                  <th scope="row">{category}</th>
                  {series.map((s) => (
                    <td key={s.key} className="bot-num">
                      {formatValue(s.values[categoryIndex] ?? 0)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
