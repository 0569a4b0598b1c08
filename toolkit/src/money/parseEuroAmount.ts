import type { Cents } from '../budget/types';

/** The outcome of {@link parseEuroAmount}: cents, or a Dutch message saying what to type instead. */
export type ParseEuroResult = { ok: true; cents: Cents } | { ok: false; message: string };

/**
 * The Dutch messages {@link parseEuroAmount} returns, kept together so that a
 * view or a test can refer to them. Each one tells the user what to type.
 */
export const parseEuroMessages = {
  empty: 'Vul een bedrag in, bijvoorbeeld 1.234,56.',
  negative: 'Een bedrag kan niet negatief zijn. Typ het zonder minteken, bijvoorbeeld 1.234,56.',
  exponent: 'Typ het bedrag voluit in cijfers, zonder e-notatie, bijvoorbeeld 1.500.000.',
  letters: 'Typ alleen cijfers, eventueel met € ervoor, bijvoorbeeld € 1.234,56.',
  decimals: 'Typ hoogstens twee cijfers na de komma, bijvoorbeeld 1.234,56.',
  decimalPoint:
    'Gebruik een komma voor de centen en een punt alleen voor duizendtallen, bijvoorbeeld 12,50 of 1.234,56.',
  separator:
    'Zet een punt of spatie alleen tussen groepen van drie cijfers en een komma voor de centen, bijvoorbeeld 1.234,56 of 1 234.',
  tooLarge: 'Dit bedrag is te groot. Typ een bedrag onder € 90.000.000.000.000.',
} as const;

const WHITESPACE = /[\s\u00a0\u202f]+/g;
// Whole euros: plain digits, or groups of three separated consistently by dots or by single spaces.
const PLAIN = /^\d+(?:,\d{1,2})?$/;
const DOTTED = /^\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?$/;
const SPACED = /^\d{1,3}(?: \d{3})+(?:,\d{1,2})?$/;

/**
 * Reads an amount of euros typed the Dutch way and returns it in integer
 * cents, or a Dutch message that tells the user what to type instead.
 *
 * Accepted: `1.234,56`, `€ 1.234`, `1234`, `1234,5`, `1 234,56`, with spaces
 * around it and an optional `€` in front. A dot or a single space may
 * separate thousands, and then must group exactly three digits; the comma
 * separates one or two decimals.
 *
 * Refused, with a message: an empty string, letters, more than two decimals,
 * a misplaced separator (`12.50`, `1.23`, `1,234.56`), a minus sign,
 * exponents (`1e5`), and amounts beyond the safe-integer range.
 *
 * Never throws and never yields NaN or Infinity, whatever the input.
 *
 * @example parseEuroAmount('€ 1.234,5') // { ok: true, cents: 123450 }
 * @example parseEuroAmount('12.50') // { ok: false, message: 'Gebruik een komma voor de centen …' }
 */
export function parseEuroAmount(text: string): ParseEuroResult {
  const fail = (key: keyof typeof parseEuroMessages): ParseEuroResult => ({
    ok: false,
    message: parseEuroMessages[key],
  });
  // Normalize runs of white space (incl. no-break spaces) to one space, then trim.
  let value = String(text).replace(WHITESPACE, ' ').trim();
  if (value.startsWith('€')) value = value.slice(1).trimStart();
  if (value === '') return fail('empty');
  if (/[-−–]/.test(value)) return fail('negative');
  if (/^[\d.,]*\d[eE][+-]?\d/.test(value)) return fail('exponent');
  if (/[^\d., ]/.test(value)) return fail('letters');
  if (/,\d{3,}$/.test(value) && !value.includes('.', value.indexOf(','))) return fail('decimals');
  if (/^\d+\.\d{1,2}$/.test(value)) return fail('decimalPoint');
  if (!PLAIN.test(value) && !DOTTED.test(value) && !SPACED.test(value)) return fail('separator');

  const [euros = '', decimals = ''] = value.replace(/[. ]/g, '').split(',');
  const digits = `${euros}${decimals.padEnd(2, '0')}`.replace(/^0+(?=\d)/, '');
  if (digits.length > 16) return fail('tooLarge');
  const cents = Number(digits);
  if (!Number.isSafeInteger(cents)) return fail('tooLarge');
  return { ok: true, cents };
}
