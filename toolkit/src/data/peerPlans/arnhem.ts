/**
 * Arnhem: the BOTOC project in Arnhem-Oost, the one plan in source 004 that
 * answers all seven questions. See _template.ts for what each field means.
 */
import type { PeerPlan } from '../../peerPlans/schema';

export default {
  id: 'arnhem',
  name: 'Arnhem',
  title: 'BOTOC-Arnhem',
  municipalities: ['Arnhem'],
  region: null,
  scheme: 'botoc',
  start: 'halverwege 2020',
  period: null,
  summary:
    'Arnhem zette een project op in twee wijken in Arnhem-Oost, Malburgen en Presikhaaf, en breidde het later uit met de Geitekamp. Een projectteam en een stuurgroep sturen zes deelprojecten aan.',
  focusAreas: ['Malburgen', 'Presikhaaf', 'Geitekamp'],
  interventions: [
    {
      name: 'Jeugd- en jongerenwerk 3.0',
      description:
        'Intensieve trajectbegeleiding van 60 jongeren met een persoonlijk ontwikkelingsplan, om de persoonsgerichte preventieve aanpak te versterken en jongeren kansen en perspectief te bieden.',
      pillars: ['pga'],
    },
    {
      name: 'Prospect4Cash',
      description:
        'Jongeren betaald aan het werk helpen, als tegenhanger van het ‘makkelijk’ verkrijgen van crimineel geld.',
      pillars: [],
    },
    {
      name: 'Stichting Arnhemse Straatcoaches (SAS)',
      description:
        'Vroeg signaleren en voorkomen van situaties die tot overlast of criminaliteit kunnen leiden: jongeren aanspreken, monitoren, de-escaleren, opschalen richting politie en doorverwijzen.',
      pillars: [],
    },
    {
      name: 'PIT',
      description:
        'Jonge kinderen met (ernstige) gedragsproblemen in het (basis)onderwijs krijgen een interventieplan op maat, na screening op sociale leerbaarheid.',
      pillars: ['school'],
    },
    {
      name: 'Maatwerkaanpak jonge aanwas',
      description:
        'Alle partijen werken samen met regie op casuïstiek, fenomenen en trends, vanuit ‘doen wat nodig is’.',
      pillars: [],
    },
    {
      name: 'Ingrijpen & Aanpakken',
      description:
        'De bestuurlijke, civielrechtelijke en strafrechtelijke aanpak van drugsgerelateerde criminaliteit verstevigen, met onderzoek naar criminele netwerken in de wijken.',
      pillars: [],
    },
  ],
  pillars: [
    {
      pillar: 'pga',
      reason:
        'Deelproject Jeugd- en jongerenwerk 3.0 wil de persoonsgerichte preventieve aanpak versterken, met trajectbegeleiding van 60 jongeren.',
      sources: ['004'],
    },
    {
      pillar: 'school',
      reason:
        'Deelproject PIT werkt in het (basis)onderwijs met interventieplannen voor jonge kinderen met gedragsproblemen.',
      sources: ['004'],
    },
    {
      pillar: 'leren',
      reason:
        'Twee onderzoeksbureaus evalueren de deelprojecten en het geheel, onder meer met een effectiviteitsmonitor.',
      sources: ['004'],
    },
  ],
  themes: ['drugsgerelateerde criminaliteit', 'jonge aanwas'],
  partners: [
    'gemeente',
    'politie',
    'OM',
    'Veiligheidshuis',
    'straatcoaches',
    'jongerenwerk',
    'een maatschappelijk betrokken ondernemer',
    '(basis-)scholen',
    'kwartiermakers',
    'onderzoekers en adviseurs',
  ],
  budget: {
    amountCents: 242_000_000,
    approximate: true,
    covers:
      'De begroting van het hele project (“nagenoeg 2.420.000 euro”); de verdeling staat volgens de bron in het projectplan, dat niet tot de bronnen van deze site hoort.',
    sources: ['004'],
  },
  targets: [
    {
      count: 60,
      unit: 'jongeren',
      note: 'Intensieve trajectbegeleiding in Jeugd- en jongerenwerk 3.0.',
    },
  ],
  monitoring:
    'Twee onderzoeksbureaus evalueren deelprojecten en het geheel, onder meer met een effectiviteitsmonitor. Elk kwartaal zijn er voortgangsgesprekken met de kwartiermakers; na een jaar ging een voortgangsrapportage naar de stuurgroep.',
  contact: {
    publishedText:
      'Wil je meer weten over dit plan van aanpak? Neem dan contact op met Frederieke Schilling,projectleider BOTOC-Arnhem & Senior Adviseur van de Burgemeester Openbare Orde en Veiligheid, via mailadres frederieke.schilling@arnhem.nl.',
    source: '004',
  },
  questions: {
    structuur: {
      answer:
        'Een stuurgroep vanuit de driehoek en een projectteam van de gemeente sturen zes deelprojecten en andere inzet, zoals evaluaties. Elk deelproject heeft een kwartiermaker of projectverantwoordelijke. De OOV’er is projectleider van het geheel: houdt overzicht en stuurt bij waar nodig.',
      sources: ['004'],
    },
    integraal: {
      answer:
        'De deelprojecten en hun organisaties en kwartiermakers komen elke zes weken bijeen om ervaringen en voortgang te bespreken.',
      sources: ['004'],
    },
    betrokkenen: {
      answer:
        'Gemeente, politie, OM, Veiligheidshuis, straatcoaches, jongerenwerk, een maatschappelijk betrokken ondernemer, (basis-)scholen, kwartiermakers, onderzoekers en adviseurs.',
      sources: ['004'],
    },
    kostenEnOpbrengst: {
      answer:
        'De begroting was nagenoeg € 2.420.000; de verdeling staat in het projectplan (niet in de bronnen van deze site). Onderzoek en evaluaties volgen de deelprojecten, met het oog op ontwikkeling en mogelijk structurele inbedding van de deelprojecten en hun succesfactoren.',
      sources: ['004'],
    },
    monitoring: {
      answer:
        'Twee onderzoeksbureaus voeren evaluaties uit op deelprojecten en op het hele project, zoals een effectiviteitsmonitor. Elk kwartaal zijn er voortgangsgesprekken met de kwartiermakers; na een jaar is een voortgangsrapportage naar de stuurgroep gestuurd.',
      sources: ['004'],
    },
    startEnPlanning: {
      answer:
        'Het project begon halverwege 2020; na een plannings- en opzetfase startten de zes deelprojecten. In het jaar van de bron is het uitgebreid naar de Geitekamp en waren bijna alle deelprojecten operationeel. De maatwerkaanpak jonge aanwas was nog in ontwikkeling; PIT is volgens de bron in januari 2022 gestart “vanwege de sluiting van scholen”.',
      sources: ['004'],
    },
    tips: {
      answer:
        'Een lokale aanpak vraagt lokaal maatwerk: wat in één project werkt, kan per wijk verschillen. Vooral bij jeugd- en jongerenwerk 3.0, de straatcoaches en Prospect4Cash moeten jongerenwerkers, straatcoaches en begeleiders verbonden zijn met de wijk en de wijkdynamiek kennen. ‘Oprechte nabijheid’ en gedeelde ervaringen helpen om jongeren te bereiken.',
      sources: ['004'],
    },
  },
  sources: ['004'],
} satisfies PeerPlan;
