/** Utrecht: the note 'Grenzen Stellen, Perspectief bieden' (source 004, BOTOC section). */
import type { PeerPlan } from '../../peerPlans/schema';

export default {
  id: 'utrecht',
  name: 'Utrecht',
  title: 'Grenzen Stellen, Perspectief bieden',
  municipalities: ['Utrecht'],
  region: null,
  scheme: 'botoc',
  start: null,
  period: null,
  summary:
    'Met de nota ‘Grenzen Stellen, Perspectief bieden’ werkt Utrecht aan een veilige en leefbare stad door de ontwrichtende effecten van drugsgerelateerde criminaliteit tegen te gaan.',
  focusAreas: [],
  interventions: [],
  pillars: [],
  themes: ['drugsgerelateerde criminaliteit'],
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
