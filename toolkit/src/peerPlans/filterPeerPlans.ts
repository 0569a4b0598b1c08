import type { BotPillarId, PeerPlan, SubsidySchemeId } from './schema';

/** Filter for the overview: `'alle'` keeps everything, `'onbekend'` keeps plans without a known scheme. */
export interface PeerPlanFilter {
  scheme: SubsidySchemeId | 'onbekend' | 'alle';
  pillar: BotPillarId | 'alle';
}

export const allPeerPlansFilter: PeerPlanFilter = { scheme: 'alle', pillar: 'alle' };

/**
 * The plans that match a scheme and a pillar. A plan matches a pillar only
 * when its data names that pillar with a reason; unknown is never a match.
 */
export function filterPeerPlans(plans: readonly PeerPlan[], filter: PeerPlanFilter): PeerPlan[] {
  return plans.filter((plan) => {
    const schemeMatches =
      filter.scheme === 'alle' ||
      (filter.scheme === 'onbekend' ? plan.scheme === null : plan.scheme === filter.scheme);
    const pillarMatches =
      filter.pillar === 'alle' || plan.pillars.some((entry) => entry.pillar === filter.pillar);
    return schemeMatches && pillarMatches;
  });
}
