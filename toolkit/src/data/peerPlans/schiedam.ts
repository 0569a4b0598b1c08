/** Schiedam: research on knife violence among young people, for Preventie met Gezag (source 004). */
import type { PeerPlan } from '../../peerPlans/schema';

export default {
  id: 'schiedam',
  name: 'Schiedam',
  title: null,
  municipalities: ['Schiedam'],
  region: null,
  scheme: 'pmg',
  start: null,
  period: null,
  summary:
    'Schiedam deed voor Preventie met Gezag onderzoek naar de aard, omvang en oorzaken van messengeweld onder jongeren en naar preventiemaatregelen. De gemeente interviewde daarover een programmamanager, een jongere en een stagiair.',
  focusAreas: [],
  interventions: [],
  pillars: [],
  themes: ['messengeweld onder jongeren'],
  partners: [],
  budget: null,
  targets: [],
  monitoring: null,
  contact: null,
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
