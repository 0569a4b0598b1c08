import type { ReactNode } from 'react';
import { getResultFigure2021 } from '@bot075/toolkit';
import BarChart from '../BarChart';

const number = (value: number) => value.toLocaleString('nl-NL');

function chartOf(keys: string[], labels: string[]) {
  return { categories: labels, values: keys.map((key) => getResultFigure2021(key).value) };
}

/** Charts of the 2021 campaign figures (seed 002): website, Instagram and panels. */
export default function CampaignCharts(): ReactNode {
  const website = chartOf(['website-page-views', 'website-bezoekers'], ['Page views', 'Bezoekers']);
  const instagram = chartOf(
    ['instagram-weergaven', 'instagram-accounts', 'instagram-kliks'],
    ['Advertentieweergaven', 'Unieke accounts bereikt', 'Linkkliks en swipe-ups'],
  );
  return (
    <>
      <BarChart
        title="Instagram ‘075aanbot’ in 2021"
        description="Bereik van de campagne Be on Track op Instagram."
        categories={instagram.categories}
        series={[{ key: 'aantal', label: 'Aantal', values: instagram.values }]}
        formatValue={number}
      />
      <BarChart
        title="Website www.bot075.nl in 2021"
        categories={website.categories}
        series={[{ key: 'aantal', label: 'Aantal', values: website.values }]}
        formatValue={number}
      />
    </>
  );
}
