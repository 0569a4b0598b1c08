import { describe, expect, it } from 'vitest';
import { buildChecklistMarkdown } from '../buildChecklistMarkdown';
import { copyOfExample, exampleChecklist } from './fixtures';

describe('buildChecklistMarkdown', () => {
  it('lists per section what is covered, missing and unanswered, with outcomes and sources', () => {
    expect(buildChecklistMarkdown(exampleChecklist, { a: 'yes', b: 'no' })).toBe(
      [
        '# Voorbeeldchecklist',
        '',
        '2 van 3 vragen beantwoord.',
        '',
        '> Deze checklist beslist niets.',
        '',
        '## Eerste onderdeel',
        '',
        '### Behandeld (1)',
        '',
        '- Vraag A',
        '',
        '### Ontbreekt (1)',
        '',
        '- Vraag B',
        '',
        '## Tweede onderdeel',
        '',
        '### Niet beantwoord (1)',
        '',
        '- Vraag C',
        '',
        '## Toelichting',
        '',
        '- A is ja.',
        '- In het eerste onderdeel ontbreekt iets.',
        '',
        'Bronnen: bron 001, bron 004.',
        '',
      ].join('\n'),
    );
  });

  it('adds absolute example links to missing items when given the site URL', () => {
    const markdown = buildChecklistMarkdown(
      exampleChecklist,
      { b: 'no' },
      {
        siteUrl: 'https://kennisbank.bot075.nl/',
      },
    );
    expect(markdown).toContain(
      '- Vraag B (voorbeeld: [Randvoorwaarden](https://kennisbank.bot075.nl/aanpak/randvoorwaarden))',
    );
  });

  it('leaves example links out when the definition says so', () => {
    const checklist = { ...copyOfExample(), linkMissingInSummary: false };
    expect(
      buildChecklistMarkdown(checklist, { b: 'no' }, { siteUrl: 'https://kennisbank.bot075.nl' }),
    ).not.toContain('voorbeeld:');
  });

  it('escapes Markdown characters in labels', () => {
    const checklist = copyOfExample();
    checklist.sections[0]!.items[0]!.label = 'Kosten *en* [baten] #1';
    expect(buildChecklistMarkdown(checklist, { a: 'yes' })).toContain(
      '- Kosten \\*en\\* \\[baten\\] \\#1',
    );
  });
});
