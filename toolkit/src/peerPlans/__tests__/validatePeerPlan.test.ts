import { describe, expect, it } from 'vitest';
import { peerPlans } from '../../data/peerPlans/registry';
import template from '../../data/peerPlans/_template';
import { PeerPlanValidationError, validatePeerPlan } from '../validatePeerPlan';
import { peerPlanSchema, peerPlanQuestionIds, type PeerPlan } from '../schema';

const file = (id: string) => `toolkit/src/data/peerPlans/${id}.ts`;

describe('the published peer plans', () => {
  it('are the seven plans of the sources', () => {
    expect(peerPlans.map((plan) => plan.id)).toEqual([
      'zaanstad',
      'arnhem',
      'beverwijk-heemskerk',
      'utrecht',
      'rotterdam-zuid',
      'groningen',
      'schiedam',
    ]);
  });

  it.each(peerPlans.map((plan) => [plan.id, plan] as const))('%s passes the schema', (id, plan) => {
    const result = validatePeerPlan(plan, file(id));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('answer all seven questions of source 004 for Arnhem, and leave none out anywhere', () => {
    const arnhem = peerPlans.find((plan) => plan.id === 'arnhem')!;
    expect(peerPlanQuestionIds.every((id) => arnhem.questions[id] !== null)).toBe(true);
    for (const plan of peerPlans)
      expect(Object.keys(plan.questions).sort()).toEqual([...peerPlanQuestionIds].sort());
  });

  it('take contacts only from source 004, word for word', () => {
    const contacts = peerPlans.flatMap((plan) => (plan.contact ? [plan] : []));
    expect(contacts.map((plan) => plan.id)).toEqual(['arnhem', 'groningen']);
    expect(contacts.every((plan) => plan.contact!.source === '004')).toBe(true);
    expect(contacts[0]!.contact!.publishedText).toContain(
      'Frederieke Schilling,projectleider BOTOC-Arnhem',
    );
  });

  it('state Zaanstad’s budget as the corrected total € 1.635.650 and Arnhem’s as about € 2.420.000', () => {
    const budget = (id: string) => peerPlans.find((plan) => plan.id === id)!.budget;
    expect(budget('zaanstad')).toMatchObject({ amountCents: 163_565_000, approximate: false });
    expect(budget('arnhem')).toMatchObject({ amountCents: 242_000_000, approximate: true });
  });

  it('the template is valid but not published', () => {
    expect(validatePeerPlan(template, 'toolkit/src/data/peerPlans/_template.ts').ok).toBe(false);
    expect(peerPlanSchema.safeParse(template).success).toBe(true);
    expect(peerPlans.some((plan) => plan.id === template.id)).toBe(false);
  });
});

describe('validatePeerPlan on a broken plan', () => {
  const arnhem = peerPlans.find((plan) => plan.id === 'arnhem')!;
  const broken = (change: (plan: Record<string, unknown>) => void): unknown => {
    const copy = JSON.parse(JSON.stringify(arnhem)) as Record<string, unknown>;
    change(copy);
    return copy;
  };

  it('names the file and the field of a wrong scheme, and how to fix it', () => {
    const result = validatePeerPlan(
      broken((plan) => (plan.scheme = 'subsidie')),
      file('arnhem'),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toContain('toolkit/src/data/peerPlans/arnhem.ts');
    expect(result.problems[0]).toContain('veld "scheme"');
    expect(result.problems[0]).toContain('Kies "botoc" of "pmg"');
  });

  it('names a missing field', () => {
    const result = validatePeerPlan(
      broken((plan) => delete plan.summary),
      file('arnhem'),
    );
    expect(result.ok ? [] : result.problems).toEqual([
      expect.stringMatching(/arnhem\.ts: veld "summary": ontbreekt\. Vul de korte samenvatting in/),
    ]);
  });

  it('names nested fields with their position', () => {
    const result = validatePeerPlan(
      broken((plan) => {
        (plan.interventions as PeerPlan['interventions'])[2]!.name = '  ';
        (plan.budget as { amountCents: number }).amountCents = 2_420_000.5;
      }),
      file('arnhem'),
    );
    const problems = result.ok ? [] : result.problems;
    expect(problems.some((p) => p.includes('veld "interventions[2].name"'))).toBe(true);
    expect(
      problems.some((p) => p.includes('veld "budget.amountCents"') && p.includes('eurocenten')),
    ).toBe(true);
  });

  it('flags a misspelt field name', () => {
    const result = validatePeerPlan(
      broken((plan) => (plan.budjet = null)),
      file('arnhem'),
    );
    expect(result.ok ? [] : result.problems).toEqual([
      expect.stringContaining('arnhem.ts: veld "budjet": onbekend veld'),
    ]);
  });

  it('refuses a contact from any source other than 004', () => {
    const result = validatePeerPlan(
      broken((plan) => ((plan.contact as { source: string }).source = '003')),
      file('arnhem'),
    );
    expect(result.ok ? '' : result.problems.join()).toContain('veld "contact.source"');
  });

  it('requires the id to match the file name', () => {
    const result = validatePeerPlan(arnhem, file('arnhem-oost'));
    expect(result.ok ? [] : result.problems).toEqual([
      expect.stringContaining('arnhem-oost.ts: veld "id"'),
    ]);
  });

  it('PeerPlanValidationError lists every problem', () => {
    const error = new PeerPlanValidationError(['a.ts: veld "x": fout', 'b.ts: veld "y": fout']);
    expect(error.name).toBe('PeerPlanValidationError');
    expect(error.message).toBe(
      '2 fouten in de plannen:\n- a.ts: veld "x": fout\n- b.ts: veld "y": fout',
    );
  });
});
