/**
 * SJABLOON voor een nieuw plan. Zo voegt u een plan toe (zie ook de pagina
 * /gemeenten/plan-toevoegen):
 *
 * 1. Kopieer dit bestand naar `<id>.ts`, bijvoorbeeld `leeuwarden.ts`
 *    (kleine letters, streepjes in plaats van spaties).
 * 2. Vul elk veld in met feiten uit een bron van deze site. Weet de bron iets
 *    niet? Schrijf `null` (of `[]` bij een lijst). Raad nooit.
 * 3. Zet het plan in `registry.ts` (één import-regel en één regel in de lijst).
 * 4. Open een wijziging (pull request). De bouw van de site controleert het
 *    plan; een fout noemt het bestand, het veld en hoe u het herstelt.
 *
 * Bestanden die met `_` beginnen worden niet gepubliceerd.
 */
import type { PeerPlan } from '../../peerPlans/schema';

export default {
  // De bestandsnaam zonder .ts; wordt het webadres /gemeenten/<id>.
  id: 'voorbeeld',
  // De naam zoals die in de tabellen staat.
  name: 'Voorbeeldgemeente',
  // De naam van het plan of programma, of null.
  title: null,
  // De gemeente(n) die het plan uitvoeren.
  municipalities: ['Voorbeeldgemeente'],
  // De regio zoals de bron die noemt, of null.
  region: null,
  // 'botoc' of 'pmg' (Preventie met Gezag), of null als de bron het niet zegt.
  scheme: null,
  // Wanneer het plan begon, in de woorden van de bron, of null.
  start: null,
  // De looptijd, of null.
  period: null,
  // Eén of twee zinnen in eigen woorden, alleen feiten uit de bron.
  summary: 'Korte samenvatting van het plan.',
  // Wijken of gebieden, of [].
  focusAreas: [],
  // Deelprojecten: { name: '…', description: '…' of null, pillars: ['pga'] of [] }.
  interventions: [],
  // Pijlers ('pga', 'school', 'gezin', 'digitaal', 'leren') met de reden uit de bron:
  // { pillar: 'school', reason: 'Waarom, volgens de bron.', sources: ['004'] }.
  pillars: [],
  // Thema's die de bron noemt, of [].
  themes: [],
  // Betrokken organisaties, of [].
  partners: [],
  // Of null. Bedrag in eurocenten: € 2.420.000 schrijft u als 242_000_000.
  // { amountCents: 242_000_000, approximate: true, covers: 'Waar het voor is.', sources: ['004'] }
  budget: null,
  // Doelaantallen: { count: 60, unit: 'jongeren', note: 'Toelichting.' }, of [].
  targets: [],
  // Hoe voortgang en resultaten worden gevolgd, of null.
  monitoring: null,
  // Alleen uit bron 004, letterlijk: { publishedText: '…', source: '004' }. Anders null.
  contact: null,
  // De zeven vragen: { answer: 'Antwoord in eigen woorden.', sources: ['004'] } of null.
  questions: {
    structuur: null,
    integraal: null,
    betrokkenen: null,
    kostenEnOpbrengst: null,
    monitoring: null,
    startEnPlanning: null,
    tips: null,
  },
  // Alle bronnen van dit plan.
  sources: ['004'],
} satisfies PeerPlan;
