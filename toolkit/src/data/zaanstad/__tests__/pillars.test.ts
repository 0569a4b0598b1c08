import { describe, expect, it } from 'vitest';
import { getZaanstadPillar, zaanstadPillars, zaanstadProjectLead } from '../pillars';
import { zaanstadBudget } from '../budget';
import { zaanstadTargets } from '../targets';
import { summarizeBudget } from '../../../budget/summarizeBudget';

const summary = summarizeBudget(zaanstadBudget);

describe('zaanstadPillars (seed 001, chapters 5–9)', () => {
  it('has the five pillars in the site numbering 1 PGA, 2 school, 3 gezin, 4 digitaal, 5 leren', () => {
    expect(zaanstadPillars.map((pillar) => [pillar.number, pillar.id])).toEqual([
      [1, 'pga'],
      [2, 'school'],
      [3, 'gezin'],
      [4, 'digitaal'],
      [5, 'leren'],
    ]);
    expect(zaanstadPillars.map((pillar) => pillar.chapter)).toEqual([5, 6, 7, 8, 9]);
  });

  it('records the summary numbering, which swaps school (3) and gezin (2)', () => {
    expect(Object.fromEntries(zaanstadPillars.map((p) => [p.id, p.summaryNumber]))).toEqual({
      pga: 1,
      gezin: 2,
      school: 3,
      digitaal: 4,
      leren: 5,
    });
  });

  it.each(zaanstadPillars.map((pillar) => [pillar.id, pillar] as const))(
    'pillar %s: the budget printed in its chapter equals its lines in the financial table',
    (id, pillar) => {
      expect(summary.perPillar[id]).toBe(pillar.printedBudgetCents);
    },
  );

  it('the project lead (§ 9.3) equals the "Opdrachtgeverschap" line: € 172.500', () => {
    expect(zaanstadProjectLead.printedBudgetCents).toBe(17_250_000);
    expect(summary.perPillar.opdrachtgeverschap).toBe(zaanstadProjectLead.printedBudgetCents);
  });

  it('the printed pillar budgets and the project lead add up to € 1.635.650', () => {
    const printed = zaanstadPillars.reduce((sum, p) => sum + p.printedBudgetCents, 0);
    expect(printed + zaanstadProjectLead.printedBudgetCents).toBe(163_565_000);
    expect(summary.totalCents).toBe(163_565_000);
  });

  it('every pillar page has a route under /aanpak and at least one intervention', () => {
    for (const pillar of zaanstadPillars) {
      expect(pillar.path).toMatch(new RegExp(`^/aanpak/pijler-${pillar.number}-`));
      expect(pillar.interventions.length).toBeGreaterThan(0);
      expect(pillar.goal.length).toBeGreaterThan(0);
    }
  });

  it('names the three schools of pillar 2 and the target numbers of the plan', () => {
    expect(getZaanstadPillar('school').namedLocations).toEqual([
      'Pascal college Zuid (Zaanstad Zuid)',
      'Praktijkonderwijs de Faam (Zaanstad Zuid)',
      'Altra college (Zaanstad Noord)',
    ]);
    expect(zaanstadTargets.pga.count).toBe(30);
    expect(zaanstadTargets.school.count).toBe(500);
    expect(zaanstadTargets.gezin.count).toBe(30);
  });

  it('lists the monitoring indicators the plan gives (3 PGA, 6 school, 4 gezin, none for 4 and 5)', () => {
    expect(zaanstadPillars.map((p) => p.indicators.length)).toEqual([3, 6, 4, 0, 0]);
    for (const pillar of zaanstadPillars.filter((p) => p.indicators.length === 0)) {
      expect(
        pillar.monitoringNote,
        `${pillar.id} moet zeggen waarom er geen indicatoren zijn`,
      ).not.toBeNull();
    }
  });

  it('maps the plan pillars onto the four project pillars of 2021 (gezin has none)', () => {
    expect(Object.fromEntries(zaanstadPillars.map((p) => [p.id, p.infographic2021Pillar]))).toEqual(
      {
        pga: 1,
        school: 2,
        gezin: null,
        digitaal: 3,
        leren: 4,
      },
    );
  });

  it('refuses an unknown pillar id', () => {
    // @ts-expect-error: not a pillar id
    expect(() => getZaanstadPillar('opdrachtgeverschap')).toThrow(RangeError);
  });
});
