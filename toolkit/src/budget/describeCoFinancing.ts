import { formatEuro } from '../money/formatEuro';
import { divideCents } from '../money/divideCents';
import type { CoFinancingResult } from './coFinancingTypes';

/** Whole euros rounded up: a shortfall of a few cents never reads as "nothing missing". */
function euroUp(cents: number): string {
  return formatEuro(divideCents(cents, 100, 'up') * 100, { cents: 'when-needed' });
}

/** Whole euros rounded down: a surplus is never overstated. */
function euroDown(cents: number): string {
  return formatEuro(divideCents(cents, 100, 'down') * 100, { cents: 'when-needed' });
}

/**
 * The outcome of {@link checkCoFinancing} as one plain Dutch sentence, the way
 * the calculator and the pages say it: "Er ontbreekt € 33.879 cofinanciering."
 * or "De cofinanciering is voldoende: € 988.797 meer dan vereist."
 * A shortfall is rounded up to whole euros, a surplus down.
 */
export function describeCoFinancing(result: CoFinancingResult): string {
  return result.met
    ? `De cofinanciering is voldoende: ${euroDown(result.surplusCents)} meer dan vereist.`
    : `Er ontbreekt ${euroUp(result.shortfallCents)} cofinanciering.`;
}
