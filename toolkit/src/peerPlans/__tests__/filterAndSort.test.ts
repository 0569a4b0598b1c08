import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { peerPlans } from '../../data/peerPlans/registry';
import { filterPeerPlans } from '../filterPeerPlans';
import { sortPeerPlans, peerPlanSortKeys } from '../sortPeerPlans';
import { buildPillarMatrix } from '../buildPillarMatrix';
import { findPeerPlan } from '../findPeerPlan';
import { botPillarIds } from '../schema';

const ids = (plans: readonly { id: string }[]) => plans.map((plan) => plan.id);

describe('filterPeerPlans', () => {
  it('keeps everything for "alle"', () => {
    expect(ids(filterPeerPlans(peerPlans, { scheme: 'alle', pillar: 'alle' }))).toEqual(
      ids(peerPlans),
    );
  });

  it('filters by scheme, including plans whose scheme the source does not name', () => {
    expect(ids(filterPeerPlans(peerPlans, { scheme: 'pmg', pillar: 'alle' }))).toEqual([
      'groningen',
      'schiedam',
    ]);
    expect(ids(filterPeerPlans(peerPlans, { scheme: 'onbekend', pillar: 'alle' }))).toEqual([
      'beverwijk-heemskerk',
    ]);
    expect(ids(filterPeerPlans(peerPlans, { scheme: 'botoc', pillar: 'alle' }))).toEqual([
      'zaanstad',
      'arnhem',
      'utrecht',
      'rotterdam-zuid',
    ]);
  });

  it('filters by pillar only where the data gives a reason', () => {
    expect(ids(filterPeerPlans(peerPlans, { scheme: 'alle', pillar: 'school' }))).toEqual([
      'zaanstad',
      'arnhem',
    ]);
    expect(ids(filterPeerPlans(peerPlans, { scheme: 'alle', pillar: 'gezin' }))).toEqual([
      'zaanstad',
    ]);
    expect(ids(filterPeerPlans(peerPlans, { scheme: 'pmg', pillar: 'pga' }))).toEqual([]);
  });
});

describe('sortPeerPlans', () => {
  it('sorts by name in Dutch order', () => {
    expect(ids(sortPeerPlans(peerPlans, 'name'))).toEqual([
      'arnhem',
      'beverwijk-heemskerk',
      'groningen',
      'rotterdam-zuid',
      'schiedam',
      'utrecht',
      'zaanstad',
    ]);
  });

  it('sorts by budget with unknown budgets last in both directions', () => {
    expect(ids(sortPeerPlans(peerPlans, 'budget')).slice(0, 2)).toEqual(['zaanstad', 'arnhem']);
    expect(ids(sortPeerPlans(peerPlans, 'budget', 'descending')).slice(0, 2)).toEqual([
      'arnhem',
      'zaanstad',
    ]);
    expect(
      sortPeerPlans(peerPlans, 'budget', 'descending')
        .slice(2)
        .every((p) => p.budget === null),
    ).toBe(true);
  });

  it('sorts by scheme with the unknown scheme last', () => {
    const sorted = sortPeerPlans(peerPlans, 'scheme', 'descending');
    expect(sorted.map((plan) => plan.scheme)).toEqual([
      'pmg',
      'pmg',
      'botoc',
      'botoc',
      'botoc',
      'botoc',
      null,
    ]);
  });

  it('is a permutation that does not change its input, for every key and direction', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...peerPlans]),
        fc.constantFrom(...peerPlanSortKeys),
        fc.constantFrom('ascending' as const, 'descending' as const),
        (plans, key, direction) => {
          const before = ids(plans);
          const sorted = sortPeerPlans(plans, key, direction);
          expect(ids(plans)).toEqual(before);
          expect([...ids(sorted)].sort()).toEqual([...before].sort());
          // sorting twice gives the same order, whatever the input order
          expect(ids(sortPeerPlans(sorted, key, direction))).toEqual(ids(sorted));
        },
      ),
    );
  });
});

describe('buildPillarMatrix', () => {
  it('has a cell per pillar, with the reason from the data or null', () => {
    const matrix = buildPillarMatrix(peerPlans);
    expect(matrix).toHaveLength(peerPlans.length);
    for (const row of matrix)
      expect(row.cells.map((cell) => cell.pillar)).toEqual([...botPillarIds]);
    const arnhem = matrix.find((row) => row.planId === 'arnhem')!;
    expect(arnhem.cells.filter((cell) => cell.reason !== null).map((cell) => cell.pillar)).toEqual([
      'pga',
      'school',
      'leren',
    ]);
    expect(arnhem.cells.find((cell) => cell.pillar === 'school')!.sources).toEqual(['004']);
    const utrecht = matrix.find((row) => row.planId === 'utrecht')!;
    expect(utrecht.cells.every((cell) => cell.reason === null && cell.sources.length === 0)).toBe(
      true,
    );
  });
});

describe('findPeerPlan', () => {
  it('finds a plan by id and names the known ids for a typo', () => {
    expect(findPeerPlan(peerPlans, 'schiedam').name).toBe('Schiedam');
    expect(() => findPeerPlan(peerPlans, 'arnem')).toThrow(/Geen plan met id "arnem".*arnhem/);
  });
});
