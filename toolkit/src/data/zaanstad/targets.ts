/**
 * Target numbers per pillar in the BOT project plan (seed 001). Only pillars
 * for which the plan states a number are listed; the digital pillar, the
 * learning pillar and the project lead name none.
 */
import type { ZaanstadPillarId } from './budget';

export interface TargetGroup {
  /** How many participants the plan aims for. */
  count: number;
  /** Dutch plural noun for the participants, as shown to visitors. */
  unit: string;
  /** What the plan says about this number, in Dutch. */
  note: string;
}

/** "We starten met 30 jongeren", "Aantal leerlingen die we willen bereiken: 500", "30 gezinnen". */
export const zaanstadTargets = {
  pga: {
    count: 30,
    unit: 'jongeren',
    note: 'Start met 30 jongeren; komen er minder jongeren in de 075 aanpak, dan is er ruimte voor meer.',
  },
  school: {
    count: 500,
    unit: 'leerlingen',
    note: 'Te bereiken leerlingen op Pascal college Zuid, Praktijkonderwijs de Faam en Altra college.',
  },
  gezin: {
    count: 30,
    unit: 'gezinnen',
    note: 'De komende twee jaar 30 gezinnen; het aantal kan worden bijgesteld.',
  },
} satisfies Partial<Record<ZaanstadPillarId, TargetGroup>>;
