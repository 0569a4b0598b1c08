import type { PeerPlan } from './schema';

/** The plan with this id; throws with the known ids when there is none (a typo in a page). */
export function findPeerPlan(plans: readonly PeerPlan[], id: string): PeerPlan {
  const plan = plans.find((candidate) => candidate.id === id);
  if (!plan) {
    throw new Error(
      `Geen plan met id "${id}". Bekende plannen: ${plans.map((p) => p.id).join(', ')}.`,
    );
  }
  return plan;
}
