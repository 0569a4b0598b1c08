/** Rotterdam-Zuid: the Nationaal Programma Rotterdam Zuid (source 004, BOTOC section). */
import type { PeerPlan } from '../../peerPlans/schema';

export default {
  id: 'rotterdam-zuid',
  name: 'Rotterdam-Zuid (NPRZ)',
  title: 'Nationaal Programma Rotterdam Zuid (NPRZ)',
  municipalities: ['Rotterdam'],
  region: null,
  scheme: 'botoc',
  start: null,
  period: '20 jaar (doel)',
  summary:
    'In het Nationaal Programma Rotterdam Zuid werken Rijk, gemeente en partners aan de kansen van inwoners van Rotterdam-Zuid: opleidingsniveau, arbeidsparticipatie en woonkwaliteit moeten in 20 jaar stijgen naar het gemiddelde van de vier grote steden.',
  focusAreas: ['Rotterdam-Zuid'],
  interventions: [],
  pillars: [],
  themes: ['opleidingsniveau', 'arbeidsparticipatie', 'woonkwaliteit'],
  partners: [
    'Rijk',
    'gemeente Rotterdam',
    'corporaties',
    'zorginstellingen',
    'schoolbesturen',
    'bedrijfsleven',
    'politie',
    'Openbaar Ministerie',
  ],
  budget: null,
  targets: [],
  monitoring: null,
  contact: null,
  questions: {
    structuur: null,
    integraal: null,
    betrokkenen: {
      answer:
        'Rijk, gemeente Rotterdam, corporaties, zorginstellingen, schoolbesturen, bedrijfsleven, politie en Openbaar Ministerie.',
      sources: ['004'],
    },
    kostenEnOpbrengst: {
      answer:
        'De kosten zijn niet bekend uit de bron. Het doel: opleidingsniveau, arbeidsparticipatie en woonkwaliteit in Rotterdam-Zuid stijgen in 20 jaar naar het gemiddelde van de vier grote steden van Nederland.',
      sources: ['004'],
    },
    monitoring: null,
    startEnPlanning: null,
    tips: null,
  },
  sources: ['004'],
} satisfies PeerPlan;
