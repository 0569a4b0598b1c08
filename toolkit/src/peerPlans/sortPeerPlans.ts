import { subsidySchemeLabels, type PeerPlan } from './schema';

export const peerPlanSortKeys = ['name', 'scheme', 'interventions', 'budget', 'pillars'] as const;
export type PeerPlanSortKey = (typeof peerPlanSortKeys)[number];
export type SortDirection = 'ascending' | 'descending';

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** The value a column sorts on; null means "not known from the source". */
function sortValue(plan: PeerPlan, key: PeerPlanSortKey): string | number | null {
  switch (key) {
    case 'name':
      return plan.name;
    case 'scheme':
      return plan.scheme === null ? null : subsidySchemeLabels[plan.scheme];
    case 'interventions':
      return plan.interventions.length;
    case 'budget':
      return plan.budget?.amountCents ?? null;
    case 'pillars':
      return plan.pillars.length;
  }
}

/**
 * A sorted copy of the plans. Unknown values (no scheme, no budget) always
 * come last, in both directions, so they never pass for the smallest value.
 * Ties keep their original order (the sort is stable), then fall back to name.
 */
export function sortPeerPlans(
  plans: readonly PeerPlan[],
  key: PeerPlanSortKey,
  direction: SortDirection = 'ascending',
): PeerPlan[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...plans].sort((a, b) => {
    const left = sortValue(a, key);
    const right = sortValue(b, key);
    if (left === null || right === null) {
      if (left === right) return collator.compare(a.name, b.name);
      return left === null ? 1 : -1;
    }
    const order =
      typeof left === 'number' && typeof right === 'number'
        ? left - right
        : collator.compare(String(left), String(right));
    return order !== 0 ? sign * order : collator.compare(a.name, b.name);
  });
}
