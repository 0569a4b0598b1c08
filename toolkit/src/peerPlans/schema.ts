/**
 * The shape of a peer plan: a plan of another municipality (or of Zaanstad
 * itself) that received BOTOC or "Preventie met Gezag" subsidy, as the
 * sources describe it.
 *
 * The zod schema below is the single definition: the TypeScript types are
 * inferred from it, the site plugin validates every plan file with it at
 * build time, and the "Een plan toevoegen" page lists `peerPlanFieldHelp`.
 * Error messages are Dutch because the regional group reads them.
 *
 * The schema has no defaults and no transforms, so what an editor writes is
 * exactly what the site shows (input type = output type).
 */
import * as z from 'zod';
import type { ZaanstadPillarId } from '../data/zaanstad/budget';

/** The five BOT pillars in the site's numbering (the plan's chapter order). */
export const botPillarIds = [
  'pga',
  'school',
  'gezin',
  'digitaal',
  'leren',
] as const satisfies readonly ZaanstadPillarId[];

/** A BOT pillar: the ids of `ZaanstadPillarId` without the project lead line. */
export type BotPillarId = (typeof botPillarIds)[number];

/** Short Dutch pillar names for table headers; the full names are in `zaanstadBudget.pillarLabels`. */
export const botPillarShortLabels: Record<BotPillarId, string> = {
  pga: '1 · PGA',
  school: '2 · School',
  gezin: '3 · Gezin',
  digitaal: '4 · Digitaal',
  leren: '5 · Leren',
};

/** The subsidy schemes the sources name. */
export const subsidySchemeIds = ['botoc', 'pmg'] as const;
export type SubsidySchemeId = (typeof subsidySchemeIds)[number];

export const subsidySchemeLabels: Record<SubsidySchemeId, string> = {
  botoc: 'BOTOC',
  pmg: 'Preventie met Gezag',
};

/** The sources of the site (see /over/bronnen); a plan may only cite these. */
export const peerPlanSourceIds = ['000', '001', '002', '003', '004'] as const;
export type PeerPlanSourceId = (typeof peerPlanSourceIds)[number];

export const peerPlanSourceLabels: Record<PeerPlanSourceId, string> = {
  '000': 'Persbericht gemeente Zaanstad over het implementatieplan 2021 (bron 000)',
  '001': 'Projectplan "BOT! Back on Track in 075" (bron 001)',
  '002': 'Infographic "Back on Track in 075 (2021)" (bron 002)',
  '003': 'Nieuwsbericht over Jeugd & Veiligheid in Beverwijk en Heemskerk (bron 003)',
  '004': 'Webpagina "Plannen van aanpak ondermijning en jongeren" (bron 004)',
};

/** The seven questions source 004 asks of every plan, in its order. */
export const peerPlanQuestionIds = [
  'structuur',
  'integraal',
  'betrokkenen',
  'kostenEnOpbrengst',
  'monitoring',
  'startEnPlanning',
  'tips',
] as const;
export type PeerPlanQuestionId = (typeof peerPlanQuestionIds)[number];

/** The questions in Dutch, shortened from source 004's wording. */
export const peerPlanQuestionLabels: Record<PeerPlanQuestionId, string> = {
  structuur: 'Structuur en projectopzet',
  integraal: 'Inrichting van de integrale aanpak',
  betrokkenen: 'Wie zijn bij het project betrokken?',
  kostenEnOpbrengst: 'Wat kost het project en wat levert het op?',
  monitoring: 'Hoe houden zij zicht op voortgang en resultaten?',
  startEnPlanning: 'Wanneer begon het project en wat staat er op de planning?',
  tips: 'Tips voor de praktijk',
};

/** What the site shows wherever a source does not say something. */
export const notInSourceText = 'niet bekend uit de bron';

const text = (what: string) =>
  z
    .string({ error: `Vul ${what} in als tekst tussen aanhalingstekens.` })
    .trim()
    .min(1, { error: `${what} is leeg: vul een tekst in of laat het veld weg waar dat mag.` });

