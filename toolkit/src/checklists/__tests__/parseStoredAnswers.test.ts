import { describe, expect, it } from 'vitest';
import { parseStoredAnswers } from '../parseStoredAnswers';
import { serializeAnswers } from '../serializeAnswers';
import { exampleChecklist } from './fixtures';

describe('parseStoredAnswers and serializeAnswers', () => {
  it('round-trips answers', () => {
    const answers = { a: 'yes', c: 'no' } as const;
    expect(parseStoredAnswers(exampleChecklist, serializeAnswers(answers))).toEqual(answers);
  });

  it('drops anything it does not recognise', () => {
    for (const raw of [
      null,
      '',
      'niet-json',
      '[]',
      '{"version":2,"answers":{"a":"yes"}}',
      '{"version":1}',
    ]) {
      expect(parseStoredAnswers(exampleChecklist, raw)).toEqual({});
    }
    expect(
      parseStoredAnswers(
        exampleChecklist,
        '{"version":1,"answers":{"a":"misschien","zz":"yes","b":"no"}}',
      ),
    ).toEqual({ b: 'no' });
  });
});
