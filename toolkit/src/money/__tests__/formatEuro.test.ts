import { describe, expect, it } from 'vitest';
import { formatEuro } from '../formatEuro';

const nbsp = '\u00a0';

describe('formatEuro', () => {
  it('formats cents the Dutch way', () => {
    expect(formatEuro(123456)).toBe(`€${nbsp}1.234,56`);
    expect(formatEuro(5)).toBe(`€${nbsp}0,05`);
    expect(formatEuro(0)).toBe(`€${nbsp}0,00`);
    expect(formatEuro(163565000)).toBe(`€${nbsp}1.635.650,00`);
  });

  it('drops ,00 on whole euros only when asked', () => {
    expect(formatEuro(34310000, { cents: 'when-needed' })).toBe(`€${nbsp}343.100`);
    expect(formatEuro(34310050, { cents: 'when-needed' })).toBe(`€${nbsp}343.100,50`);
  });

  it('matches Intl nl-NL for negative amounts', () => {
    expect(formatEuro(-1250)).toBe(`€${nbsp}-12,50`);
    expect(formatEuro(-1250)).toBe(
      new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(-12.5),
    );
  });

  it('refuses values that are not safe integers', () => {
    expect(() => formatEuro(1.5)).toThrow(RangeError);
    expect(() => formatEuro(Number.NaN)).toThrow(RangeError);
    expect(() => formatEuro(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
