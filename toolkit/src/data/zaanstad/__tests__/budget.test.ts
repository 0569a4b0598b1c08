import { describe, expect, it } from 'vitest';
import { zaanstadBudget } from '../budget';

const euro = (amount: number) => amount * 100;
const lineTotal = (amounts: Partial<Record<number, number>>) =>
  Object.values(amounts).reduce<number>((sum, cents) => sum + (cents ?? 0), 0);

describe('zaanstadBudget reproduces the figures printed in the BOT plan (seed 001)', () => {
  it('grand total is € 1.635.650 (the table prints the typo "€ 1.63.650")', () => {
    const total = zaanstadBudget.lines.reduce((sum, line) => sum + lineTotal(line.amounts), 0);
    expect(total).toBe(euro(1_635_650));
  });

  it.each([
    [2020, 38_650],
    [2021, 798_500],
    [2022, 798_500],
  ])('year %i totals € %i (row "Totaal")', (year, amount) => {
    const total = zaanstadBudget.lines.reduce(
      (sum, line) => sum + ((line.amounts as Record<number, number | undefined>)[year] ?? 0),
      0,
    );
    expect(total).toBe(euro(amount));
  });

  it.each([
    ['pga', 343_100],
    ['school', 620_800],
    ['gezin', 237_600],
    ['digitaal', 175_250],
    ['leren', 86_400],
    ['opdrachtgeverschap', 172_500],
  ])('pillar %s totals € %i ("Begroting 2020-2021-2022" in its chapter)', (pillar, amount) => {
    const total = zaanstadBudget.lines
      .filter((line) => line.pillar === pillar)
      .reduce((sum, line) => sum + lineTotal(line.amounts), 0);
    expect(total).toBe(euro(amount));
  });
});
