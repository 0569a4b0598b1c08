import type { Cents } from '../budget/types';

/**
 * How a division of cents rounds to a whole cent. Named after the direction
 * on the number line, so the meaning holds for negative amounts too:
 * - `'up'`: towards +∞ (ceiling). For amounts someone must at least provide,
 *   such as required co-financing.
 * - `'down'`: towards −∞ (floor).
 * - `'half-up'`: to the nearest cent; an exact half goes towards +∞.
 *   The default, for amounts shown as information (cost per participant).
 */
export type RoundingMode = 'up' | 'down' | 'half-up';

/** A fraction of two positive safe integers, such as the co-financing share 1/3. */
export interface Fraction {
  numerator: number;
  denominator: number;
}

/**
 * Divides an amount in cents by a positive whole number and rounds the result
 * to a whole cent as `rounding` says. Exact: the division runs on BigInt, so
 * no floating-point drift, and the result is always a safe integer.
 *
 * @param cents - a safe integer amount in cents
 * @param divisor - a positive safe integer (a count of participants, years, …)
 * @param rounding - `'half-up'` (default), `'up'` or `'down'`; see {@link RoundingMode}
 * @throws RangeError when `cents` is not a safe integer or `divisor` is not a
 *   positive safe integer: a division by zero has no answer in cents, and the
 *   caller must decide what to show instead (never NaN or Infinity).
 * @example divideCents(100, 3) // 33
 * @example divideCents(100, 3, 'up') // 34
 * @example divideCents(163_565_000, 560) // 292_080 (€ 2.920,80)
 */
export function divideCents(
  cents: Cents,
  divisor: number,
  rounding: RoundingMode = 'half-up',
): Cents {
  if (!Number.isSafeInteger(cents)) {
    throw new RangeError(`divideCents verwacht een geheel aantal centen, kreeg ${String(cents)}`);
  }
  if (!Number.isSafeInteger(divisor) || divisor <= 0) {
    throw new RangeError(`divideCents verwacht een positieve deler, kreeg ${String(divisor)}`);
  }
  return toSafe(divideBig(BigInt(cents), BigInt(divisor), rounding));
}

/**
 * Takes a fraction of an amount in cents, rounded to a whole cent as
 * `rounding` says: `cents × numerator / denominator`, computed exactly.
 *
 * @param cents - a safe integer amount in cents
 * @param share - a fraction with a non-negative numerator and a positive denominator
 * @param rounding - `'half-up'` (default), `'up'` or `'down'`
 * @throws RangeError on amounts or fractions that are not safe integers, or a
 *   denominator that is not positive.
 * @example shareOfCents(163_565_000, { numerator: 1, denominator: 3 }, 'up') // 54_521_667
 */
export function shareOfCents(
  cents: Cents,
  share: Fraction,
  rounding: RoundingMode = 'half-up',
): Cents {
  if (!Number.isSafeInteger(cents)) {
    throw new RangeError(`shareOfCents verwacht een geheel aantal centen, kreeg ${String(cents)}`);
  }
  if (!Number.isSafeInteger(share.numerator) || share.numerator < 0) {
    throw new RangeError(`Ongeldige teller ${String(share.numerator)}`);
  }
  if (!Number.isSafeInteger(share.denominator) || share.denominator <= 0) {
    throw new RangeError(`Ongeldige noemer ${String(share.denominator)}`);
  }
  return toSafe(
    divideBig(BigInt(cents) * BigInt(share.numerator), BigInt(share.denominator), rounding),
  );
}

function divideBig(dividend: bigint, divisor: bigint, rounding: RoundingMode): bigint {
  // BigInt division truncates towards zero; correct it to the chosen direction.
  const quotient = dividend / divisor;
  const remainder = dividend % divisor;
  if (remainder === 0n) return quotient;
  const floor = remainder < 0n ? quotient - 1n : quotient;
  if (rounding === 'down') return floor;
  if (rounding === 'up') return floor + 1n;
  // half-up: compare twice the distance above the floor with the divisor.
  const above = dividend - floor * divisor;
  return 2n * above >= divisor ? floor + 1n : floor;
}

function toSafe(value: bigint): number {
  const result = Number(value);
  if (!Number.isSafeInteger(result))
    throw new RangeError('Het bedrag is te groot om exact te rekenen');
  return result;
}
