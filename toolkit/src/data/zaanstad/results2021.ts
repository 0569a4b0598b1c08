/**
 * Results of 2021 from the infographic "Back on Track in 075 (2021)" (seed 002),
 * per project pillar in the infographic's own numbering (four pillars), and
 * how those map onto the plan's five pillars.
 *
 * Every number is copied from the infographic; `results2021.test.ts` checks
 * them against the source text. To add a figure: add it to the right pillar
 * with the exact label the infographic uses, and add it to the test.
 */
import type { Infographic2021PillarNumber, ZaanstadPlanPillarId } from './pillars';

export interface ResultFigure {
  /** Stable key, used in tests and charts. */
  key: string;
  /** The number. For a range, the lower bound; see `upTo`. */
  value: number;
  /** Upper bound of a range ("tussen de 25 en 30"), or `null` for a single number. */
  upTo: number | null;
  /** What the number counts, in Dutch, following the infographic. */
  label: string;
}

export interface Infographic2021Pillar {
  number: Infographic2021PillarNumber;
  /** The title as the infographic prints it (in normal capitalisation). */
  title: string;
  /** The infographic's one-line description of the pillar. */
  description: string;
  /** The plan's pillars this project pillar covers (plan chapter numbering). */
  planPillars: ZaanstadPlanPillarId[];
  figures: ResultFigure[];
  /** Results and actions the infographic lists as text. */
  results: string[];
}

/** The two focus areas for 2021 and 2022, the project's running time according to the infographic. */
export const zaanstadFocusAreas2021 = ['Saendelft', 'Poelenburg/Peldersveld'] as const;

export const zaanstadResults2021: readonly Infographic2021Pillar[] = [
  {
    number: 1,
    title: 'De aanpak risicojongeren',
    description:
      'Persoonsgerichte aanpak voor jongeren die dreigen af te glijden richting criminaliteit.',
    planPillars: ['pga'],
    figures: [
      {
        key: 'regisseurs',
        value: 4,
        upTo: null,
        label: 'regisseurs Aanpak Risicojongeren aangesteld',
      },
      { key: 'jongeren-in-aanpak', value: 25, upTo: 30, label: 'jongeren in de aanpak' },
    ],
    results: [
      'Nauwe samenwerking tussen zorg- en veiligheidsdomein.',
      'Minder problematisch gedrag van jongeren op straat.',
      'Jongeren en ouders zijn zich beter bewust van de gevolgen van overlastgevend en/of crimineel gedrag.',
      'Minder schoolverzuim en betere resultaten.',
      'Jongeren richten zich op doelen en drijfveren (stage, bijbaan of vervolgopleiding).',
      'Inzet op coaching: zorgen voor een vertrouwenspersoon.',
    ],
  },
  {
    number: 2,
    title: 'De school als centrale plek in de wijk',
    description:
      'De school is de centrale plek in de wijk die fysiek toegankelijk is voor jongeren, ouders en professionals.',
    planPillars: ['school'],
    figures: [
      {
        key: 'jongerenwinkel-bezoek',
        value: 140,
        upTo: null,
        label: 'jongeren bezoeken wekelijks de Jongerenwinkel in buurthuis de Poelenburcht',
      },
    ],
    results: [
      'Samenwerking met primair en voortgezet onderwijs en andere betrokken netwerkpartners.',
      'Bijdrage aan de realisering van de JongerenHUB in Saendelft.',
      'Bijdrage aan de realisering van de Jongerenwinkel in buurthuis de Poelenburcht.',
      'Bijdrage aan de Entree-opleiding in Poelenburg/Peldersveld (opstap naar vervolgopleiding of werk).',
      'Werkbezoek van minister Grapperhaus aan een basisschool en de JongerenHUB in Saendelft.',
      'Vertragende factor: de coronamaatregelen (sluiting van scholen en bijeenkomsten die niet door konden gaan).',
    ],
  },
  {
    number: 3,
    title: 'De digitale (leef)wereld',
    description:
      'Begrijpen hoe jongeren de digitale leefwereld ervaren en waarom ze bepaalde keuzes maken.',
    planPillars: ['digitaal'],
    figures: [
      { key: 'website-page-views', value: 4_334, upTo: null, label: 'page views (website)' },
      { key: 'website-bezoekers', value: 2_556, upTo: null, label: 'bezoekers (website)' },
      {
        key: 'instagram-weergaven',
        value: 121_500,
        upTo: null,
        label: 'advertentieweergaven (Instagram)',
      },
      {
        key: 'instagram-accounts',
        value: 25_032,
        upTo: null,
        label: 'unieke accounts bereikt (Instagram)',
      },
      {
        key: 'instagram-kliks',
        value: 1_630,
        upTo: null,
        label: 'linkkliks en swipe-ups (Instagram)',
      },
      { key: 'dms', value: 12, upTo: null, label: 'DM’s ontvangen' },
      {
        key: 'dromen',
        value: 8,
        upTo: null,
        label: 'van die DM’s: concrete dromen van jongeren voor hun wijk',
      },
      { key: 'panelgesprekken', value: 5, upTo: null, label: 'panelgesprekken gevoerd' },
      {
        key: 'panel-jongeren',
        value: 25,
        upTo: null,
        label: 'jongeren in de panelgesprekken (in totaal)',
      },
      {
        key: 'panel-hulpverleners',
        value: 6,
        upTo: null,
        label: 'hulpverleners in de panelgesprekken (in totaal)',
      },
    ],
    results: [
      'Lancering van de campagne Be on Track, met de website www.bot075.nl en de Instagrampagina ‘075aanbot’. Doel: Zaanse jongeren bereiken en aansporen hun dromen waar te maken en niet voor het verkeerde pad te kiezen.',
      'Posters opgehangen en QR-stickers geplakt in Saendelft en Poelenburg/Peldersveld.',
      'Ambassadeurs geworven: Jong Ajax-talent Naci Ünüvar en actrice Tamar van Waning.',
    ],
  },
  {
    number: 4,
    title: 'Leren, ontwikkelen en regie op een integraal dynamisch project',
    description: 'Samenwerking zoeken, monitoren, continueren en borgen van het project.',
    planPillars: ['leren'],
    figures: [],
    results: [
      'BOT onder de aandacht gebracht van interne en externe partners (‘BOT in the spotlights’).',
      'Best practices gedeeld.',
      'Nauwe samenwerking tussen maatschappelijk en veiligheidsdomein en met netwerkpartners.',
      '2021 geëvalueerd en het uitvoeringsprogramma 2022 opgesteld.',
    ],
  },
];

/** Finds the figure with `key` in the 2021 results; throws for an unknown key. */
export function getResultFigure2021(key: string): ResultFigure {
  for (const pillar of zaanstadResults2021) {
    const figure = pillar.figures.find((candidate) => candidate.key === key);
    if (figure) return figure;
  }
  throw new RangeError(`Onbekend cijfer uit 2021: ${key}`);
}
