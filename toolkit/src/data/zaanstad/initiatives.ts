/**
 * The annex of the BOT plan (seed 001, "Bijlage: Maatregelen en bestaande
 * initiatieven"): measures and initiatives that already existed when the plan
 * was written, as structured data an advisor can scan.
 *
 * Every entry is validated with zod (`zaanstadInitiatives` is parsed when the
 * module loads, so a wrong entry fails the build and the tests with a message
 * that names the entry and the field).
 *
 * To add or edit an entry: keep to what the plan says. `forWhom` is `null`
 * and `partners` is `[]` when the plan does not say; the page then shows
 * "niet bekend uit de bron". Names are spelled as the plan spells them.
 */
import * as z from 'zod';

const nonEmpty = z.string().trim().min(1, 'mag niet leeg zijn');

export const initiativeSchema = z
  .object({
    /** URL-safe key, unique. */
    key: z.string().regex(/^[a-z0-9-]+$/, 'gebruik kleine letters, cijfers en streepjes'),
    /** The name as the annex prints it. */
    name: nonEmpty,
    /** What it is, in one to three Dutch sentences. */
    what: nonEmpty,
    /** Who it is for, or null when the plan does not say. */
    forWhom: nonEmpty.nullable(),
    /** Partners the plan names, as it names them; empty when it names none. */
    partners: z.array(nonEmpty),
    /** Period as the plan gives it, or null. */
    period: nonEmpty.nullable(),
  })
  .strict();

export type ZaanstadInitiative = z.infer<typeof initiativeSchema>;

export const initiativesSchema = z
  .array(initiativeSchema)
  .min(1)
  .superRefine((entries, context) => {
    const seen = new Set<string>();
    for (const [index, entry] of entries.entries()) {
      if (seen.has(entry.key)) {
        context.addIssue({
          code: 'custom',
          path: [index, 'key'],
          message: `sleutel "${entry.key}" komt twee keer voor; maak hem uniek`,
        });
      }
      seen.add(entry.key);
    }
  });

