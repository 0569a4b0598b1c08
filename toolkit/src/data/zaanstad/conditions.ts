/**
 * What the BOT plan says must be in place for the pillars to work (seed 001,
 * chapter 4: § 4.1 "Wat hebben we hierin te doen" and § 4.3 "De algemene
 * randvoorwaarden t.a.v. de vijf pijlers"), and the ambition it proposes.
 *
 * To edit: keep each entry to what the plan says; `section` names where.
 */
export interface ZaanstadCondition {
  key: string;
  /** Short Dutch heading. */
  title: string;
  /** What the plan says, in Dutch, in our own words. */
  description: string;
  /** The plan's section: '4.1' or '4.3'. */
  section: '4.1' | '4.3';
}

/** The ambition the plan proposes in chapter 4 ("We doen alvast een voorzet"). */
export const zaanstadAmbition =
  'Kinderen en jongeren moeten veilig kunnen opgroeien. Jeugdoverlast, -criminaliteit en ondermijning willen we waar mogelijk structureel voorkomen. We doen dit door hen perspectief te bieden, zodat ze de verleiding kunnen weerstaan om het verkeerde pad te kiezen. Echter, bewust genomen verkeerde keuzen leiden tot consequenties.';

export const zaanstadConditions: readonly ZaanstadCondition[] = [
  {
    key: 'gezamenlijke-opgave',
    title: 'Eén gezamenlijke, eenduidige opgave',
    description:
      'Een opgave die alle partners dragen. Uitspreken dat er draagvlak is, is niet genoeg: het vraagt ook een inspanningsverplichting van de partijen.',
    section: '4.1',
  },
  {
    key: 'dynamisch-duurzaam',
    title: 'Dynamisch en duurzaam',
    description:
      'Na de BOTOC-aanvraag wordt het projectplan vertaald naar een plan van aanpak met ambitie, doelstellingen, acties en randvoorwaarden. De aanpak moet kunnen meebewegen met trends die snel komen en gaan.',
    section: '4.1',
  },
  {
    key: 'rollen-mandaat',
    title: 'Taken, rollen, verantwoordelijkheden en mandaat',
    description:
      'Het plan van aanpak beschrijft taken, rollen en verantwoordelijkheden goed. Concreet: mandaat regelen en de uitvoering in de regio beleggen.',
    section: '4.1',
  },
  {
    key: 'heldere-opdracht',
    title: 'Een heldere opdracht voor de uitvoeringspartners',
    description: 'De ambitie wordt vertaald naar een heldere opdracht voor de uitvoeringspartners.',
    section: '4.3',
  },
  {
    key: 'jeugd-betrekken',
    title: 'De jeugd betrekken',
    description:
      'Jongeren worden betrokken en de aanpak sluit aan bij hun leefwereld. Professionals, vooral politie, jongerenwerk en jeugdboa’s, merken dat zij steeds minder in contact komen met de doelgroep.',
    section: '4.3',
  },
  {
    key: 'patronen-doorbreken',
    title: 'Vastgelopen patronen doorbreken',
    description:
      'Er is herhaaldelijk gevraagd om een nieuwe kijk op de problematiek. Daarom kijken andere partijen met een frisse blik mee, voor nieuw inzicht en andere oplossingsrichtingen.',
    section: '4.3',
  },
  {
    key: 'samen-duiden',
    title: 'Trends en ontwikkelingen samen duiden',
    description:
      'Samen met interne en externe partners en de jongeren zelf trends duiden en leren begrijpen wat een jongere beweegt, in positieve en negatieve zin.',
    section: '4.3',
  },
  {
    key: 'kernboodschap',
    title: 'Een krachtige kernboodschap',
    description:
      'Gemeente en partners dragen samen een krachtige kernboodschap uit over de aanpak van ondermijnende criminaliteit, bijvoorbeeld in campagnes in de (sociale) media.',
    section: '4.3',
  },
];
