import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checklists } from '@bot075/toolkit';
import { findUnknownLinks } from '../findUnknownLinks';
import { loadChecklistFiles } from '../loadChecklistFiles';

const siteDir = join(import.meta.dirname, '../../../..');

describe('loadChecklistFiles', () => {
  it('loads and validates the site’s checklist data files', async () => {
    const files = await loadChecklistFiles(siteDir, join(siteDir, 'toolkit/src/data/checklists'));
    expect(files.map((f) => [f.file, f.exportName, f.checklist.id])).toEqual([
      ['toolkit/src/data/checklists/pgaCriteria.ts', 'pgaCriteriaChecklist', 'pga-criteria'],
      ['toolkit/src/data/checklists/planCheck.ts', 'planCheckChecklist', 'plan-check'],
    ]);
  });

  it('fails naming the file, the export and the field of a broken checklist', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'checklists-'));
    const broken = structuredClone(checklists['plan-check']) as unknown as {
      sections: { items: { link?: { to: string } }[] }[];
    };
    broken.sections[1]!.items[2]!.link = { to: 'https://elders.example' };
    writeFileSync(join(dir, 'kapot.ts'), `export const kapot = ${JSON.stringify(broken)};\n`);
    await expect(loadChecklistFiles(dir, dir)).rejects.toThrow(
      /kapot\.ts \(export kapot\): sections\[1\]\.items\[2\]\.link\.to: moet een route van deze site zijn.*\n.*kapot\.ts \(export kapot\): sections\[1\]\.items\[2\]\.link\.label: ontbreekt/,
    );
  });

  it('fails on a data file without a checklist', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'checklists-'));
    writeFileSync(join(dir, 'leeg.ts'), 'export const niets = 1;\n');
    await expect(loadChecklistFiles(dir, dir)).rejects.toThrow('leeg.ts is ongeldig');
  });
});

describe('findUnknownLinks', () => {
  const files = [
    {
      file: 'toolkit/src/data/checklists/planCheck.ts',
      exportName: 'planCheckChecklist',
      checklist: checklists['plan-check'],
    },
  ];

  it('finds nothing when every linked route exists', () => {
    const routes = checklists['plan-check'].sections.flatMap((s) =>
      s.items.flatMap((i) => (i.link ? [`${i.link.to}/`] : [])),
    );
    expect(findUnknownLinks(files, routes)).toEqual([]);
  });

  it('names the file and the field of a link to a missing page', () => {
    const routes = ['/gemeenten/zaanstad', '/aanpak/introductie'];
    const unknown = findUnknownLinks(files, routes);
    expect(unknown[0]).toEqual({
      file: 'toolkit/src/data/checklists/planCheck.ts',
      path: 'sections[0].items[0].link.to',
      to: '/gemeenten/arnhem',
    });
    expect(unknown.map((u) => u.to)).not.toContain('/gemeenten/zaanstad');
  });
});