const entries: ZaanstadInitiative[] = [
  {
    key: '075-aanpak',
    name: '075 Aanpak',
    what: 'Een persoonsgerichte ketenaanpak onder stedelijke regie, sinds 2018, bestuurlijk geprioriteerd vanuit het integraal veiligheidsplan. Doel: gedragsverandering, minder recidive en voorkomen dat broertjes en zusjes afglijden.',
    forWhom:
      'Jongeren van 12 tot 27 jaar met een strafrechtelijke achtergrond die dreigen af te glijden naar de criminaliteit.',
    partners: [
      'gemeente Zaanstad (afdelingen veiligheid, jeugd en zorg)',
      'Zorg en Veiligheidshuis Zaanstreek-Waterland',
      'politie',
      'Openbaar Ministerie',
      'Reclassering',
      'Raad voor de Kinderbescherming',
      'Justitieel Complex Zaanstad',
      'Veilig Thuis',
      'Jeugdzorg Bureau Regio Amsterdam',
      'William Schikker Groep',
      'Spirit',
      'De Waag',
      'jeugd- en sociale wijkteams Zaanstad',
    ],
    period: 'sinds 2018',
  },
  {
    key: 'jno',
    name: 'Jongerennetwerkoverleg (JNO)',
    what: 'Overleg waarin overlastsituaties en individuele jongeren worden besproken. In 2020 herijkt Vangnet het 7-stappenmodel voor de aanpak van overlastgevende jeugdgroepen en onderzoekt het de doorontwikkeling van het jongerenwerk.',
    forWhom: 'Overlastgevende jeugdgroepen en individuele jongeren.',
    partners: [
      'afdeling Vangnet (voorzitter)',
      'afdeling OOV (adviserend over openbare orde en veiligheid)',
    ],
    period: null,
  },
  {
    key: 'veiligheid-in-wijken',
    name: 'Veiligheid in wijken',
    what: 'De afdeling OOV maakt veiligheid zichtbaar bij wijkbewoners en gaat er laagdrempelig over in gesprek, om hun zelfredzaamheid te vergroten.',
    forWhom: 'Bewoners van Zaanstad.',
    partners: ['afdeling OOV'],
    period: null,
  },
  {
    key: 'kansrijke-start',
    name: 'Programma Kansrijke Start 2019-2021',
    what: 'Aandacht voor situaties en kwetsbaarheden die vanaf de conceptie het risico vergroten dat een kind zich minder goed ontwikkelt, en voor problemen rond zwangerschap en geboorte.',
    forWhom: '(Aanstaande) zwangeren en ouders in minder gunstige situaties of met kwetsbaarheden.',
    partners: [
      'Jongerenloket (gemeente Zaanstad)',
      'Straathoekwerk (GGD)',
      'jongerenwerkers (sociale wijkteams)',
      'jongeren-ervaringsdeskundigen (RCO de Hoofdzaak)',
    ],
    period: '2019–2021',
  },
  {
    key: 'nu-niet-zwanger',
    name: 'Programma Nu Niet Zwanger',
    what: 'Hulpverleners helpen mensen een bewuste keuze te maken over het moment van hun kinderwens, te beginnen met een eerlijk gesprek over kinderwens, seksualiteit en anticonceptie. Een landelijk programma met een kernteam van drie personen en kwartiermakers die regio’s begeleiden.',
    forWhom: 'Kwetsbare mensen (mannen en vrouwen), zodat zij niet onbedoeld zwanger raken.',
    partners: ['hulpverleners', 'landelijk kernteam', 'kwartiermakers'],
    period: null,
  },
  {
    key: 'onderwijsachterstandenbeleid',
    name: 'Het onderwijsachterstandenbeleid',
    what: 'Beleid van de gemeente met als uitgangspunt dat alle kinderen een gelijke kans krijgen op ontwikkeling en ontplooiing en veilig, gezond en met plezier opgroeien. De gemeente voert er stevige regie op.',
    forWhom: 'Kinderen in achterstandssituaties.',
    partners: ['schoolbesturen', 'kinderopvang', 'GGD/JGZ'],
    period: null,
  },
  {
    key: 'zomerscholen',
    name: 'Zomerscholen en verlengde schooltijd',
    what: 'Extra leertijd omdat door de coronacrisis het risico is vergroot dat leerlingen achterlopen; leraren kunnen (diagnostische) toetsen gebruiken om de achterstand vast te stellen.',
    forWhom:
      'Leerlingen die moeite hebben met motivatie voor leren, en leerlingen in een lastige thuissituatie (bijvoorbeeld zonder laptop of in een onveilige omgeving).',
    partners: [],
    period: null,
  },
  {
    key: 'lokale-aanpak-ondermijning-jeugd',
    name: 'Project lokale aanpak ondermijning jeugd en jongeren door jongerenwerk, veiligheid, onderwijs en ondernemers',
    what: 'Een project in vier gemeenten (Alphen aan de Rijn, Culemborg, Lelystad en Zaanstad) om te voorkomen dat jongeren afglijden naar criminaliteit. In Zaanstad is het doel een intensievere en betere samenwerking tussen jongerenwerk en scholen, omdat drugshandel hier voor jongeren een opstap naar criminaliteit is, al vanaf 10–12 jaar.',
    forWhom:
      'Jongeren in de vier gemeenten; de problematiek begint volgens het plan al op 10–12 jaar en bij de overgang van de basisschool naar het voortgezet onderwijs.',
    partners: ['jongerenwerk', 'veiligheid', 'onderwijs', 'ondernemers'],
    period: null,
  },
  {
    key: 'dealende-jeugd',
    name: 'Programma aanpak ondermijning Noord-Holland. Projectplan dealende jeugd',
    what: 'Een project binnen de eenheid Noord-Holland dat de aanwas van jongeren in de (drugs)criminaliteit wil voorkomen; het stelt analyse- en onderzoekscapaciteit beschikbaar en deelt kennis en best practices. De preventieve kant wordt verbonden met het project Zorg en Veiligheid van NH Samen Veilig.',
    forWhom: 'Jongeren die in de (drugs)criminaliteit terecht dreigen te komen.',
    partners: ['aangesloten gemeenten', 'RIEC', 'OM', 'politie'],
    period: '2019–2021 (Regionaal Versterkingsplan Noord-Holland)',
  },
  {
    key: 'pact-poelenburg-peldersveld',
    name: 'Pact Poelenburg Peldersveld 2020-2040',
    what: 'Een gezamenlijk plan met drie opgaven (jeugd, participatie en wonen) om de kwetsbaarheid van de twee wijken terug te dringen, na het Actieplan Poelenburg en Peldersveld van 2017. Voor de jeugd: gelijke kansen en het ontplooien van talenten.',
    forWhom: 'Bewoners, en in het bijzonder de jeugd, van Poelenburg en Peldersveld.',
    partners: [
      'Sociaal Wijkteam',
      'Jeugdteam',
      'BewonersBedrijf',
      'Centrum Jong',
      'politie',
      'schoolbesturen',
      'woningbouwcorporaties',
    ],
    period: '2020–2040',
  },
  {
    key: 'straathoekwerk',
    name: 'Straathoekwerk',
    what: 'Een team van de GGD dat op straat werkt en individuele hulp en dienstverlening biedt bij vragen over huisvesting, financiën, dagbesteding, relaties, problemen met ouders, verslavingen en meer.',
    forWhom: 'Jongeren van 12 tot 27 jaar uit Zaanstad.',
    partners: [
      'Jongerenloket',
      'gemeente',
      'onderwijs',
      'politie',
      'GGZ',
      'wijkmanagement',
      'welzijnsorganisaties',
      'woningbouwcorporaties',
      'Sociale Wijkteams',
      'Jeugdteams',
      'andere hulpverleningsinstanties',
    ],
    period: null,
  },
  {
    key: 'jeugd-preventie-programma',
    name: 'Het Jeugd Preventie Programma',
    what: 'Kortdurende trajecten op het gebied van school, werk, vrije tijd, gezin, vrienden, gezondheid, huisvesting en/of financiën.',
    forWhom: 'Jongeren van 10 tot 23 jaar uit de gemeente Zaanstad.',
    partners: [
      'Straathoekwerk',
      'Jeugdteams',
      'scholen',
      'Leerplicht',
      'GGD',
      'jeugdartsen',
      'Bureau Halt',
      'Jongerenloket',
      'Brijder',
      'Lucertis',
      'de Opvoedpoli',
      'huisartsen',
      'Centrum Jong',
    ],
    period: null,
  },
  {
    key: 'get-a-grip',
    name: 'Pilot ‘Get a Grip’',
    what: 'Jongeren krijgen hulp met hun financiën en een goed toekomstperspectief: de Kredietbank koopt schulden af (de gemeente schiet de kosten voor) en jongeren maken afspraken om aan persoonlijke doelen te werken, individueel en in groepssessies.',
    forWhom: 'Zaanse jongeren van 18 tot 27 jaar.',
    partners: [
      'Kredietbank',
      'Straathoekwerk',
      'Sociaal Wijkteam',
      'Jongerenloket',
      'stichting ONSbank',
    ],
    period: 'doorstart voor ten minste twee jaar',
  },
  {
    key: 'jongerenwinkel',
    name: 'Jongerenwinkel',
    what: 'Jongeren worden aangespoord vanuit hun eigen kracht aan hun toekomst te werken; ze zijn mede-eigenaar van de activiteiten (zoals een rapcursus, muziek maken of een workshop presenteren) en kunnen individueel praten met bijvoorbeeld een jongerenwerker.',
    forWhom:
      'Jongeren die opgroeien in Poelenburg en Peldersveld en niet alle mogelijkheden kennen voor vrije tijd, werk of opleiding.',
    partners: [
      'SZ Alliance',
      'Fluxus',
      'Hogeschool Inholland',
      'jongerenwerk',
      'Jongerenloket',
      'Straathoekwerk',
    ],
    period: null,
  },
];

/** The annex's initiatives, validated. */
export const zaanstadInitiatives: readonly ZaanstadInitiative[] = initiativesSchema.parse(entries);
