/**
 * The financial table of the BOT project plan ("BOT! Back on Track in 075",
 * chapter 10 "Financiële middelen"), 2020–2022, in integer euro cents.
 *
 * Source: seed 001 (project plan). Pillars follow the plan's chapter
 * numbering (1 PGA, 2 school, 3 gezin, 4 digitaal, 5 leren), which the
 * financial table also uses. The table's grand total is printed as
 * "€ 1.63.650", a typo: the lines add up to € 1.635.650, as do the pillar
 * budgets in the text. `zaanstadBudget.test.ts` checks every printed figure.
 *
 * To change a figure: change it here, never in a page; the tests name the
 * source figure it must still reproduce.
 */
import type { Budget } from '../../budget/types';
import { zaanstadCoFinancing } from './coFinancing';
import { zaanstadTargets } from './targets';

/** Keys of the BOT plan's pillars (chapter numbering) and of its project lead line. */
export type ZaanstadPillarId =
  'pga' | 'school' | 'gezin' | 'digitaal' | 'leren' | 'opdrachtgeverschap';

const euro = (amount: number): number => amount * 100;

/** The BOT plan's budget table 2020–2022: € 1.635.650 in total. */
export const zaanstadBudget = {
  years: [2020, 2021, 2022],
  pillarLabels: {
    pga: 'Pijler 1 · Persoonsgerichte aanpak (PGA)',
    school: 'Pijler 2 · School als centrale plek in de wijk',
    gezin: 'Pijler 3 · Gezinsgerichte aanpak',
    digitaal: 'Pijler 4 · Digitale (leef)wereld',
    leren: 'Pijler 5 · Leren en ontwikkelen',
    opdrachtgeverschap: 'Opdrachtgeverschap',
  } satisfies Record<ZaanstadPillarId, string>,
  lines: [
    {
      pillar: 'pga',
      action: 'Persoonsgerichte aanpak',
      amounts: { 2020: euro(6_700), 2021: euro(130_400), 2022: euro(130_400) },
    },
    {
      pillar: 'pga',
      action: 'Financieel alternatief',
      amounts: { 2021: euro(37_800), 2022: euro(37_800) },
    },
    {
      pillar: 'school',
      action: 'Op school: omgaan met signalen, weerbaarheid, school als fysieke locatie',
      amounts: { 2020: euro(1_600), 2021: euro(127_600), 2022: euro(127_600) },
    },
    {
      pillar: 'school',
      action:
        'In de wijk: straatcoaches, jeugdboa’s, samenwerking lokale ondernemers, campagnes en acties',
      amounts: { 2020: euro(5_600), 2021: euro(179_200), 2022: euro(179_200) },
    },
    {
      pillar: 'gezin',
      action: 'Gezinsgerichte aanpak: handvatten, gezinsgerichte methoden, verborgen oplossingen',
      amounts: { 2020: euro(7_600), 2021: euro(115_000), 2022: euro(115_000) },
    },
    {
      pillar: 'digitaal',
      action: 'Digitale (leef)wereld: digitale weerbaarheid, pilot digitale handhaving',
      amounts: { 2020: euro(4_650), 2021: euro(85_300), 2022: euro(85_300) },
    },
    {
      pillar: 'leren',
      action: 'Leren en ontwikkelen van nieuwe inzichten en uitkomsten data-analysen',
      amounts: { 2021: euro(43_200), 2022: euro(43_200) },
    },
    {
      pillar: 'opdrachtgeverschap',
      action: 'Projectleider',
      amounts: { 2020: euro(12_500), 2021: euro(80_000), 2022: euro(80_000) },
    },
  ],
  // The plan's co-financing items as printed. The plan does not state their
  // period; 'whole-period' is this example's reading, and the calculator lets
  // the user switch it. With it the check shows the plan € 33.879 short of 1/3.
  coFinancing: {
    amountPeriod: 'whole-period',
    items: zaanstadCoFinancing.map((item) => ({
      kind: 'amount' as const,
      description: item.description,
      amountCents: item.amountCents,
    })),
  },
  participants: {
    pga: zaanstadTargets.pga.count,
    school: zaanstadTargets.school.count,
    gezin: zaanstadTargets.gezin.count,
  },
} satisfies Budget;
