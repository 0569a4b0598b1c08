import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluateChecklist } from '../evaluateChecklist';
import { exampleChecklist } from './fixtures';

describe('evaluateChecklist', () => {
  it('leaves every item unanswered without answers', () => {
    const result = evaluateChecklist(exampleChecklist, {});
    expect(result.answeredCount).toBe(0);
    expect(result.itemCount).toBe(3);
    expect(result.sections.map((s) => s.unanswered.map((i) => i.id))).toEqual([['a', 'b'], ['c']]);
    expect(result.sections.every((s) => !s.complete)).toBe(true);
    expect(result.outcomes).toEqual([]);
  });

  it('groups answers per section as covered, missing and unanswered', () => {
    const result = evaluateChecklist(exampleChecklist, { a: 'yes', b: 'no' });
    const [first, second] = result.sections;
    expect(first?.covered.map((i) => i.id)).toEqual(['a']);
    expect(first?.missing.map((i) => i.id)).toEqual(['b']);
    expect(first?.unanswered).toEqual([]);
    expect(first?.complete).toBe(true);
    expect(second?.unanswered.map((i) => i.id)).toEqual(['c']);
    expect(result.answeredCount).toBe(2);
  });

  it('shows the outcome texts whose conditions hold, in definition order', () => {
    expect(evaluateChecklist(exampleChecklist, { a: 'yes', b: 'no', c: 'yes' }).outcomes).toEqual([
      { id: 'a-ja', text: 'A is ja.' },
      { id: 'tweede-gedekt', text: 'C is gedekt.' },
      { id: 'eerste-mist', text: 'In het eerste onderdeel ontbreekt iets.' },
    ]);
    expect(
      evaluateChecklist(exampleChecklist, { a: 'no', c: 'no' }).outcomes.map((o) => o.id),
    ).toEqual(['eerste-mist']);
  });

  it('ignores answers to items that do not exist', () => {
    const result = evaluateChecklist(exampleChecklist, { onbekend: 'yes' });
    expect(result.answeredCount).toBe(0);
  });

  it('has no score, rating or verdict field', () => {
    const keys = Object.keys(evaluateChecklist(exampleChecklist, { a: 'yes' })).sort();
    expect(keys).toEqual(['answeredCount', 'id', 'itemCount', 'outcomes', 'sections', 'title']);
  });

  it('puts every item in exactly one status (property)', () => {
    const answer = fc.option(fc.constantFrom('yes' as const, 'no' as const), { nil: undefined });
    fc.assert(
      fc.property(fc.record({ a: answer, b: answer, c: answer }), (answers) => {
        const result = evaluateChecklist(exampleChecklist, answers);
        for (const section of result.sections) {
          expect(section.covered.length + section.missing.length + section.unanswered.length).toBe(
            section.items.length,
          );
        }
        const answered = Object.values(answers).filter((v) => v !== undefined).length;
        expect(result.answeredCount).toBe(answered);
      }),
    );
  });
});
