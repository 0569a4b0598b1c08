/**
 * The five pillars of the BOT project plan (seed 001, chapters 5–9), as typed
 * data for the pillar pages: goal, interventions, target group, monitoring
 * indicators and where each pillar appears in the plan's summary and in the
 * 2021 infographic (seed 002).
 *
 * Budgets are NOT repeated here: they come from `zaanstadBudget` (budget.ts);
 * `printedBudgetCents` is only the figure the chapter prints, which the tests
 * compare with the budget table. Target numbers come from `zaanstadTargets`.
 *
 * To edit: change the text here, in Dutch, in your own words but only with
 * facts from the plan. Where the plan is silent, leave the field empty
 * (`[]` or `null`): the page then says "niet bekend uit de bron".
 */
import type { ZaanstadPillarId } from './budget';

/** The five pillars (the project lead, `opdrachtgeverschap`, is a budget line, not a pillar). */
export type ZaanstadPlanPillarId = Exclude<ZaanstadPillarId, 'opdrachtgeverschap'>;

/** The four project pillars of the 2021 infographic (seed 002), in its numbering. */
export type Infographic2021PillarNumber = 1 | 2 | 3 | 4;

export interface PillarIntervention {
  /** Short name of the intervention (Dutch). */
  title: string;
  /** What the plan says about it, in one or two sentences (Dutch). */
  description: string;
}

export interface ZaanstadPillar {
  id: ZaanstadPlanPillarId;
  /** Number in the plan's chapter order, used across the site. */
  number: 1 | 2 | 3 | 4 | 5;
  /** Number of the same pillar in the plan's summary list (which swaps school and gezin). */
  summaryNumber: 1 | 2 | 3 | 4 | 5;
  /** The plan's chapter (5–9). */
  chapter: number;
  /** The chapter title as printed in the plan. */
  chapterTitle: string;
  /** Short Dutch name, e.g. "Persoonsgerichte aanpak (PGA)". */
  name: string;
  /** Route of the pillar page on the site. */
  path: string;
  /** One-sentence summary, after the plan's summary. */
  summary: string;
  /** The goal (doel) in a few sentences. */
  goal: string[];
  interventions: PillarIntervention[];
  /** Who the pillar is for, in sentences. */
  targetGroup: string[];
  /** Named places (schools) where the pillar starts; empty when the plan names none. */
  namedLocations: string[];
  /** The monitoring indicators the plan lists; empty when it names none. */
  indicators: string[];
  /** What the plan adds about monitoring (e.g. that the baseline is still to be developed). */
  monitoringNote: string | null;
  /** The budget the chapter prints ("Begroting 2020-2021-2022"), in cents: checked against the table. */
  printedBudgetCents: number;
  /** The 2021 infographic's project pillar that covers this pillar, or `null` when none does. */
  infographic2021Pillar: Infographic2021PillarNumber | null;
}

