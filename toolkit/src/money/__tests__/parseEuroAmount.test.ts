import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatEuro } from '../formatEuro';
import { parseEuroAmount, parseEuroMessages } from '../parseEuroAmount';

const ok = (cents: number) => ({ ok: true, cents });

describe('parseEuroAmount', () => {
  it.each([
    ['1.234,56', 123_456],
    ['€ 1.234', 123_400],
    ['€1.234', 123_400],
    ['1234', 123_400],
    ['1234,5', 123_450],
    ['  1234,56  ', 123_456],
    ['1 234,56', 123_456],
    ['1\u00a0234', 123_400],
    ['€\u00a01.635.650,00', 163_565_000],
    ['0', 0],
    ['0,05', 5],
    ['12.345.678', 1_234_567_800],
  ])('reads %j as %d cents', (text, cents) => {
    expect(parseEuroAmount(text)).toEqual(ok(cents));
  });

  it.each([
    ['', parseEuroMessages.empty],
    ['   ', parseEuroMessages.empty],
    ['€', parseEuroMessages.empty],
    ['-12', parseEuroMessages.negative],
    ['€ -12,50', parseEuroMessages.negative],
    ['1e5', parseEuroMessages.exponent],
    ['1,5E3', parseEuroMessages.exponent],
    ['12 euro', parseEuroMessages.letters],
    ['abc', parseEuroMessages.letters],
    ['1,234', parseEuroMessages.decimals],
    ['12,345', parseEuroMessages.decimals],
    ['12.50', parseEuroMessages.decimalPoint],
    ['12.5', parseEuroMessages.decimalPoint],
    ['1.23.456', parseEuroMessages.separator],
    ['1,234.56', parseEuroMessages.separator],
    ['1.2345', parseEuroMessages.separator],
    ['1234.567', parseEuroMessages.separator],
    ['1.234 567', parseEuroMessages.separator],
    ['12,', parseEuroMessages.separator],
    [',50', parseEuroMessages.separator],
    ['1..234', parseEuroMessages.separator],
    ['99999999999999999', parseEuroMessages.tooLarge],
  ])('refuses %j with a message saying what to type', (text, message) => {
    expect(parseEuroAmount(text)).toEqual({ ok: false, message });
  });

  it('gives back every non-negative amount formatEuro wrote (both cent styles)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (cents) => {
        expect(parseEuroAmount(formatEuro(cents))).toEqual(ok(cents));
        expect(parseEuroAmount(formatEuro(cents, { cents: 'when-needed' }))).toEqual(ok(cents));
      }),
    );
  });

  it('never throws and never yields NaN or Infinity, whatever the input', () => {
    const alphabet = fc.constantFrom(...'0123456789.,€ -eE+\u00a0a'.split(''));
    const arbitraryText = fc.oneof(fc.string(), fc.string({ unit: alphabet, maxLength: 25 }));
    fc.assert(
      fc.property(arbitraryText, (text) => {
        const result = parseEuroAmount(text);
        if (result.ok) {
          expect(Number.isSafeInteger(result.cents)).toBe(true);
          expect(result.cents).toBeGreaterThanOrEqual(0);
        } else {
          expect(result.message).toMatch(/bijvoorbeeld|Typ/);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
