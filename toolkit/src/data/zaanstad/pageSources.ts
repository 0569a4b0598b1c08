/**
 * Which source documents each Aanpak page draws from, and what it takes from
 * each. The pages' "Bronnen" lists and the site's Bronnen page both render
 * this, so they cannot disagree.
 *
 * To add a page: add its key (the file name in docs/aanpak without .mdx) and
 * its sources; render `<SourceList page="…" />` at the bottom of the page.
 */
import type { SourceId } from '../sources';

export type AanpakPageKey =
  | 'index'
  | 'introductie'
  | 'pijler-1-pga'
  | 'pijler-2-school'
  | 'pijler-3-gezin'
  | 'pijler-4-digitaal'
  | 'pijler-5-leren'
  | 'randvoorwaarden'
  | 'begroting'
  | 'resultaten-2021'
  | 'bestaande-initiatieven';

export interface PageSourceUse {
  source: SourceId;
  /** What the page takes from the source (Dutch). */
  uses: string;
}

export interface AanpakPage {
  key: AanpakPageKey;
  /** Route on the site. */
  path: string;
  /** Page title as in the sidebar (Dutch). */
  title: string;
  sources: PageSourceUse[];
}

const pillarPage = (
  key: AanpakPageKey,
  title: string,
  chapter: number,
  results2021: string | null,
): AanpakPage => ({
  key,
  path: `/aanpak/${key}`,
  title,
  sources: [
    {
      source: '001',
      uses: `hoofdstuk ${chapter} (doel, interventies, doelgroep, monitoring, budget) en de financiële tabel van hoofdstuk 10`,
    },
    ...(results2021 ? [{ source: '002' as const, uses: results2021 }] : []),
  ],
});

export const aanpakPages: readonly AanpakPage[] = [
  {
    key: 'index',
    path: '/aanpak',
    title: 'Overzicht',
    sources: [
      { source: '001', uses: 'de samenvatting en de vijf pijlers met hun budget' },
      { source: '002', uses: 'de looptijd en de focusgebieden' },
    ],
  },
  {
    key: 'introductie',
    path: '/aanpak/introductie',
    title: 'Introductie',
    sources: [
      {
        source: '001',
        uses: 'samenvatting, hoofdstukken 1 tot en met 4 (probleem, werkwijze, wijken, ambitie, pijlers) en de cofinancieringseis',
      },
      {
        source: '002',
        uses: 'focusgebieden 2021–2022, de BOTOC-subsidie en de vier projectpijlers van 2021',
      },
      { source: '000', uses: 'het implementatieplan 2021' },
    ],
  },
  pillarPage(
    'pijler-1-pga',
    'Pijler 1: Persoonsgerichte aanpak (PGA)',
    5,
    'pijler 1 ‘De aanpak risicojongeren’',
  ),
  pillarPage(
    'pijler-2-school',
    'Pijler 2: De school als centrale plek in de wijk',
    6,
    'pijler 2 ‘De school als centrale plek in de wijk’',
  ),
  pillarPage('pijler-3-gezin', 'Pijler 3: Gezinsgerichte aanpak', 7, null),
  pillarPage(
    'pijler-4-digitaal',
    'Pijler 4: De digitale (leef)wereld',
    8,
    'pijler 3 ‘De digitale (leef)wereld’ en de campagnecijfers',
  ),
  pillarPage(
    'pijler-5-leren',
    'Pijler 5: Leren en ontwikkelen',
    9,
    'pijler 4 ‘Leren, ontwikkelen en regie op een integraal dynamisch project’',
  ),
  {
    key: 'randvoorwaarden',
    path: '/aanpak/randvoorwaarden',
    title: 'Randvoorwaarden',
    sources: [{ source: '001', uses: 'hoofdstuk 4 (§ 4.1 en § 4.3): ambitie en randvoorwaarden' }],
  },
  {
    key: 'begroting',
    path: '/aanpak/begroting',
    title: 'Begroting',
    sources: [
      {
        source: '001',
        uses: 'hoofdstuk 10: de financiële tabel 2020–2022, de cofinancieringseis en de cofinancieringsposten; de budgetten per hoofdstuk',
      },
    ],
  },
  {
    key: 'resultaten-2021',
    path: '/aanpak/resultaten-2021',
    title: 'Resultaten 2021',
    sources: [
      { source: '002', uses: 'alle cijfers, resultaten en het citaat van minister Grapperhaus' },
      { source: '000', uses: 'het citaat van burgemeester Jan Hamming' },
    ],
  },
  {
    key: 'bestaande-initiatieven',
    path: '/aanpak/bestaande-initiatieven',
    title: 'Bestaande initiatieven',
    sources: [
      { source: '001', uses: 'de bijlage ‘Maatregelen en bestaande initiatieven’ en § 9.2' },
      { source: '002', uses: 'het wekelijkse bezoek aan de Jongerenwinkel in 2021' },
    ],
  },
];

/** The sources of one Aanpak page; throws for an unknown page key. */
export function getAanpakPage(key: AanpakPageKey): AanpakPage {
  const page = aanpakPages.find((candidate) => candidate.key === key);
  if (!page) throw new RangeError(`Onbekende pagina: ${String(key)}`);
  return page;
}
