import { describe, expect, it } from 'vitest';
import { checkCoFinancing } from '../checkCoFinancing';
import { zaanstadAnnualCostPerFte, zaanstadCoFinancing } from '../../data/zaanstad/coFinancing';
import { formatEuro } from '../../money/formatEuro';
import { divideCents } from '../../money/divideCents';

const planItems = zaanstadCoFinancing.map((item) => ({
  kind: 'amount' as const,
  description: item.description,
  amountCents: item.amountCents,
}));

describe('checkCoFinancing', () => {
  it('finds the BOT plan € 33.879 short of 1/3 when its amounts cover the whole period', () => {
    const result = checkCoFinancing(
      { items: planItems, amountPeriod: 'whole-period' },
      163_565_000,
      3,
    );
    expect(result.requiredCents).toBe(54_521_667);
    expect(result.providedCents).toBe(51_133_800);
    expect(result.shortfallCents).toBe(3_387_867);
    expect(result.surplusCents).toBe(0);
    expect(result.met).toBe(false);
    expect(
      formatEuro(divideCents(result.shortfallCents, 100, 'up') * 100, { cents: 'when-needed' }),
    ).toBe('€\u00a033.879');
  });

  it('counts per-year amounts once per budget year', () => {
    const result = checkCoFinancing({ items: planItems, amountPeriod: 'per-year' }, 163_565_000, 3);
    expect(result.providedCents).toBe(153_401_400);
    expect(result.surplusCents).toBe(153_401_400 - 54_521_667);
    expect(result.met).toBe(true);
  });

  it('counts fte × annual cost × years, reproducing the plan’s items for one year', () => {
    const result = checkCoFinancing(
      {
        amountPeriod: 'whole-period',
        items: zaanstadCoFinancing.map((item) => ({
          kind: 'fte' as const,
          description: item.description,
          fteHundredths: item.fteHundredths,
          annualCostCents: zaanstadAnnualCostPerFte[item.salaryScale as 9 | 11],
          years: 1,
        })),
      },
      163_565_000,
      3,
    );
    expect(result.items.map((item) => item.providedCents)).toEqual(
      zaanstadCoFinancing.map((item) => item.amountCents),
    );
    const threeYears = checkCoFinancing(
      {
        amountPeriod: 'whole-period',
        items: [
          {
            kind: 'fte',
            description: 'x',
            fteHundredths: 250,
            annualCostCents: 9_160_400,
            years: 3,
          },
        ],
      },
      0,
      3,
    );
    expect(threeYears.providedCents).toBe(68_703_000);
  });

  it('uses a configurable share and rounds the requirement up', () => {
    const half = checkCoFinancing(
      { items: [], amountPeriod: 'whole-period', share: { numerator: 1, denominator: 2 } },
      101,
      1,
    );
    expect(half.requiredCents).toBe(51);
    expect(half.shortfallCents).toBe(51);
  });

  it('meets the requirement of an empty budget with nothing', () => {
    const result = checkCoFinancing({ items: [], amountPeriod: 'per-year' }, 0, 0);
    expect(result).toMatchObject({
      requiredCents: 0,
      providedCents: 0,
      met: true,
      balanceCents: 0,
    });
  });

  it('refuses negative or fractional inputs', () => {
    expect(() =>
      checkCoFinancing(
        {
          items: [{ kind: 'amount', description: 'x', amountCents: -1 }],
          amountPeriod: 'whole-period',
        },
        0,
        1,
      ),
    ).toThrow(RangeError);
  });
});
