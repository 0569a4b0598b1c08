import type { ChecklistDefinition } from '../types';

/** A small valid checklist the engine tests share. */
export const exampleChecklist: ChecklistDefinition = {
  id: 'voorbeeld',
  title: 'Voorbeeldchecklist',
  description: 'Een kleine checklist voor de tests.',
  notice: 'Deze checklist beslist niets.',
  privacy: 'Niets wordt opgeslagen.',
  storage: { kind: 'memory' },
  linkMissingInSummary: true,
  labels: {
    answers: { yes: 'Ja', no: 'Nee' },
    statuses: { covered: 'Behandeld', missing: 'Ontbreekt', unanswered: 'Niet beantwoord' },
    help: 'Waarom',
    clear: 'Wis alles',
  },
  sections: [
    {
      id: 'eerste',
      title: 'Eerste onderdeel',
      items: [
        { id: 'a', label: 'Vraag A', help: 'Waarom A.', sources: ['001'] },
        {
          id: 'b',
          label: 'Vraag B',
          help: 'Waarom B.',
          link: { to: '/aanpak/randvoorwaarden', label: 'Randvoorwaarden' },
          sources: ['001'],
        },
      ],
    },
    {
      id: 'tweede',
      title: 'Tweede onderdeel',
      items: [{ id: 'c', label: 'Vraag C', help: 'Waarom C.', sources: ['004'] }],
    },
  ],
  outcomes: [
    { id: 'a-ja', when: { kind: 'item-answer', itemId: 'a', answer: 'yes' }, text: 'A is ja.' },
    {
      id: 'tweede-gedekt',
      when: { kind: 'section-any-covered', sectionId: 'tweede' },
      text: 'C is gedekt.',
    },
    {
      id: 'eerste-mist',
      when: { kind: 'section-has-missing', sectionId: 'eerste' },
      text: 'In het eerste onderdeel ontbreekt iets.',
    },
  ],
  information: [],
  sources: ['001', '004'],
};

/** A deep copy to break in one place per test. */
export function copyOfExample(): ChecklistDefinition {
  return JSON.parse(JSON.stringify(exampleChecklist)) as ChecklistDefinition;
}