export const zaanstadPillars: readonly ZaanstadPillar[] = [
  {
    id: 'pga',
    number: 1,
    summaryNumber: 1,
    chapter: 5,
    chapterTitle: 'Pijler 1. Gericht op het individu ‘PGA’',
    name: 'Persoonsgerichte aanpak (PGA)',
    path: '/aanpak/pijler-1-pga',
    summary:
      'Een persoonsgerichte aanpak voor jongeren of kinderen die niet in aanmerking komen voor de Zaanse 075 aanpak, maar bij wie wel een duidelijk risico is dat zij in de ondermijnende criminaliteit terechtkomen.',
    goal: [
      'Vroegtijdig voorkomen dat jongeren de verkeerde afslag nemen. Met een intensief coachingtraject krijgt de jongere perspectief en ruimte om kansen te benutten, maatschappelijke verantwoordelijkheid te nemen en aan een eigen carrière te werken.',
      'Partners zien jongeren ernstige (gewelds)delicten plegen die nog niet in beeld waren. Daarom wil de gemeente risicogedrag vroeg signaleren en ingrijpen, ook als er nog geen strafbaar feit is gepleegd.',
      'De 075 aanpak richt zich op jongeren van 12 tot 27 jaar met een strafrechtelijke achtergrond. Deze pijler verbreedt de inzet naar jongeren die daar nog niet onder vallen maar er wel in terecht kunnen komen. De criteria gaan vóór de ‘harde criteria’ van de 075 aanpak, zodat beide aanpakken zonder overlap op elkaar aansluiten.',
    ],
    interventions: [
      {
        title: 'Wegingscriteria',
        description:
          'Op basis van objectieve zorg- en veiligheidssignalen wordt bepaald of een coachingtraject start. Mogelijke criteria (nog nader uit te werken): schooluitval, verdacht maar nog niet veroordeeld, broertje of zusje van een jongere in de 075 aanpak, betrokken bij of getuige van huiselijk geweld, regelmatige verhuizingen, ouders met schulden, slachtoffer van ronselen, seksuele intimidatie of sexting.',
      },
      {
        title: 'Intensief coachingtraject',
        description:
          'Een coach haalt de jongere zo vroeg mogelijk uit de kwetsbare situatie, biedt perspectief en helpt bij zelfkennis en zelfvertrouwen. De jongere maakt een plan met doelen en afspraken met bijvoorbeeld de coach, de school, het gezin en het sociaal netwerk.',
      },
      {
        title: 'Financieel alternatief',
        description:
          'Een (financiële) ondersteuning of impuls als positieve prikkel om op het juiste pad te blijven, bijvoorbeeld geld voor een studie, het kwijtschelden van schulden om in aanmerking te komen voor een woning, of contact met werkgevers. Daar staan afspraken tegenover, zoals minder school- of ziekteverzuim, zorg accepteren en afspraken met de werkgever nakomen.',
      },
    ],
    targetGroup: [
      'Geen leeftijdsgrens, maar twee overgangen in het leven en de periode daartussen: van basis- naar voortgezet onderwijs (vanaf groep 6), en van schooltijd naar (de voorbereiding op) volwassenheid: studeren, werken, wonen, leven en wettelijke aansprakelijkheid.',
    ],
    namedLocations: [],
    indicators: [
      'Meer zicht op de doelgroep die in aanmerking komt voor een PGA (bij de start leidt dit eerst tot meer instroom).',
      'Minder doorstroom naar de 075 aanpak.',
      'Minder politiecontacten bij de jongeren uit de PGA.',
    ],
    monitoringNote:
      'De nulmeting en het beoogde resultaat worden volgens het plan nog nader ontwikkeld.',
    printedBudgetCents: 34_310_000,
    infographic2021Pillar: 1,
  },
  {
    id: 'school',
    number: 2,
    summaryNumber: 3,
    chapter: 6,
    chapterTitle: 'Pijler 2. School als centrale plek in de wijk',
    name: 'De school als centrale plek in de wijk',
    path: '/aanpak/pijler-2-school',
    summary:
      'De school is de centrale plek in de wijk die fysiek toegankelijk is voor jongeren, ouders en professionals; in de wijk werken zorg- en veiligheidspartners vanuit één opdracht, samen met ondernemers en bewoners.',
    goal: [
      'De school is een veilige plek in de wijk waar je jongeren en ouders bereikt, waar zij weerbaar worden gemaakt en waar signalen van (crimineel) risicogedrag opvallen. Dat veilige gevoel moet er ook buiten het schoolterrein zijn.',
      'De gemeente wil bijdragen aan de inclusieve school, waarin leerlingen die extra aandacht nodig hebben die binnen het reguliere onderwijs krijgen, zodat zij niet doorstromen naar (voortgezet) speciaal onderwijs.',
    ],
    interventions: [
      {
        title: 'Signaleren van en omgaan met risicogedrag',
        description:
          'Leerkrachten trainen en tools geven voor wat zij kunnen doen bij risico- en grensoverschrijdend (crimineel) gedrag.',
      },
      {
        title: 'Weerbaarheidstrainingen voor leerlingen',
        description:
          'Het bestaande trainingsaanbod versterken met bewezen methoden en nieuwe ideeën, gedragen door jongerenwerk, politie en ervaringsdeskundigen of rolmodellen; bijvoorbeeld politie op vaste momenten op school.',
      },
      {
        title: 'School als fysieke locatie na schooltijd',
        description:
          'De school blijft open na de schoolbel voor naschoolse activiteiten: huiswerkbegeleiding, sport, cultuur, en een plek waar zorg- en veiligheidspartners jongeren spreken. Ook: studiezalen voor lifecoaching, huiswerkondersteuning en talentontwikkeling (een idee uit het Pact Poelenburg/Peldersveld) uitbreiden naar andere wijken.',
      },
      {
        title: 'Meer deelname aan sport en vrije tijd',
        description:
          'Professioneel begeleide vrijetijdsactiviteiten beschermen jongeren; het plan noemt als voorbeeld de vrijetijdspas in Reykjavik (IJsland).',
      },
      {
        title: 'In de wijk: veiligheidsanalyse, straatcoaches en jeugdboa’s',
        description:
          'Een schouw en veiligheidsanalyse rond de school als basis voor een plan van aanpak. Het budget versterkt de capaciteit van de jeugdboa’s en voegt straatcoaches toe tegen jeugdoverlast. Sociaal werk, jeugdboa’s en politie werken vanuit één opdracht, met één gezamenlijke pedagogische visie.',
      },
      {
        title: 'Aanpak criminele uitbuiting',
        description:
          'Verder verkennen, en naast preventie ook een repressieve (innovatieve) aanpak van leiders en kopstukken, zoals statusverlagende maatregelen (bijvoorbeeld beslag op luxe goederen).',
      },
      {
        title: 'Samenwerking met lokale ondernemers',
        description:
          'Ondernemers betrekken tegen overlast en om jongeren leer- en werkervaring te bieden, met positieve rolmodellen en stages; bestaande initiatieven (zoals een leeftijdscheck bij de verkoop van keukenmessen) omarmen en uitbreiden.',
      },
      {
        title: 'Campagnes en preventieve acties',
        description:
          'Campagnes waarvan inhoud en vorm vooraf worden gedragen door een vertegenwoordiging van de doelgroep; nader uit te werken in het plan van aanpak.',
      },
    ],
    targetGroup: [
      'Vooralsnog middelbare scholen, praktijkscholen en voortgezet speciaal onderwijs in Zaanstad Noord en Zuid. Als basisscholen baat hebben bij de interventies, kunnen ook zij meedoen.',
    ],
    namedLocations: [
      'Pascal college Zuid (Zaanstad Zuid)',
      'Praktijkonderwijs de Faam (Zaanstad Zuid)',
      'Altra college (Zaanstad Noord)',
    ],
    indicators: [
      'Minder doorstroom naar het (voortgezet) speciaal onderwijs.',
      'Minder schooluitval (drop-outs).',
      'Betere resultaten op de (12-)citotoets.',
      'Meer startkwalificaties.',
      'Meer ondernemers die zich aan de aanpak verbinden.',
      'Een hogere veiligheidsbeleving van jongeren.',
    ],
    monitoringNote:
      'Deze doelstellingen worden volgens het plan in het plan van aanpak verder uitgewerkt.',
    printedBudgetCents: 62_080_000,
    infographic2021Pillar: 2,
  },
  {
    id: 'gezin',
    number: 3,
    summaryNumber: 2,
    chapter: 7,
    chapterTitle: 'Pijler 3. Gezinsgerichte aanpak',
    name: 'Gezinsgerichte aanpak',
    path: '/aanpak/pijler-3-gezin',
    summary:
      'Met gezinsgerichte ondersteuning worden ouders weerbaar en krijgen zij handvatten en hulp om te voorkomen dat hun kind afglijdt.',
    goal: [
      'Ouders en opvoeders worden zich bewust van het risicogedrag van hun kinderen en krijgen handvatten bij de opvoeding. Voorop staat dat de basis op orde is en dat het gezin gemotiveerd is de opvoedsituatie te verbeteren.',
    ],
    interventions: [
      {
        title: 'Handvatten voor ouders',
        description:
          'Ouders worden bewust van risicogedrag en hun invloed daarop en krijgen handvatten; de school dient als veilige plek waar ouders terechtkunnen.',
      },
      {
        title: 'Pilot gezinsgerichte methoden',
        description:
          'Effectief bewezen gezinsgerichte methoden inzetten bij gezinnen uit de individuele aanpak, als risico’s in het gezin (huiselijk geweld, armoede door werkloosheid en schulden, criminele ouders) delinquent gedrag van kinderen voorspellen.',
      },
      {
        title: 'Verborgen oplossingen',
        description:
          'Meer onderscheid maken tussen bijvoorbeeld multiprobleemgezinnen en criminele families, via opleiding en training van professionals uit sociale wijkteams en jeugdteams; denken vanuit oplossingen in plaats van regels (zoals de uitkering niet stopzetten, vervoer naar werk regelen).',
      },
      {
        title: 'Meet en greet voor moeders (optie)',
        description: 'Moeders ontmoeten elkaar, delen ervaringen en bedenken samen oplossingen.',
      },
    ],
    targetGroup: [
      'Ouders of gezinnen uit de PGA en de 075 aanpak, maar ook daarbuiten, bijvoorbeeld als een school of de ouders zelf behoefte hebben aan een van de interventies.',
    ],
    namedLocations: [],
    indicators: [
      'Het aantal ouders dat met de aanpak wordt bereikt.',
      'Minder huiselijk geweld en kindermishandeling.',
      'Minder jeugdbeschermingsmaatregelen (zoals uithuisplaatsingen en ondertoezichtstellingen).',
      'Minder ouders in de schulden en in de bijstand.',
    ],
    monitoringNote: null,
    printedBudgetCents: 23_760_000,
    infographic2021Pillar: null,
  },
  {
    id: 'digitaal',
    number: 4,
    summaryNumber: 4,
    chapter: 8,
    chapterTitle: 'Pijler 4. De digitale (leef) omgeving van de jeugd',
    name: 'De digitale (leef)wereld',
    path: '/aanpak/pijler-4-digitaal',
    summary:
      'Professionals sluiten aan bij de (digitale) leefwereld van jongeren, maken hen weerbaar tegen de risico’s van de online wereld en pakken digitale afpersing en andere online criminaliteit aan.',
    goal: [
      'Meer in contact komen met jongeren door hun digitale leefwereld te leren kennen, zonder er zelf deel van te worden: begrijpen wat er speelt en waarom jongeren bepaalde keuzes maken.',
      'Digitale risico’s vroeg inschatten: jongeren weerbaar maken, en repressief optreden bij digitaal geweld, afpersing en ondermijnende criminaliteit.',
    ],
    interventions: [
      {
        title: 'Digitale weerbaarheid',
        description:
          'Investeren in het weerbaar maken van kwetsbare jongeren tegen online risico’s.',
      },
      {
        title: 'Aansluiten bij de digitale leefwereld',
        description:
          'Jongeren aan het woord laten en betrekken, zodat volwassenen hun leefwereld leren kennen en samen initiatieven ontstaan over tijdsbesteding en (toekomst)perspectief. De gemeente was bij het schrijven van het plan nog in de verkennende fase.',
      },
      {
        title: 'Informatie delen en digitaal handhaven',
        description:
          'Informatie uitwisselen, kennis delen en de mogelijkheden van digitaal ingrijpen verkennen, om meer zicht te krijgen op misstanden online (in de begroting: pilot digitale handhaving).',
      },
    ],
    targetGroup: [
      'Kwetsbare jongeren, die steeds meer tijd besteden op sociale media zoals Instagram, Snapchat, TikTok, WhatsApp, YouTube en gesloten forums. Een aantal noemt het plan voor deze pijler niet.',
    ],
    namedLocations: [],
    indicators: [],
    monitoringNote:
      'Dit is een nieuw terrein: hoe het effect van deze pijler wordt gemonitord, wordt volgens het plan nog nader ontwikkeld.',
    printedBudgetCents: 17_525_000,
    infographic2021Pillar: 3,
  },
  {
    id: 'leren',
    number: 5,
    summaryNumber: 5,
    chapter: 9,
    chapterTitle: 'Pijler 5. Leren en ontwikkelen, regie op een dynamische aanpak',
    name: 'Leren en ontwikkelen',
    path: '/aanpak/pijler-5-leren',
    summary:
      'De doelstellingen van de pijlers worden gemonitord om te leren van het effect van de interventies; best practices en leerpunten worden gedeeld met andere gemeenten.',
    goal: [
      'Meegaan met trends, proactief inspelen op gebeurtenissen en incidenten en daarvan leren. De aanpak is dynamisch en hoeft zich niet te beperken tot één gebied of school: als problemen zich verplaatsen, beweegt de aanpak mee.',
    ],
    interventions: [
      {
        title: 'Informatie samenbrengen',
        description:
          'Een integraal dashboard jeugd en veiligheid (door)ontwikkelen, met informatie uit verschillende bronnen.',
      },
      {
        title: 'Samen duiden',
        description:
          'Informatie van de straat, uit de klas en uit de interventies benutten en verbanden leggen tussen oorzaak, gebeurtenis en gevolg; een andere partij met een frisse blik laten meekijken om vaste patronen te doorbreken.',
      },
      {
        title: 'De aanpak bijstellen',
        description:
          'De aanpak binnen de pijlers bijstellen op basis van wat de monitoring laat zien; mogelijk met een jaarlijkse enquête onder jongeren, naar het voorbeeld van de IJslandse aanpak.',
      },
      {
        title: 'Best practices delen in de regio',
        description:
          'Zaanstad neemt deel aan de projectgroep ‘Dealende Jeugd’ uit het Regionaal Versterkingsplan Noord-Holland 2019–2021 (met RIEC, OM en politie) en deelt best practices binnen en buiten de regio met tools en een periodieke nieuwsbrief over BOT in 075.',
      },
    ],
    targetGroup: [
      'De partners in de aanpak, andere gemeenten en geïnteresseerden. Een aantal noemt het plan voor deze pijler niet.',
    ],
    namedLocations: [],
    indicators: [],
    monitoringNote:
      'Deze pijler is zelf de monitoring van de aanpak; eigen indicatoren noemt het plan er niet voor.',
    printedBudgetCents: 8_640_000,
    infographic2021Pillar: 4,
  },
];

/**
 * The project lead (plan § 9.3, "Opdrachtgeverschap"): a budget line of its
 * own in the financial table, described inside chapter 9.
 */
export const zaanstadProjectLead = {
  section: '9.3',
  title: 'Opdrachtgeverschap: projectleider preventieve aanpak ondermijning',
  description:
    'De gemeente stelt een projectleider aan die de voortgang en de doelstellingen bewaakt, de ambities en verplichtingen gezamenlijk laat vaststellen, kwartiermaker is tussen de domeinen, het plan van aanpak voor twee jaar opstelt en jaarlijks bijstelt, en contactpersoon is voor het ministerie.',
  printedBudgetCents: 17_250_000,
} as const;

/** Finds a pillar by id; throws for an unknown id (a typo in a page). */
export function getZaanstadPillar(id: ZaanstadPlanPillarId): ZaanstadPillar {
  const pillar = zaanstadPillars.find((candidate) => candidate.id === id);
  if (!pillar) throw new RangeError(`Onbekende pijler: ${String(id)}`);
  return pillar;
}