const sourceList = z
  .array(
    z.enum(peerPlanSourceIds, {
      error: `Gebruik een bronnummer uit de lijst: ${peerPlanSourceIds.join(', ')}.`,
    }),
    { error: 'Geef een lijst met bronnummers, bijvoorbeeld ["004"].' },
  )
  .min(1, { error: 'Noem minstens één bron, bijvoorbeeld ["004"].' });

const pillarId = z.enum(botPillarIds, {
  error: `Gebruik een pijler uit de lijst: ${botPillarIds.join(', ')}.`,
});

/** An answer to one of the seven questions, or null where the sources are silent. */
export const peerPlanAnswerSchema = z
  .strictObject({
    answer: text('het antwoord'),
    sources: sourceList,
  })
  .nullable();

export const peerPlanSchema = z.strictObject({
  id: z
    .string({ error: 'Vul de id in: de bestandsnaam zonder .ts, bijvoorbeeld "arnhem".' })
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
      error: 'Gebruik alleen kleine letters, cijfers en streepjes, bijvoorbeeld "rotterdam-zuid".',
    }),
  name: text('de naam van de gemeente(n)'),
  title: text('de naam van het plan').nullable(),
  municipalities: z
    .array(text('de naam van een gemeente'), { error: 'Geef een lijst met gemeenten.' })
    .min(1, { error: 'Noem minstens één gemeente.' }),
  region: text('de regio').nullable(),
  scheme: z
    .enum(subsidySchemeIds, {
      error: `Kies "botoc" of "pmg", of null als de bron de regeling niet noemt.`,
    })
    .nullable(),
  start: text('de start').nullable(),
  period: text('de looptijd').nullable(),
  summary: text('de korte samenvatting'),
  focusAreas: z.array(text('een wijk of gebied'), {
    error: 'Geef een lijst met wijken of gebieden, of [] als de bron er geen noemt.',
  }),
  interventions: z.array(
    z.strictObject({
      name: text('de naam van het deelproject'),
      description: text('de beschrijving van het deelproject').nullable(),
      pillars: z.array(pillarId, {
        error: 'Geef een lijst met pijlers, of [] als de bron geen pijler aanwijst.',
      }),
    }),
    { error: 'Geef een lijst met deelprojecten, of [] als de bron er geen noemt.' },
  ),
  pillars: z.array(
    z.strictObject({
      pillar: pillarId,
      reason: text('de reden uit de bron'),
      sources: sourceList,
    }),
    { error: 'Geef een lijst met pijlers en redenen, of [] als de bron er geen aanwijst.' },
  ),
  themes: z.array(text('een thema'), {
    error: 'Geef een lijst met thema’s, of [] als de bron er geen noemt.',
  }),
  partners: z.array(text('de naam van een partner'), {
    error: 'Geef een lijst met partners, of [] als de bron er geen noemt.',
  }),
  budget: z
    .strictObject({
      amountCents: z
        .number({ error: 'Vul het bedrag in eurocenten in, als getal zonder aanhalingstekens.' })
        .int({ error: 'Het bedrag is in hele eurocenten: € 2.420.000 is 242_000_000.' })
        .positive({ error: 'Het bedrag moet groter zijn dan nul.' }),
      approximate: z.boolean({ error: 'Vul true of false in.' }),
      covers: text('waar het bedrag voor is'),
      sources: sourceList,
    })
    .nullable(),
  targets: z.array(
    z.strictObject({
      count: z
        .number({ error: 'Vul het aantal in als getal.' })
        .int({ error: 'Het aantal is een heel getal.' })
        .positive({ error: 'Het aantal moet groter zijn dan nul.' }),
      unit: text('wat er geteld wordt (bijvoorbeeld "jongeren")'),
      note: text('de toelichting bij het aantal'),
    }),
    { error: 'Geef een lijst met doelaantallen, of [] als de bron er geen noemt.' },
  ),
  monitoring: text('de monitoring').nullable(),
  contact: z
    .strictObject({
      publishedText: text('de contacttekst precies zoals de bron die publiceerde'),
      source: z.literal('004', {
        error: 'Namen en contactgegevens komen alleen uit bron 004: vul "004" in.',
      }),
    })
    .nullable(),
  questions: z.strictObject(
    Object.fromEntries(peerPlanQuestionIds.map((id) => [id, peerPlanAnswerSchema])) as Record<
      PeerPlanQuestionId,
      typeof peerPlanAnswerSchema
    >,
    { error: 'Vul de zeven vragen in (structuur, integraal, …); null waar de bron zwijgt.' },
  ),
  sources: sourceList,
});

