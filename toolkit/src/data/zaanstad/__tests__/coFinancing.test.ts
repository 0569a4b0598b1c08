import { describe, expect, it } from 'vitest';
import { zaanstadCoFinancing } from '../coFinancing';
import { zaanstadTargets } from '../targets';

describe('zaanstadCoFinancing (seed 001, chapter 10)', () => {
  it('lists the four printed items: € 229.010, € 144.922, € 45.802 and € 91.604', () => {
    expect(zaanstadCoFinancing.map((item) => item.amountCents)).toEqual([
      22_901_000, 14_492_200, 4_580_200, 9_160_400,
    ]);
    expect(zaanstadCoFinancing.map((item) => item.fteHundredths)).toEqual([250, 200, 50, 100]);
  });

  it('implies € 91.604 per fte at scale 11 and € 72.461 at scale 9', () => {
    for (const item of zaanstadCoFinancing) {
      const perFte = (item.amountCents * 100) / item.fteHundredths;
      expect(perFte).toBe(item.salaryScale === 11 ? 9_160_400 : 7_246_100);
    }
  });
});

describe('zaanstadTargets (seed 001)', () => {
  it('has the plan’s numbers: 30 young people, 500 pupils, 30 families', () => {
    expect(zaanstadTargets.pga.count).toBe(30);
    expect(zaanstadTargets.school.count).toBe(500);
    expect(zaanstadTargets.gezin.count).toBe(30);
  });
});
