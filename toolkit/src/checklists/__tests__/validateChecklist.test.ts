import { describe, expect, it } from 'vitest';
import { assertValidChecklist } from '../assertValidChecklist';
import { ChecklistValidationError } from '../ChecklistValidationError';
import { validateChecklist } from '../validateChecklist';
import { copyOfExample, exampleChecklist } from './fixtures';

function issuesOf(input: unknown) {
  const result = validateChecklist(input);
  if (result.ok) throw new Error('expected the checklist to be invalid');
  return result.issues;
}

describe('validateChecklist', () => {
  it('accepts a valid checklist', () => {
    expect(validateChecklist(exampleChecklist)).toEqual({ ok: true, checklist: exampleChecklist });
  });

  it('names the field of an empty label', () => {
    const broken = copyOfExample();
    broken.sections[1]!.items[0]!.label = '  ';
    expect(issuesOf(broken)).toEqual([
      { path: 'sections[1].items[0].label', message: 'mag niet leeg zijn' },
    ]);
  });

  it('rejects a link that is not a site route', () => {
    for (const to of ['https://example.org', '/aanpak/randvoorwaarden/', '/aanpak#pga', 'aanpak']) {
      const broken = copyOfExample();
      broken.sections[0]!.items[1]!.link = { to, label: 'x' };
      expect(issuesOf(broken).map((i) => i.path)).toEqual(['sections[0].items[1].link.to']);
    }
  });

  it('rejects duplicate item ids across sections, naming the second', () => {
    const broken = copyOfExample();
    broken.sections[1]!.items[0]!.id = 'a';
    const issues = issuesOf(broken);
    expect(issues.map((i) => i.path)).toEqual(['sections[1].items[0].id']);
    expect(issues[0]?.message).toContain('dubbele id "a"');
  });

  it('rejects outcome rules that point at unknown items or sections', () => {
    const broken = copyOfExample();
    broken.outcomes[0]!.when = { kind: 'item-answer', itemId: 'z', answer: 'yes' };
    broken.outcomes[1]!.when = { kind: 'section-any-covered', sectionId: 'derde' };
    expect(issuesOf(broken).map((i) => i.path)).toEqual([
      'outcomes[0].when.itemId',
      'outcomes[1].when.sectionId',
    ]);
  });

  it('rejects fields a checklist does not have, such as a free-text question', () => {
    const broken = { ...copyOfExample(), freeText: { label: 'Naam van de jongere' } };
    expect(issuesOf(broken)).toEqual([
      { path: '', message: expect.stringContaining('onbekend veld: "freeText"') as string },
    ]);
    const item = copyOfExample();
    (item.sections[0]!.items[0] as unknown as Record<string, unknown>).type = 'text';
    expect(issuesOf(item).map((i) => i.path)).toEqual(['sections[0].items[0]']);
  });

  it('requires a localStorage key that ends in the checklist id', () => {
    const broken = copyOfExample();
    broken.storage = { kind: 'localStorage', key: 'bot075.checklist.iets-anders' };
    expect(issuesOf(broken)).toEqual([
      {
        path: 'storage.key',
        message: 'moet "bot075.checklist.voorbeeld" zijn (de id van de checklist)',
      },
    ]);
  });

  it('requires known source numbers and at least one section', () => {
    const broken = copyOfExample();
    (broken.sources as string[]) = ['009'];
    broken.sections = [];
    expect(
      issuesOf(broken)
        .map((i) => i.path)
        .sort(),
    ).toEqual(['sections', 'sources[0]']);
  });
});

describe('assertValidChecklist', () => {
  it('throws an error naming the file and the field', () => {
    const broken = copyOfExample();
    broken.sections[0]!.title = '';
    expect(() => assertValidChecklist(broken, 'toolkit/src/data/checklists/voorbeeld.ts')).toThrow(
      'toolkit/src/data/checklists/voorbeeld.ts: sections[0].title: mag niet leeg zijn',
    );
    try {
      assertValidChecklist(broken, 'voorbeeld.ts');
    } catch (error) {
      expect(error).toBeInstanceOf(ChecklistValidationError);
      expect((error as ChecklistValidationError).name).toBe('ChecklistValidationError');
      expect((error as ChecklistValidationError).issues).toHaveLength(1);
    }
  });

  it('returns the checklist when it is valid', () => {
    expect(assertValidChecklist(exampleChecklist, 'x.ts')).toEqual(exampleChecklist);
  });
});
