/**
 * The plan-of-approach check: does a municipality's own plan cover what the
 * plans in the sources cover? Sections: the seven questions of seed 004, the
 * conditions of the BOT plan (seed 001, §4.1 and §4.3) and the 1/3
 * co-financing requirement (seed 001, chapter 10).
 *
 * How to edit: each item says why it matters (from the sources) and links to
 * an existing page of this site that shows an example; `link.to` must be a
 * route of the site (the build fails otherwise). Item ids are the keys of the
 * stored answers: renaming one forgets that answer in visitors' browsers.
 */
import type { ChecklistDefinition } from '../../checklists/types';

export const planCheckChecklist: ChecklistDefinition = {
  id: 'plan-check',
  title: 'Plan-van-aanpak-check',
  description:
    'Loop uw eigen plan van aanpak na: behandelt het de zeven vragen die de plannen in de bronnen beantwoorden, de randvoorwaarden uit het plan van Back on Track in 075 en de eis van cofinanciering? U ziet per onderdeel wat erin staat en wat nog ontbreekt.',
  notice:
    'Deze check is een hulpmiddel bij het schrijven. Het is geen toets van het ministerie en geen oordeel over de kwaliteit van uw plan.',
  privacy:
    'Uw antwoorden gaan over een plan, niet over een persoon. Ze blijven in deze browser bewaard (localStorage, sleutel "bot075.checklist.plan-check"), zodat u later verder kunt. Er wordt niets verstuurd. "Wis" verwijdert ze.',
  storage: { kind: 'localStorage', key: 'bot075.checklist.plan-check' },
  linkMissingInSummary: true,
  labels: {
    answers: { yes: 'Ja, staat erin', no: 'Nee, nog niet' },
    statuses: { covered: 'Behandeld', missing: 'Ontbreekt', unanswered: 'Niet beantwoord' },
    help: 'Waarom dit telt',
    clear: 'Wis',
  },
  sections: [
    {
      id: 'zeven-vragen',
      title: 'De zeven vragen',
      intro:
        'De plannen op de pagina "Plannen van aanpak ondermijning en jongeren" (bron 004) beantwoorden zeven vragen; Arnhem beantwoordt ze alle zeven.',
      items: [
        {
          id: 'structuur-projectopzet',
          label:
            'Structuur en projectopzet, en de rol van de adviseur openbare orde en veiligheid (OOV) daarin.',
          help: 'In Arnhem stuurt een stuurgroep vanuit de driehoek, met een projectteam vanuit de gemeente en kwartiermakers per deelproject; de OOV’er is projectleider, houdt overzicht en stuurt bij waar nodig.',
          link: { to: '/gemeenten/arnhem', label: 'Arnhem' },
          sources: ['004'],
        },
        {
          id: 'integrale-aanpak',
          label:
            'De inrichting van de integrale aanpak (waar mogelijk domeinoverstijgend), ook binnen de eigen organisatie.',
          help: 'In Zaanstad spreken de domeinen veiligheid, zorg en onderwijs gedeelde zorgen uit; het plan bundelt hun inzet in één aanpak met vijf pijlers. In Arnhem komen de deelprojecten elke zes weken samen om ervaringen en voortgang te bespreken.',
          link: { to: '/aanpak/introductie', label: 'Introductie van Back on Track in 075' },
          sources: ['001', '004'],
        },
        {
          id: 'betrokkenen',
          label: 'Wie bij het project betrokken zijn.',
          help: 'Een plan dat de partners noemt, maakt zichtbaar wie er aan tafel zit. In Arnhem zijn dat onder meer gemeente, politie, OM, Veiligheidshuis, straatcoaches, jongerenwerk, scholen, onderzoekers en adviseurs.',
          link: { to: '/gemeenten/zaanstad', label: 'Zaanstad' },
          sources: ['004'],
        },
        {
          id: 'kosten-opbrengst',
          label: 'Wat het project kost en wat het oplevert (of wil bereiken).',
          help: 'Een begroting per pijler en jaar laat zien waar het geld heen gaat. Het plan van Back on Track in 075 begroot in totaal € 1.635.650 voor 2020–2022.',
          link: { to: '/aanpak/begroting', label: 'De begroting van Back on Track in 075' },
          sources: ['001', '004'],
        },
        {
          id: 'monitoring',
          label: 'Hoe u zicht houdt op de voortgang en de resultaten.',
          help: 'Het plan van Back on Track in 075 noemt bij de pijlers indicatoren om te volgen, zoals minder politiecontacten bij de jongeren uit de PGA. Arnhem laat evaluaties doen door twee onderzoeksbureaus en voert elk kwartaal voortgangsgesprekken.',
          link: { to: '/aanpak/pijler-5-leren', label: 'Pijler 5: leren en ontwikkelen' },
          sources: ['001', '004'],
        },
        {
          id: 'start-planning',
          label: 'Wanneer het project begint en wat er dit jaar op de planning staat.',
          help: 'Arnhem begon halverwege 2020 met een plannings- en opzetfase; daarna startten de zes deelprojecten.',
          link: { to: '/gemeenten/arnhem', label: 'Arnhem' },
          sources: ['004'],
        },
        {
          id: 'tips',
          label: 'Tips voor de praktijk.',
          help: 'Wat een ander heeft geleerd, helpt de volgende gemeente. Arnhem: een lokale aanpak vraagt om lokaal maatwerk, en wat werkt kan per wijk verschillen.',
          link: { to: '/gemeenten/arnhem', label: 'Arnhem' },
          sources: ['004'],
        },
      ],
    },
    {
      id: 'randvoorwaarden',
      title: 'Randvoorwaarden uit het plan van Back on Track in 075',
      intro:
        'Het Zaanse plan noemt wat geregeld moet zijn om tot resultaat te komen (hoofdstuk 4).',
      items: [
        {
          id: 'gezamenlijke-opgave',
          label:
            'Een eenduidige, gezamenlijke opgave die alle partners dragen, met een inspanningsverplichting.',
          help: 'Alleen uitspreken dat er draagvlak is, is volgens het plan niet genoeg: het vraagt ook een inspanningsverplichting van de partijen. De ambitie wordt vertaald naar een heldere opdracht voor de uitvoeringspartners.',
          link: { to: '/aanpak/randvoorwaarden', label: 'Randvoorwaarden' },
          sources: ['001'],
        },
        {
          id: 'dynamisch-duurzaam',
          label: 'Een dynamische en duurzame aanpak.',
          help: 'Trends en ontwikkelingen komen en gaan razendsnel. Daarom richt het plan zich niet op vaste thema’s voor de korte termijn, maar op levensgebieden die er voor jongeren altijd zijn: de pijlers.',
          link: { to: '/aanpak/introductie', label: 'Introductie van Back on Track in 075' },
          sources: ['001'],
        },
        {
          id: 'rollen-mandaat',
          label: 'Taken, rollen, verantwoordelijkheden en mandaat.',
          help: 'Volgens het plan omschrijft het plan van aanpak de taken, rollen en verantwoordelijkheden goed; concreet gaat het om het regelen van mandaat en het beleggen van de uitvoering.',
          link: { to: '/aanpak/randvoorwaarden', label: 'Randvoorwaarden' },
          sources: ['001'],
        },
        {
          id: 'jeugd-betrekken',
          label: 'De jeugd betrekken en aansluiten bij haar leefwereld.',
          help: 'Politie, jongerenwerk en jeugd-boa’s merken dat zij steeds minder in contact komen met de doelgroep. In 2021 voerde Back on Track in 075 vijf panelgesprekken met in totaal 25 jongeren en 6 hulpverleners.',
          link: { to: '/aanpak/pijler-4-digitaal', label: 'Pijler 4: de digitale leefwereld' },
          sources: ['001', '002'],
        },
        {
          id: 'patronen-doorbreken',
          label: 'Vastgelopen patronen doorbreken.',
          help: 'In de interviews is herhaaldelijk gevraagd om een nieuwe kijk op de problematiek. Het plan betrekt daarom partijen die vanuit een andere invalshoek meekijken.',
          link: { to: '/aanpak/randvoorwaarden', label: 'Randvoorwaarden' },
          sources: ['001'],
        },
        {
          id: 'trends-duiden',
          label: 'Trends en ontwikkelingen samen duiden.',
          help: 'Met interne en externe partners en met de jongeren zelf leren begrijpen wat een jongere beweegt, in positieve en in negatieve zin.',
          link: { to: '/aanpak/pijler-5-leren', label: 'Pijler 5: leren en ontwikkelen' },
          sources: ['001'],
        },
        {
          id: 'kernboodschap',
          label: 'Een krachtige kernboodschap naar buiten.',
          help: 'Gemeente en partners dragen samen één boodschap uit tegen ondermijnende criminaliteit, bijvoorbeeld in campagnes in de (sociale) media.',
          link: { to: '/aanpak/resultaten-2021', label: 'Resultaten 2021' },
          sources: ['001', '002'],
        },
      ],
    },
    {
      id: 'cofinanciering',
      title: 'Cofinanciering',
      intro: 'Het ministerie eist voor de BOTOC-subsidie cofinanciering voor 1/3 van de begroting.',
      items: [
        {
          id: 'cofinanciering-een-derde',
          label: 'Het plan laat zien hoe 1/3 van de begroting als cofinanciering beschikbaar is.',
          help: 'Zonder cofinanciering van 1/3 voldoet een aanvraag niet aan de eis van het ministerie. Zaanstad stelt cofinanciering beschikbaar in de vorm van inzet, middelen en/of voorzieningen.',
          link: { to: '/aanpak/begroting', label: 'De begroting van Back on Track in 075' },
          sources: ['001'],
        },
        {
          id: 'cofinanciering-periode',
          label:
            'Bij elk bedrag voor cofinanciering staat of het per jaar of voor de hele looptijd geldt.',
          help: 'Het Zaanse plan noemt bedragen per inzet (bijvoorbeeld 2,5 fte voor € 229.010), maar niet of die per jaar of voor de hele periode gelden. Staat het erbij, dan is de toets van 1/3 na te rekenen.',
          link: { to: '/toolkit/begroting', label: 'Rekenhulp begroting' },
          sources: ['001'],
        },
      ],
    },
  ],
  outcomes: [
    {
      id: 'cofinanciering-ontbreekt',
      when: { kind: 'section-has-missing', sectionId: 'cofinanciering' },
      text: 'De cofinanciering is nog niet volledig beschreven. Het ministerie eist cofinanciering voor 1/3 van de begroting.',
    },
  ],
  information: [],
  sources: ['001', '002', '004'],
};