/** A peer plan as written in `toolkit/src/data/peerPlans/<id>.ts`. */
export type PeerPlan = z.output<typeof peerPlanSchema>;
export type PeerPlanAnswer = z.output<typeof peerPlanAnswerSchema>;

/**
 * What each field means, in Dutch, for the regional group. The "Een plan
 * toevoegen" page lists these, and validation errors repeat the one for the
 * field that is wrong.
 */
export const peerPlanFieldHelp: Record<keyof PeerPlan, string> = {
  id: 'De naam van het bestand zonder .ts, in kleine letters met streepjes (bijvoorbeeld "rotterdam-zuid"). Wordt ook het webadres: /gemeenten/<id>.',
  name: 'De naam zoals die in tabellen staat, bijvoorbeeld "Beverwijk en Heemskerk".',
  title: 'De naam van het plan of programma, of null als de bron geen naam noemt.',
  municipalities: 'De gemeente of gemeenten die het plan uitvoeren, als lijst.',
  region: 'De regio zoals de bron die noemt, of null.',
  scheme:
    'De subsidieregeling: "botoc" (Breed offensief tegen ondermijnende criminaliteit) of "pmg" (Preventie met Gezag), of null als de bron het niet zegt.',
  start:
    'Wanneer het plan begon, in de woorden van de bron (bijvoorbeeld "halverwege 2020"), of null.',
  period: 'De looptijd, of null als de bron die niet noemt.',
  summary: 'Eén of twee zinnen over het plan, in eigen woorden, alleen met feiten uit de bron.',
  focusAreas: 'Wijken of gebieden waar het plan zich op richt; [] als de bron er geen noemt.',
  interventions:
    'De deelprojecten of interventies: naam, korte beschrijving (of null) en de pijlers waar de bron ze bij onderbrengt ([] als dat niet blijkt).',
  pillars:
    'De BOT-pijlers waar het plan aan werkt, elk met de reden uit de bron en het bronnummer. Alleen invullen als de bron het laat zien; niet raden.',
  themes: 'Thema’s die de bron noemt, zoals "messengeweld onder jongeren"; [] als er geen zijn.',
  partners: 'De betrokken organisaties zoals de bron ze noemt; [] als de bron er geen noemt.',
  budget:
    'Het bedrag in eurocenten (amountCents), of het een benadering is (approximate), waar het voor is (covers) en de bron; null als de bron geen bedrag noemt.',
  targets:
    'Doelaantallen uit de bron (aantal, wat er geteld wordt, toelichting); [] als er geen zijn.',
  monitoring: 'Hoe voortgang en resultaten worden gevolgd, of null.',
  contact:
    'Alleen als bron 004 een contactpersoon publiceert: de tekst precies zoals gepubliceerd, met source "004". Anders null.',
  questions:
    'De zeven vragen van bron 004. Per vraag een antwoord in eigen woorden met bronnummers, of null als de bron de vraag niet beantwoordt. De site toont dan "niet bekend uit de bron".',
  sources: 'Alle bronnen waar dit plan op steunt, als lijst bronnummers (bijvoorbeeld ["003"]).',
};
