/** Groningen: listed under Preventie met Gezag in source 004, with a contact. */
import type { PeerPlan } from '../../peerPlans/schema';

export default {
  id: 'groningen',
  name: 'Groningen',
  title: null,
  municipalities: ['Groningen'],
  region: null,
  scheme: 'pmg',
  start: null,
  period: null,
  summary:
    'Groningen staat in de bron bij de subsidie Preventie met Gezag. De bron beschrijft het plan niet, maar noemt een contactpersoon voor vragen over interventies, samenwerkingsverbanden en het plan.',
  focusAreas: [],
  interventions: [],
  pillars: [],
  themes: [],
  partners: [],
  budget: null,
  targets: [],
  monitoring: null,
  contact: {
    publishedText:
      'Als je vragen hebt over interventies, samenwerkingsverbanden of het plan zelf, dan kun je contact opnemen met Lieuwe Rozema, Senior beleidsadviseur Directie Maatschappelijke Ontwikkeling Groningen. Hij deelt graag zijn ervaringen met je.',
    source: '004',
  },
  questions: {
    structuur: null,
    integraal: null,
    betrokkenen: null,
    kostenEnOpbrengst: null,
    monitoring: null,
    startEnPlanning: null,
    tips: null,
  },
  sources: ['004'],
} satisfies PeerPlan;
