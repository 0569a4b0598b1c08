/**
 * The PGA criteria checklist (pillar 1, persoonsgerichte aanpak), from the
 * project plan "BOT! Back on Track in 075" (seed 001, chapter 5).
 *
 * How to edit: every text here is read by visitors, so it is Dutch and comes
 * from the plan (say "niet bekend uit de bron" where the plan is silent). Keep
 * it a checklist about signals only: no score, no risk label, no verdict, and
 * never an item that asks for personal data. Answers are kept in memory only
 * (`storage: { kind: 'memory' }`); do not change that. The build validates
 * this file (src/plugins/checklists); `npx vitest run` checks it too.
 */
import type { ChecklistDefinition } from '../../checklists/types';

export const pgaCriteriaChecklist: ChecklistDefinition = {
  id: 'pga-criteria',
  title: 'PGA-criteria: voorbereiding van een casusoverleg',
  description:
    'Met deze checklist bereidt u als professional een casusoverleg voor: welke signalen uit het plan spelen er, gaat de 075 aanpak voor, en wat gebeurt er volgens het plan daarna. De signalen zijn de mogelijke criteria voor de persoonsgerichte aanpak (PGA) uit het projectplan van Back on Track in 075.',
  notice:
    'Deze checklist ondersteunt uw professionele oordeel en beslist niets. Ze geeft geen score, geen risico-oordeel en geen advies over een jongere. Het plan noemt de criteria uitdrukkelijk "mogelijk" en "nader uit te werken".',
  privacy:
    'Deze checklist vraagt geen naam, geboortedatum, adres of andere persoonsgegevens en heeft geen tekstvelden. Uw antwoorden blijven alleen in dit tabblad: ze worden niet opgeslagen en niet verstuurd. Herladen of sluiten van de pagina wist ze, en "Wis alles" wist ze meteen. Alleen als u zelf afdrukt, komen ze op papier. Gebruikt u de checklist bij een echte casus, volg dan het proces en de privacyafspraken van uw eigen gemeente.',
  storage: { kind: 'memory' },
  linkMissingInSummary: false,
  labels: {
    answers: { yes: 'Ja', no: 'Nee' },
    statuses: {
      covered: 'Van toepassing',
      missing: 'Niet van toepassing',
      unanswered: 'Niet beantwoord',
    },
    help: 'Uit het plan',
    clear: 'Wis alles',
  },
  sections: [
    {
      id: 'levensfase',
      title: 'Doelgroep: twee overgangen in het leven',
      intro:
        'Het plan kent geen leeftijdsgrens. Het richt zich op twee "life events" en de perioden daartussen.',
      items: [
        {
          id: 'overgang-po-vo',
          label:
            'De jongere zit in of rond de overgang van basis- naar voortgezet onderwijs (vanaf groep 6).',
          help: 'Het plan wil risicogedrag vroeg signaleren. De eerste overgang waar het zich op richt, begint al in groep 6 van de basisschool.',
          link: { to: '/aanpak/pijler-1-pga', label: 'Pijler 1: persoonsgerichte aanpak' },
          sources: ['001'],
        },
        {
          id: 'overgang-volwassenheid',
          label:
            'De jongere zit in de overgang van schooltijd naar (de voorbereiding op) volwassenheid: studeren, werken, wonen, leven en wettelijke aansprakelijkheid.',
          help: 'Dit is de tweede overgang die het plan noemt. Ook de periode tussen beide overgangen hoort bij de doelgroep.',
          link: { to: '/aanpak/pijler-1-pga', label: 'Pijler 1: persoonsgerichte aanpak' },
          sources: ['001'],
        },
      ],
    },
    {
      id: 'eerst-075-aanpak',
      title: 'Gaat de 075 aanpak voor?',
      intro:
        'De PGA-criteria zijn volgens het plan voorliggend aan de "harde criteria" van de 075 aanpak, zodat beide aanpakken elkaar niet overlappen maar op elkaar aansluiten.',
      items: [
        {
          id: 'strafrechtelijke-achtergrond',
          label: 'De jongere heeft een strafrechtelijke achtergrond.',
          help: 'De 075 aanpak richt zich op jongeren van 12 tot 27 jaar met een strafrechtelijke achtergrond die dreigen af te glijden naar de criminaliteit. De PGA is er voor jongeren die (nog) niet in aanmerking komen voor de 075 aanpak, maar bij wie wel een duidelijk risico is.',
          link: { to: '/aanpak/pijler-1-pga', label: 'Pijler 1: persoonsgerichte aanpak' },
          sources: ['001'],
        },
      ],
    },
    {
      id: 'signalen',
      title: 'Signalen: mogelijke criteria (nader uit te werken)',
      intro:
        'Het plan noemt deze mogelijke criteria voor het individuele, intensieve coachingtraject. Het zegt er zelf bij dat ze nog nader worden uitgewerkt: hoe ze wegen, is niet bekend uit de bron.',
      items: [
        {
          id: 'school-drop-out',
          label: 'School drop-out (risicoleerling).',
          help: 'De school is volgens het plan een vindplek van signalen die duiden op (crimineel) risicogedrag.',
          link: { to: '/aanpak/pijler-2-school', label: 'Pijler 2: de school' },
          sources: ['001'],
        },
        {
          id: 'verdacht-niet-veroordeeld',
          label: 'Verdacht, maar (nog) niet veroordeeld.',
          help: 'Het plan wil risicogedrag vroeg signaleren en erop ingrijpen, zonder dat er per se een strafbaar feit aan vooraf moet zijn gegaan.',
          sources: ['001'],
        },
        {
          id: 'broer-zus-075',
          label: 'Broer of zus van een jongere in de 075 aanpak.',
          help: 'Een van de doelen van de 075 aanpak is voorkomen dat broertjes en zusjes afglijden.',
          sources: ['001'],
        },
        {
          id: 'huiselijk-geweld',
          label: 'Betrokken bij of getuige van huiselijk geweld.',
          help: 'Het plan noemt dit als mogelijk criterium. Een nadere toelichting is niet bekend uit de bron.',
          link: { to: '/aanpak/pijler-3-gezin', label: 'Pijler 3: het gezin' },
          sources: ['001'],
        },
        {
          id: 'regelmatig-verhuizen',
          label: 'Regelmatige verhuizingen.',
          help: 'Het plan noemt dit als mogelijk criterium. Een nadere toelichting is niet bekend uit de bron.',
          sources: ['001'],
        },
        {
          id: 'ouders-schulden',
          label: 'Ouders met schulden.',
          help: 'Het plan noemt dit als mogelijk criterium. De pijler gezin gaat ervan uit dat de basis in het gezin op orde moet zijn.',
          link: { to: '/aanpak/pijler-3-gezin', label: 'Pijler 3: het gezin' },
          sources: ['001'],
        },
        {
          id: 'slachtoffer-ronselen-intimidatie',
          label: 'Slachtoffer van ronselen, seksuele intimidatie, seksting en dergelijke.',
          help: 'De pijler digitale leefwereld wil jongeren weerbaar maken voor de risico’s van de online wereld en pakt digitale afpersing aan.',
          link: { to: '/aanpak/pijler-4-digitaal', label: 'Pijler 4: de digitale leefwereld' },
          sources: ['001'],
        },
      ],
    },
  ],
  outcomes: [
    {
      id: 'eerst-075',
      when: { kind: 'item-answer', itemId: 'strafrechtelijke-achtergrond', answer: 'yes' },
      text: 'U gaf aan dat de jongere een strafrechtelijke achtergrond heeft. Volgens het plan hoort een jongere met een strafrechtelijke achtergrond in de 075 aanpak; de PGA is voor jongeren die daar (nog) niet voor in aanmerking komen. Bespreek dus eerst de 075 aanpak.',
    },
    {
      id: 'signalen-bespreken',
      when: { kind: 'section-any-covered', sectionId: 'signalen' },
      text: 'U gaf signalen aan die het plan als mogelijke criteria noemt. Het plan weegt ze nog niet: bespreek ze in het casusoverleg. Deze checklist trekt er geen conclusie uit.',
    },
  ],
  information: [
    {
      title: 'Wat er volgens het plan daarna gebeurt',
      paragraphs: [
        'Op basis van wegingscriteria, bestaande uit objectieve zorg- en veiligheidssignalen, kan een intensief coachingtraject worden opgestart. Het plan start met 30 jongeren; komen er minder jongeren in de 075 aanpak terecht, dan is er ruimte voor meer.',
        'In het coachingtraject wordt de jongere verbonden aan een coach. De jongere maakt een plan, stelt doelen op en maakt daarover afspraken met bijvoorbeeld de coach, de school, gezinsleden en het sociale netwerk.',
        'Daartegenover kan het project een (financiële) ondersteuning of impuls geven als positieve prikkel om op het juiste pad te blijven. Het plan noemt als voorbeelden een geldbedrag voor een studie, het kwijtschelden van schulden, in aanmerking komen voor een woning en in contact komen met werkgevers.',
        'Het motto is "voor niets gaat de zon op": er worden afspraken gemaakt met de jongere, zoals minder school- of ziekteverzuim, zorg en ondersteuning accepteren of afspraken met de werkgever nakomen.',
      ],
    },
    {
      title: 'Wat nog niet vaststaat',
      paragraphs: [
        'Het plan noemt de criteria "mogelijk" en "nader uit te werken". Hoe de criteria wegen, wie over een traject besluit en welke drempel daarbij geldt, is niet bekend uit de bron.',
      ],
    },
  ],
  sources: ['001'],
};
