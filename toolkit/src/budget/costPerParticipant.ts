import { divideCents } from '../money/divideCents';
import type { Cents } from './types';

/** Cost per participant of one pillar. */
export interface PillarCostPerParticipant {
  /** The pillar's budget in cents. */
  pillarCents: Cents;
  /** Target number of participants. */
  participants: number;
  /** `pillarCents / participants`, rounded half-up to a whole cent. */
  costCents: Cents;
}

/** Cost per participant per pillar and in total. */
export interface CostPerParticipant {
  /** Only pillars that have a positive target number. */
  perPillar: Record<string, PillarCostPerParticipant>;
  /**
   * Over the pillars with a target: their budget together divided by all their
   * participants together, rounded half-up. `null` when no pillar has a target.
   * Note that participants of different pillars may be the same people (pupils
   * and young people); the figure is an upper bound of reach, not a head count.
   */
  total: PillarCostPerParticipant | null;
}

/**
 * Divides each pillar's budget by its target number of participants.
 * Pillars without a target, or with a target of 0, are left out rather than
 * divided by zero: no NaN or Infinity ever.
 *
 * @param perPillar - budget per pillar in cents (e.g. `summarizeBudget(b).perPillar`)
 * @param participants - target number per pillar key (BOT plan: 30 jongeren, 500 leerlingen, 30 gezinnen)
 * @throws RangeError when a target is not a non-negative safe integer.
 * @example costPerParticipant({ pga: 35_310_000 }, { pga: 30 }).perPillar.pga.costCents // 1_177_000
 */
export function costPerParticipant(
  perPillar: Record<string, Cents>,
  participants: Partial<Record<string, number>>,
): CostPerParticipant {
  const result: Record<string, PillarCostPerParticipant> = {};
  let pillarSum = 0;
  let peopleSum = 0;
  for (const [pillar, count] of Object.entries(participants)) {
    if (count === undefined) continue;
    if (!Number.isSafeInteger(count) || count < 0) {
      throw new RangeError(`Ongeldig aantal deelnemers voor ${pillar}: ${String(count)}`);
    }
    if (count === 0) continue;
    const pillarCents = perPillar[pillar] ?? 0;
    result[pillar] = {
      pillarCents,
      participants: count,
      costCents: divideCents(pillarCents, count),
    };
    pillarSum += pillarCents;
    peopleSum += count;
    if (!Number.isSafeInteger(pillarSum) || !Number.isSafeInteger(peopleSum)) {
      throw new RangeError('Te groot om exact te rekenen');
    }
  }
  return {
    perPillar: result,
    total:
      peopleSum > 0
        ? {
            pillarCents: pillarSum,
            participants: peopleSum,
            costCents: divideCents(pillarSum, peopleSum),
          }
        : null,
  };
}
