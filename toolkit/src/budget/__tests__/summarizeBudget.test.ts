import { describe, expect, it } from 'vitest';
import { summarizeBudget } from '../summarizeBudget';
import { zaanstadBudget } from '../../data/zaanstad/budget';

describe('summarizeBudget', () => {
  it('reproduces the BOT plan totals', () => {
    const summary = summarizeBudget(zaanstadBudget);
    expect(summary.totalCents).toBe(163_565_000);
    expect(summary.perYear).toEqual({ 2020: 3_865_000, 2021: 79_850_000, 2022: 79_850_000 });
    expect(summary.perPillar.school).toBe(62_080_000);
    expect(summary.perPillarPerYear.pga).toEqual({
      2020: 670_000,
      2021: 16_820_000,
      2022: 16_820_000,
    });
    expect(summary.pillarOrder).toEqual([
      'pga',
      'school',
      'gezin',
      'digitaal',
      'leren',
      'opdrachtgeverschap',
    ]);
  });

  it('treats a year a line leaves out as zero', () => {
    const summary = summarizeBudget({
      years: [2024, 2025],
      lines: [{ pillar: 'a', action: 'x', amounts: { 2025: 100 } }],
    });
    expect(summary.perYear).toEqual({ 2024: 0, 2025: 100 });
    expect(summary.perPillarPerYear.a).toEqual({ 2024: 0, 2025: 100 });
  });

  it('refuses amounts that are not integer cents', () => {
    expect(() =>
      summarizeBudget({
        years: [2024],
        lines: [{ pillar: 'a', action: 'x', amounts: { 2024: 0.5 } }],
      }),
    ).toThrow(RangeError);
  });
});
