import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { divideCents, shareOfCents } from '../divideCents';

describe('divideCents', () => {
  it('rounds as asked', () => {
    expect(divideCents(100, 3)).toBe(33);
    expect(divideCents(200, 3)).toBe(67);
    expect(divideCents(100, 3, 'up')).toBe(34);
    expect(divideCents(200, 3, 'down')).toBe(66);
    expect(divideCents(5, 2)).toBe(3);
    expect(divideCents(-5, 2)).toBe(-2);
    expect(divideCents(-5, 2, 'down')).toBe(-3);
    expect(divideCents(-5, 2, 'up')).toBe(-2);
    expect(divideCents(90, 3, 'up')).toBe(30);
  });

  it('refuses a zero, negative or fractional divisor instead of giving Infinity or NaN', () => {
    expect(() => divideCents(100, 0)).toThrow(RangeError);
    expect(() => divideCents(100, -2)).toThrow(RangeError);
    expect(() => divideCents(100, 1.5)).toThrow(RangeError);
    expect(() => divideCents(Number.NaN, 2)).toThrow(RangeError);
  });

  it('stays within one cent of the exact quotient, on the chosen side', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: 1, max: 1e6 }),
        (cents, divisor) => {
          const down = divideCents(cents, divisor, 'down');
          const up = divideCents(cents, divisor, 'up');
          const half = divideCents(cents, divisor, 'half-up');
          expect(down * divisor).toBeLessThanOrEqual(cents);
          expect(up * divisor).toBeGreaterThanOrEqual(cents);
          expect(up - down).toBe(cents % divisor === 0 ? 0 : 1);
          expect([down, up]).toContain(half);
          expect(Math.abs(half * divisor - cents) * 2).toBeLessThanOrEqual(divisor);
        },
      ),
    );
  });
});

describe('shareOfCents', () => {
  it('takes one third of the BOT budget, rounded up: € 545.216,67', () => {
    expect(shareOfCents(163_565_000, { numerator: 1, denominator: 3 }, 'up')).toBe(54_521_667);
  });

  it('is exact where floats are not', () => {
    expect(shareOfCents(Number.MAX_SAFE_INTEGER, { numerator: 1, denominator: 1 })).toBe(
      Number.MAX_SAFE_INTEGER,
    );
    expect(() => shareOfCents(Number.MAX_SAFE_INTEGER, { numerator: 2, denominator: 1 })).toThrow(
      RangeError,
    );
    expect(() => shareOfCents(100, { numerator: 1, denominator: 0 })).toThrow(RangeError);
  });
});
