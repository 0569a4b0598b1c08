import { describe, expect, it } from 'vitest';
import { initiativesSchema, zaanstadInitiatives } from '../initiatives';
import { zaanstadConditions } from '../conditions';

describe('zaanstadInitiatives (seed 001, annex)', () => {
  it('holds the fourteen entries of the annex, in its order', () => {
    expect(zaanstadInitiatives.map((i) => i.key)).toEqual([
      '075-aanpak',
      'jno',
      'veiligheid-in-wijken',
      'kansrijke-start',
      'nu-niet-zwanger',
      'onderwijsachterstandenbeleid',
      'zomerscholen',
      'lokale-aanpak-ondermijning-jeugd',
      'dealende-jeugd',
      'pact-poelenburg-peldersveld',
      'straathoekwerk',
      'jeugd-preventie-programma',
      'get-a-grip',
      'jongerenwinkel',
    ]);
  });

  it('states the age ranges the plan gives', () => {
    const forWhom = (key: string) => zaanstadInitiatives.find((i) => i.key === key)?.forWhom;
    expect(forWhom('straathoekwerk')).toContain('12 tot 27 jaar');
    expect(forWhom('jeugd-preventie-programma')).toContain('10 tot 23 jaar');
    expect(forWhom('get-a-grip')).toContain('18 tot 27 jaar');
  });

  it('rejects a duplicate key with a message that says how to fix it', () => {
    const entry = { ...zaanstadInitiatives[0]! };
    const result = initiativesSchema.safeParse([entry, entry]);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/twee keer.*uniek/);
  });

  it('rejects an empty description and an unknown field', () => {
    const entry = { ...zaanstadInitiatives[0]!, what: ' ' };
    expect(initiativesSchema.safeParse([entry]).success).toBe(false);
    expect(initiativesSchema.safeParse([{ ...zaanstadInitiatives[0]!, extra: 1 }]).success).toBe(
      false,
    );
  });
});

describe('zaanstadConditions (seed 001, § 4.1 and § 4.3)', () => {
  it('has the three needs of § 4.1 and the five conditions of § 4.3', () => {
    expect(zaanstadConditions.filter((c) => c.section === '4.1')).toHaveLength(3);
    expect(zaanstadConditions.filter((c) => c.section === '4.3')).toHaveLength(5);
    expect(new Set(zaanstadConditions.map((c) => c.key)).size).toBe(zaanstadConditions.length);
  });
});
