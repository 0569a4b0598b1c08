import { describe, expect, it } from 'vitest';
import { parseEuroMessages, summarizeBudget, zaanstadBudget } from '@bot075/toolkit';
import {
  decodeState,
  emptyState,
  encodeState,
  exampleState,
  fieldId,
  messages,
  parseStoredState,
  readShare,
  readState,
} from '../state';

describe('calculator state', () => {
  it('the example reads back to the BOT budget: € 1.635.650 and € 33.879 short', () => {
    const { budget, errors } = readState(exampleState());
    expect(errors).toEqual({});
    const summary = summarizeBudget(budget);
    expect(summary.totalCents).toBe(163_565_000);
    expect(summary.perYear).toEqual({ 2020: 3_865_000, 2021: 79_850_000, 2022: 79_850_000 });
    expect(summary.coFinancing.shortfallCents).toBe(3_387_867);
    expect(summary.costPerParticipant.perPillar[zaanstadBudget.pillarLabels.pga]?.costCents).toBe(
      1_143_667,
    );
  });

  it('keeps typed text, reports each wrong field by id, and leaves it out of the budget', () => {
    const state = exampleState();
    const line = state.lines[0]!;
    const year = state.years[0]!;
    line.amounts[year.id] = '12.50';
    state.years[1]!.text = '20x1';
    state.coFinancing.share = '4/3';
    const { budget, errors } = readState(state);
    expect(errors[fieldId.amount(line.id, year.id)]).toBe(parseEuroMessages.decimalPoint);
    expect(errors[fieldId.year(state.years[1]!.id)]).toBe(messages.year);
    expect(errors[fieldId.share()]).toBe(messages.share);
    expect(budget.lines[0]!.amounts[2020]).toBeUndefined();
    expect(state.lines[0]!.amounts[year.id]).toBe('12.50');
  });

  it('reads fte items and shares as fractions or percentages', () => {
    const state = emptyState();
    state.coFinancing.items.push({
      id: 'c1',
      description: 'x',
      kind: 'fte',
      amount: '',
      fte: '2,5',
      annualCost: '91.604',
      years: '3',
    });
    const { budget, errors } = readState(state);
    expect(errors).toEqual({});
    expect(budget.coFinancing?.items).toEqual([
      { kind: 'fte', description: 'x', fteHundredths: 250, annualCostCents: 9_160_400, years: 3 },
    ]);
    expect(readShare('1/3')).toEqual({ numerator: 1, denominator: 3 });
    expect(readShare('25 %')).toEqual({ numerator: 25, denominator: 100 });
    expect(readShare('1/0')).toBeNull();
    expect(readShare('abc')).toBeNull();
  });

  it('flags a year typed twice', () => {
    const state = emptyState();
    state.years.push({ id: 'a', text: '2025' }, { id: 'b', text: '2025' });
    expect(readState(state).errors[fieldId.year('b')]).toBe(messages.yearTwice);
  });

  it('encodes to the URL fragment and back, unicode included; rejects anything else', () => {
    const state = exampleState();
    state.lines[0]!.action = 'Jeugd-boa’s € “quotes” 🚀';
    expect(decodeState(encodeState(state))).toEqual(state);
    expect(encodeState(state)).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeState('not base64!')).toBeNull();
    expect(parseStoredState('{"version":2}')).toBeNull();
    expect(parseStoredState(JSON.stringify({ ...state, lines: [{ id: 1 }] }))).toBeNull();
  });
});
