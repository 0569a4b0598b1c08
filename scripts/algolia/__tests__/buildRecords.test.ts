import { describe, expect, it } from 'vitest';
import { buildRecords, parseFrontMatter, plainText, routeOf } from '../buildRecords';

describe('routeOf', () => {
  it('follows the Docusaurus routes of docs and newsletter issues', () => {
    expect(routeOf('docs/aanpak/introductie.mdx', undefined)).toBe('/aanpak/introductie');
    expect(routeOf('docs/aanpak/index.mdx', undefined)).toBe('/aanpak');
    expect(routeOf('docs/over/privacy.mdx', '/over/privacy')).toBe('/over/privacy');
    expect(routeOf('blog/2026-11-22-plan-back-on-track.mdx', undefined)).toBe(
      '/nieuwsbrief/2026/11/22/plan-back-on-track',
    );
  });
});

describe('parseFrontMatter', () => {
  it('reads titles, quoted or not, and keyword lists', () => {
    const { data, body } = parseFrontMatter(
      '---\ntitle: "Arnhem: plan"\nkeywords: [straatcoaches, "jongerenwerk"]\n---\nTekst',
    );
    expect(data).toEqual({ title: 'Arnhem: plan', keywords: ['straatcoaches', 'jongerenwerk'] });
    expect(body).toBe('Tekst');
  });
});

describe('plainText', () => {
  it('keeps the words and drops MDX and Markdown syntax', () => {
    expect(
      plainText(
        "import X from '@site/x';\n\n## Kop\n\nZie [de aanpak](/aanpak) en <X prop={1} />.\n{/* truncate */}\n| a | b |\n| --- | --- |",
      ),
    ).toBe('Kop Zie de aanpak en . a b');
  });
});

describe('buildRecords', () => {
  const files = [
    {
      path: 'docs/gemeenten/arnhem.mdx',
      source:
        '---\ntitle: "Arnhem"\ndescription: "Plan"\nkeywords: [straatcoaches]\n---\nArnhem-Oost.',
    },
    { path: 'blog/2026-11-22-plan.mdx', source: '---\ntitle: Nummer 1\n---\nNieuws.' },
    { path: 'docs/toolkit/begroting.mdx', source: '# Begroting\n\nReken.' },
    { path: 'docs/_partials/x.mdx', source: 'skip' },
    { path: 'docs/concept.mdx', source: '---\ndraft: true\n---\nnog niet' },
  ];

  it('makes one typed record per page with an absolute URL', () => {
    const records = buildRecords(files, 'https://example.nl/');
    expect(records.map((record) => [record.objectID, record.type, record.title])).toEqual([
      ['/gemeenten/arnhem', 'Plan', 'Arnhem'],
      ['/nieuwsbrief/2026/11/22/plan', 'Nieuwsbrief', 'Nummer 1'],
      ['/toolkit/begroting', 'Hulpmiddel', 'Begroting'],
    ]);
    expect(records[0]).toMatchObject({
      url: 'https://example.nl/gemeenten/arnhem',
      keywords: ['straatcoaches'],
      content: 'Arnhem-Oost.',
      hierarchy: { lvl0: 'Gemeenten', lvl1: 'Arnhem' },
    });
  });

  it('keeps every record under the size limit', () => {
    const long = { path: 'docs/lang.mdx', source: 'woord '.repeat(5000) };
    const [record] = buildRecords([long], 'https://example.nl');
    expect(record!.content.length).toBeLessThanOrEqual(8000);
  });
});
