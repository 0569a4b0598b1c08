import { botPillarIds, type BotPillarId, type PeerPlan, type PeerPlanSourceId } from './schema';

export interface PillarMatrixCell {
  pillar: BotPillarId;
  /** The reason from the plan's data, or null when no source links the plan to this pillar. */
  reason: string | null;
  sources: PeerPlanSourceId[];
}

export interface PillarMatrixRow {
  planId: string;
  planName: string;
  cells: PillarMatrixCell[];
}

/** Plans × BOT pillars: one row per plan, one cell per pillar in the site's order. */
export function buildPillarMatrix(plans: readonly PeerPlan[]): PillarMatrixRow[] {
  return plans.map((plan) => ({
    planId: plan.id,
    planName: plan.name,
    cells: botPillarIds.map((pillar) => {
      const entry = plan.pillars.find((candidate) => candidate.pillar === pillar);
      return { pillar, reason: entry?.reason ?? null, sources: entry ? [...entry.sources] : [] };
    }),
  }));
}
