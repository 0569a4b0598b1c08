import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { niceScale } from '../niceScale';
import { summarizeBudget } from '../../budget/summarizeBudget';
import { zaanstadBudget } from '../../data/zaanstad/budget';

describe('niceScale', () => {
  it('rounds the largest pillar budget of the BOT plan up to a round axis', () => {
    // School is the largest pillar: € 620.800.
    const { perPillar } = summarizeBudget(zaanstadBudget);
    const largest = Math.max(...Object.values(perPillar));
    expect(largest).toBe(62_080_000);
    expect(niceScale(largest)).toEqual({
      max: 80_000_000,
      step: 20_000_000,
      ticks: [0, 20_000_000, 40_000_000, 60_000_000, 80_000_000],
    });
  });

  it('keeps an exact round maximum', () => {
    expect(niceScale(100)).toEqual({ max: 100, step: 25, ticks: [0, 25, 50, 75, 100] });
    expect(niceScale(140, 4)).toEqual({ max: 150, step: 50, ticks: [0, 50, 100, 150] });
  });

  it('handles small and fractional values without float noise', () => {
    expect(niceScale(0.3, 3)).toEqual({ max: 0.3, step: 0.1, ticks: [0, 0.1, 0.2, 0.3] });
  });

  it('gives 0–1 when every value is zero or negative', () => {
    expect(niceScale(0)).toEqual({ max: 1, step: 1, ticks: [0, 1] });
    expect(niceScale(-5)).toEqual({ max: 1, step: 1, ticks: [0, 1] });
  });

  it('refuses values it cannot scale', () => {
    expect(() => niceScale(Number.NaN)).toThrow(RangeError);
    expect(() => niceScale(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => niceScale(10, 0)).toThrow(RangeError);
    expect(() => niceScale(10, 2.5)).toThrow(RangeError);
  });

  it('always covers the value with evenly spaced ticks, at most maxTicks intervals, never more than 2.5× too wide', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-6, max: 1e15, noNaN: true }),
        fc.integer({ min: 1, max: 10 }),
        (value, maxTicks) => {
          const scale = niceScale(value, maxTicks);
          expect(scale.ticks[0]).toBe(0);
          // Covers the value up to the 12 significant digits niceScale rounds to.
          expect(scale.max).toBeGreaterThanOrEqual(value * (1 - 1e-11));
          expect(scale.ticks.length - 1).toBeLessThanOrEqual(maxTicks);
          expect(scale.max).toBeLessThanOrEqual(value * 2.5 * (1 + 1e-9) + scale.step);
          scale.ticks.forEach((tick, index) => {
            expect(tick).toBeCloseTo(index * scale.step, 6);
          });
        },
      ),
    );
  });
});
