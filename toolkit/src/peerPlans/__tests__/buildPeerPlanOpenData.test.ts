import { describe, expect, it } from 'vitest';
import { peerPlans } from '../../data/peerPlans/registry';
import {
  buildPeerPlanOpenDataDocument,
  buildPeerPlanOpenDataRows,
  peerPlanOpenDataColumns,
} from '../buildPeerPlanOpenData';

describe('buildPeerPlanOpenDataRows', () => {
  const rows = buildPeerPlanOpenDataRows(peerPlans);

  it('gives one row per plan with every column as text', () => {
    expect(rows).toHaveLength(peerPlans.length);
    for (const row of rows) {
      expect(Object.keys(row)).toEqual([...peerPlanOpenDataColumns]);
      expect(Object.values(row).every((value) => typeof value === 'string')).toBe(true);
    }
  });

  it('writes budgets in whole euros and leaves unknowns empty', () => {
    const byId = Object.fromEntries(rows.map((row) => [row.id, row]));
    expect(byId.zaanstad!.budget_euro).toBe('1635650');
    expect(byId.arnhem!.budget_euro).toBe('2420000');
    expect(byId.arnhem!.budget_bij_benadering).toBe('ja');
    expect(byId.utrecht!.budget_euro).toBe('');
    expect(byId['beverwijk-heemskerk']!.regeling).toBe('');
    expect(byId.groningen!.regeling).toBe('Preventie met Gezag');
    expect(byId.arnhem!.aantal_deelprojecten).toBe('6');
    expect(byId.arnhem!.focusgebieden).toBe('Malburgen; Presikhaaf; Geitekamp');
    expect(byId.utrecht!.vraag_tips).toBe('');
    expect(byId.arnhem!.contact).toContain('frederieke.schilling@arnhem.nl');
  });
});

describe('buildPeerPlanOpenDataDocument', () => {
  it('holds the plans unchanged and survives a JSON round trip', () => {
    const document = buildPeerPlanOpenDataDocument(peerPlans);
    expect(JSON.parse(JSON.stringify(document)).plannen).toEqual(peerPlans);
  });
});

describe('formatPeerPlanBudget', () => {
  it('prints Dutch amounts, marks estimates and says when the source is silent', async () => {
    const { formatPeerPlanBudget } = await import('../formatPeerPlanBudget');
    const budget = (id: string) => peerPlans.find((plan) => plan.id === id)!.budget;
    expect(formatPeerPlanBudget(budget('zaanstad'))).toBe('€\u00a01.635.650');
    expect(formatPeerPlanBudget(budget('arnhem'))).toBe('ca. €\u00a02.420.000');
    expect(formatPeerPlanBudget(budget('utrecht'))).toBe('niet bekend uit de bron');
  });
});
