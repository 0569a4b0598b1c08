/** A linear scale from 0 to a round maximum, with evenly spaced round ticks. */
export interface NiceScale {
  /**
   * The top of the scale: a round number ≥ the largest value, compared at 12
   * significant digits (so float noise never adds a tick); 1 when every value is 0.
   */
  max: number;
  /** Distance between ticks: 1, 2, 2,5 or 5 times a power of ten. */
  step: number;
  /** Tick values from 0 up to and including `max`, `step` apart. */
  ticks: number[];
}

const NICE_FACTORS = [1, 2, 2.5, 5, 10] as const;

/**
 * Picks a round axis for a bar chart whose bars start at 0: the smallest
 * "nice" step (1, 2, 2,5 or 5 × 10ⁿ) that covers `maxValue` in at most
 * `maxTicks` intervals. Used by the site's bar charts to scale bars and draw
 * grid lines; pure, so the scale is the same at build time and in the browser.
 *
 * Negative and non-finite values are not meaningful for these charts: a
 * `maxValue` ≤ 0 gives the scale 0–1.
 *
 * @param maxValue - the largest value to show (e.g. cents)
 * @param maxTicks - the most intervals the axis may have (default 4, readable at 390 px)
 * @throws RangeError when `maxValue` is not finite or `maxTicks` is not an integer ≥ 1
 * @example niceScale(34_310_000) // { max: 40_000_000, step: 10_000_000, ticks: [0, 10_000_000, …, 40_000_000] }
 */
export function niceScale(maxValue: number, maxTicks = 4): NiceScale {
  if (!Number.isFinite(maxValue)) {
    throw new RangeError(`niceScale verwacht een eindig getal, kreeg ${String(maxValue)}`);
  }
  if (!Number.isInteger(maxTicks) || maxTicks < 1) {
    throw new RangeError(`niceScale verwacht minstens 1 interval, kreeg ${String(maxTicks)}`);
  }
  if (maxValue <= 0) return { max: 1, step: 1, ticks: [0, 1] };

  const rawStep = maxValue / maxTicks;
  const exponent = Math.floor(Math.log10(rawStep));
  let step = Number.POSITIVE_INFINITY;
  // Check one decade below as well: log10 rounding can put rawStep just under a power of ten.
  for (const power of [exponent - 1, exponent, exponent + 1]) {
    for (const factor of NICE_FACTORS) {
      const candidate = clean(factor * 10 ** power);
      if (candidate < step && Math.ceil(clean(maxValue / candidate)) <= maxTicks) {
        step = candidate;
      }
    }
  }
  const intervals = Math.max(1, Math.ceil(clean(maxValue / step)));
  const ticks = Array.from({ length: intervals + 1 }, (_, index) => clean(index * step));
  return { max: ticks[ticks.length - 1]!, step, ticks };
}

/** Removes binary floating-point noise (0.30000000000000004 → 0.3). */
function clean(value: number): number {
  return Number.parseFloat(value.toPrecision(12));
}
