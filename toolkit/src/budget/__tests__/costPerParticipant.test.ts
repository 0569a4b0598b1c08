import { describe, expect, it } from 'vitest';
import { costPerParticipant } from '../costPerParticipant';
import { summarizeBudget } from '../summarizeBudget';
import { zaanstadBudget } from '../../data/zaanstad/budget';

describe('costPerParticipant', () => {
  it('gives the BOT plan’s cost per young person, pupil and family', () => {
    const { costPerParticipant: cost } = summarizeBudget(zaanstadBudget);
    // PGA € 343.100 / 30 = € 11.436,666… → € 11.436,67 (half-up)
    expect(cost.perPillar.pga).toEqual({
      pillarCents: 34_310_000,
      participants: 30,
      costCents: 1_143_667,
    });
    // School € 620.800 / 500 = € 1.241,60
    expect(cost.perPillar.school?.costCents).toBe(124_160);
    // Gezin € 237.600 / 30 = € 7.920
    expect(cost.perPillar.gezin?.costCents).toBe(792_000);
    expect(cost.perPillar.digitaal).toBeUndefined();
    // (343.100 + 620.800 + 237.600) / 560 = € 2.145,535… → € 2.145,54
    expect(cost.total).toEqual({ pillarCents: 120_150_000, participants: 560, costCents: 214_554 });
  });

  it('leaves out pillars with zero participants instead of dividing by zero', () => {
    const result = costPerParticipant({ a: 100 }, { a: 0, b: 3 });
    expect(result.perPillar).toEqual({ b: { pillarCents: 0, participants: 3, costCents: 0 } });
    expect(costPerParticipant({ a: 100 }, {}).total).toBeNull();
  });

  it('refuses a fractional or negative number of participants', () => {
    expect(() => costPerParticipant({ a: 100 }, { a: 1.5 })).toThrow(RangeError);
    expect(() => costPerParticipant({ a: 100 }, { a: -1 })).toThrow(RangeError);
  });
});
