/**
 * Beverwijk and Heemskerk: the Jeugd & Veiligheid programme (source 003).
 * The news item names no subsidy scheme, budget or monitoring.
 */
import type { PeerPlan } from '../../peerPlans/schema';

export default {
  id: 'beverwijk-heemskerk',
  name: 'Beverwijk en Heemskerk',
  title: 'Programma Jeugd & Veiligheid',
  municipalities: ['Beverwijk', 'Heemskerk'],
  region: null,
  scheme: null,
  start: '2020',
  period: 'sinds 2020; na twee jaar structureel geborgd',
  summary:
    'Na ernstige jeugdoverlast en crimineel gedrag in 2019 zetten Beverwijk en Heemskerk in 2020 samen het programma Jeugd & Veiligheid op. Het wordt nu structureel geborgd in de domeinen Veiligheid, Onderwijs en Jeugd.',
  focusAreas: [],
  interventions: [
    { name: 'Groepsaanpak', description: null, pillars: [] },
    { name: 'Individuele aanpak', description: null, pillars: [] },
    { name: 'Systeemgerichte aanpak', description: null, pillars: [] },
    { name: 'Locatiegerichte aanpak', description: null, pillars: [] },
    {
      name: 'Netwerkregisseurs Jeugd & Veiligheid',
      description: 'Beide gemeenten stelden een netwerkregisseur Jeugd & Veiligheid aan.',
      pillars: [],
    },
    {
      name: 'Preventieprojecten',
      description:
        'Meerdere projecten die jongeren bewust maken van mogelijke gevaren en van hun eigen gedrag.',
      pillars: [],
    },
  ],
  pillars: [],
  themes: ['jeugdoverlast', 'criminele en seksuele uitbuiting', 'preventie', 'talentontwikkeling'],
  partners: [
    'politie',
    'handhaving',
    'jongerenwerk',
    'scholen',
    'het CJG',
    'diverse zorgaanbieders',
    'Halt',
    'de gemeenten',
  ],
  budget: null,
  targets: [],
  monitoring: null,
  contact: null,
  questions: {
    structuur: {
      answer:
        'Het programma heeft een groepsaanpak, een individuele aanpak, een systeemgerichte aanpak en een locatiegerichte aanpak. Beide gemeenten stelden een netwerkregisseur Jeugd & Veiligheid aan, en er lopen meerdere preventieprojecten.',
      sources: ['003'],
    },
    integraal: {
      answer:
        'De twee gemeenten werken samen en delen de verantwoordelijkheid, wat volgens de bron meer draagvlak geeft. Het programma wordt structureel geborgd binnen de domeinen Veiligheid, Onderwijs en Jeugd, met diverse samenwerkingen en overlegmomenten.',
      sources: ['003'],
    },
    betrokkenen: {
      answer:
        'Politie, handhaving, jongerenwerk, scholen, het CJG, diverse zorgaanbieders, Halt en de gemeenten.',
      sources: ['003'],
    },
    kostenEnOpbrengst: {
      answer:
        'De kosten zijn niet bekend uit de bron. Volgens de bron leidt de samenwerking tot positieve resultaten; welke, zegt de bron niet.',
      sources: ['003'],
    },
    monitoring: null,
    startEnPlanning: {
      answer:
        'In 2019 zagen de gemeenten ernstige jeugdoverlast en crimineel gedrag; in 2020 begon het programma. Na twee jaar samenwerking wordt de werkwijze structureel. De focus verschuift naar preventie: voorlichting aan alle jongeren over gewenst gedrag, weerbaarheid tegen criminele en seksuele uitbuiting, bewustwording en talentontwikkeling. Het netwerk van partners wordt uitgebreid.',
      sources: ['003'],
    },
    tips: null,
  },
  sources: ['003'],
} satisfies PeerPlan;
