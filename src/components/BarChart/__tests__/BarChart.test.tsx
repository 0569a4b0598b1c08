import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { formatEuro } from '@bot075/toolkit';
import BarChart from '../BarChart';

const euro = (cents: number) => formatEuro(cents, { cents: 'when-needed' });

describe('BarChart', () => {
  const html = renderToStaticMarkup(
    <BarChart
      title="Budget per pijler en jaar"
      description="In euro’s"
      categories={['PGA', 'School']}
      series={[
        { key: '2021', label: '2021', values: [16_820_000, 30_680_000] },
        { key: '2022', label: '2022', values: [16_820_000, -5] },
      ]}
      formatValue={euro}
    />,
  );

  it('renders no inline style attribute (strict CSP)', () => {
    expect(html).not.toMatch(/\sstyle=/);
  });

  it('shows every value as text and in the alternative table', () => {
    expect(html.match(/€\u00a0168\.200/g)).toHaveLength(4); // 2 bars + 2 table cells
    expect(html).toContain('<table');
    expect(html).toContain('<caption>Budget per pijler en jaar</caption>');
    expect(html).toContain('<th scope="row">School</th>');
  });

  it('scales bars to a round maximum and draws negative values as empty', () => {
    // Largest value € 306.800 → scale € 0 to € 400.000: School 2021 is 767 of 1000 units.
    expect(html).toContain('Schaal van de balken: €\u00a00 tot €\u00a0400.000');
    expect(html).toContain('width="767"');
    expect(html).toContain('width="0"');
  });

  it('hides the decorative SVG bars from assistive technology and shows a legend for several series', () => {
    expect(html).not.toMatch(/<svg(?![^>]*aria-hidden="true")/);
    expect(html).toContain('aria-label="Legenda"');
  });

  it('leaves out the legend for a single series', () => {
    const single = renderToStaticMarkup(
      <BarChart
        title="Eén reeks"
        categories={['a']}
        series={[{ key: 'x', label: 'x', values: [1] }]}
        formatValue={String}
      />,
    );
    expect(single).not.toContain('Legenda');
  });
});
