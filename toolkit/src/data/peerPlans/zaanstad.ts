/**
 * Zaanstad: Back on Track in 075 (BOT), the plan this site is about. Source
 * 004 names it but does not answer the seven questions for it; the answers
 * here come from the project plan (001), the press release (000) and the 2021
 * infographic (002). The budget and target numbers are read from the BOT
 * plan's own data, so they are written once.
 */
import type { PeerPlan } from '../../peerPlans/schema';
import { summarizeBudget } from '../../budget/summarizeBudget';
import { zaanstadBudget } from '../zaanstad/budget';
import { zaanstadTargets } from '../zaanstad/targets';

export default {
  id: 'zaanstad',
  name: 'Zaanstad',
  title: 'Back on Track in 075 (BOT)',
  municipalities: ['Zaanstad'],
  region: null,
  scheme: 'botoc',
  start: 'zomer 2020 (plan); acties vanaf 2021',
  period: '2020–2022 (begroting); 2021 en 2022 volgens de infographic',
  summary:
    'Zaanstad wil met Back on Track in 075 de preventieve aanpak van ondermijnende jeugdcriminaliteit versterken, met vroege interventies in preventie en repressie langs vijf pijlers.',
  focusAreas: ['Saendelft', 'Poelenburg/Peldersveld'],
  interventions: [
    {
      name: 'Persoonsgerichte aanpak',
      description:
        'Intensief coachingtraject voor jongeren met een duidelijk risico die (nog) niet in de 075 aanpak vallen, met een mogelijk financieel alternatief.',
      pillars: ['pga'],
    },
    {
      name: 'Op school',
      description:
        'Omgaan met signalen, weerbaarheid van leerlingen en de school als fysieke locatie na schooltijd.',
      pillars: ['school'],
    },
    {
      name: 'In de wijk',
      description:
        'Straatcoaches, jeugdboa’s, samenwerking met lokale ondernemers, campagnes en acties.',
      pillars: ['school'],
    },
    {
      name: 'Gezinsgerichte aanpak',
      description:
        'Handvatten voor ouders, een pilot met gezinsgerichte methoden en ‘verborgen oplossingen’.',
      pillars: ['gezin'],
    },
    {
      name: 'Digitale (leef)wereld',
      description: 'Digitale weerbaarheid en een pilot digitale handhaving.',
      pillars: ['digitaal'],
    },
    {
      name: 'Leren en ontwikkelen',
      description:
        'Monitoren, een integraal jeugd- en veiligheidsdashboard, best practices delen in de regio en een nieuwsbrief.',
      pillars: ['leren'],
    },
  ],
  pillars: [
    {
      pillar: 'pga',
      reason: 'Pijler 1 van het plan: een persoonsgerichte aanpak met intensieve coaching.',
      sources: ['001'],
    },
    {
      pillar: 'school',
      reason: 'Pijler 2 van het plan: de school als centrale plek in de wijk.',
      sources: ['001'],
    },
    {
      pillar: 'gezin',
      reason: 'Pijler 3 van het plan: een gezinsgerichte aanpak voor kwetsbare gezinnen.',
      sources: ['001'],
    },
    {
      pillar: 'digitaal',
      reason: 'Pijler 4 van het plan: de digitale (leef)wereld van de jeugd.',
      sources: ['001'],
    },
    {
      pillar: 'leren',
      reason: 'Pijler 5 van het plan: leren en ontwikkelen, regie op een dynamische aanpak.',
      sources: ['001'],
    },
  ],
  themes: ['ondermijnende jeugdcriminaliteit'],
  partners: [
    'RIEC',
    'politie',
    'jongerenwerk',
    'jeugdboa’s',
    'straatcoaches',
    'scholen (Pascal college Zuid, Praktijkonderwijs de Faam, Altra college)',
    'sociale wijkteams en jeugdteams',
    'lokale ondernemers',
  ],
  budget: {
    amountCents: summarizeBudget(zaanstadBudget).totalCents,
    approximate: false,
    covers:
      'De projectbegroting 2020–2022 voor de vijf pijlers en de projectleider. De gemeente brengt daarnaast cofinanciering in (een derde van de begroting, eis van het ministerie).',
    sources: ['001'],
  },
  targets: Object.values(zaanstadTargets).map(({ count, unit, note }) => ({ count, unit, note })),
  monitoring:
    'Per pijler noemt het plan indicatoren; nulmeting en beoogd resultaat worden nog uitgewerkt. Daarnaast een integraal jeugd- en veiligheidsdashboard, het samen duiden van informatie en het bijstellen van de aanpak.',
  contact: null,
  questions: {
    structuur: {
      answer:
        'Vijf pijlers (persoonsgerichte aanpak, school, gezin, digitale leefwereld, leren en ontwikkelen). Een projectleider bij de gemeente bewaakt de voortgang en de afspraken, verbindt de domeinen en stelt het plan jaarlijks bij. Elke pijler krijgt een interne eigenaar (5 × 0,2 fte).',
      sources: ['001'],
    },
    integraal: {
      answer:
        'Het plan wil het veiligheidsdomein en het sociaal domein verbinden vanuit één gezamenlijke opdracht, ieder met eigen taken en bevoegdheden. Er is een regiegroep Onderwijs, Zorg en Veiligheid gestart, en de gemeente werkt nauw samen met het RIEC.',
      sources: ['001'],
    },
    betrokkenen: {
      answer:
        'Onder meer het RIEC, politie, jongerenwerk, jeugdboa’s, straatcoaches, scholen (Pascal college Zuid, Praktijkonderwijs de Faam, Altra college), sociale wijkteams, jeugdteams en lokale ondernemers. Het plan is geschreven door adviesbureau NCOD THOP, op basis van 25 interviews met Zaanse partners.',
      sources: ['001'],
    },
    kostenEnOpbrengst: {
      answer:
        'De begroting voor 2020–2022 is € 1.635.650 (de tabel in het plan drukt het eindtotaal af als “€ 1.63.650”, een typefout). Het ministerie eist cofinanciering van een derde van de begroting. Per pijler noemt het plan de doelen waaraan het wil bijdragen.',
      sources: ['001'],
    },
    monitoring: {
      answer:
        'Indicatoren per pijler, een integraal jeugd- en veiligheidsdashboard, samen duiden van informatie en het bijstellen van de aanpak; mogelijk een jaarlijkse enquête onder jongeren. Volgens de infographic is 2021 geëvalueerd en een uitvoeringsprogramma 2022 opgesteld.',
      sources: ['001', '002'],
    },
    startEnPlanning: {
      answer:
        'Het plan is in de zomer van 2020 gemaakt. Voor 2021 stonden onder meer gepland: coachingtrajecten voor risicojongeren, een trainingsprogramma voor professionals, een vangnet voor gezinnen, voorlichting op scholen, scholen langer open als ontmoetingsplek, jongerenpanels en een communicatiecampagne.',
      sources: ['000'],
    },
    tips: null,
  },
  sources: ['000', '001', '002', '004'],
} satisfies PeerPlan;
