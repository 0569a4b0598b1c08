/** How `formatEuro` shows the cents of a whole-euro amount. */
export type CentsDisplay =
  /** Always two decimals: `€ 1.234,00`. The default; right for tables and exports. */
  | 'always'
  /** Drop `,00` on whole euros (`€ 1.234`), keep decimals otherwise (`€ 1.234,50`). */
  | 'when-needed';

export interface FormatEuroOptions {
  /** Whether whole euros keep their `,00`. Default `'always'`. */
  cents?: CentsDisplay;
}

/** The no-break space between the euro sign and the amount keeps them on one line. */
export const EURO_PREFIX = '€\u00a0';

/**
 * Formats an amount in integer euro cents the Dutch way: `€ 1.234,56`
 * (dot for thousands, comma for decimals, a no-break space after `€`,
 * a minus sign before the digits as in `nl-NL`: `€ -12,50`).
 *
 * Works on integers only, without floating-point arithmetic, so every safe
 * integer formats exactly.
 *
 * @param cents - an integer amount of euro cents (a safe integer)
 * @param options - whether whole euros keep their `,00` (default: always)
 * @throws RangeError when `cents` is not a safe integer; a caller holding
 *   such a value has a bug that must not be hidden behind "NaN".
 * @example formatEuro(123456) // "€ 1.234,56"
 * @example formatEuro(163565000, { cents: 'when-needed' }) // "€ 1.635.650"
 */
export function formatEuro(cents: number, options: FormatEuroOptions = {}): string {
  if (!Number.isSafeInteger(cents)) {
    throw new RangeError(`formatEuro verwacht een geheel aantal centen, kreeg ${String(cents)}`);
  }
  const negative = cents < 0;
  const digits = String(Math.abs(cents)).padStart(3, '0');
  const euroDigits = digits.slice(0, -2);
  const centDigits = digits.slice(-2);
  const grouped = euroDigits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const showCents = (options.cents ?? 'always') === 'always' || centDigits !== '00';
  return `${EURO_PREFIX}${negative ? '-' : ''}${grouped}${showCents ? `,${centDigits}` : ''}`;
}
