/// <reference types="node" />
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertValidChecklist } from '../../../checklists/assertValidChecklist';
import { evaluateChecklist } from '../../../checklists/evaluateChecklist';
import type { ChecklistDefinition } from '../../../checklists/types';
import { checklists } from '../index';
import { pgaCriteriaChecklist } from '../pgaCriteria';
import { planCheckChecklist } from '../planCheck';

const repoRoot = join(import.meta.dirname, '../../../../..');
const dataDir = join(repoRoot, 'toolkit/src/data/checklists');

/**
 * The routes of the docs, worked out from the files as Docusaurus does with
 * `routeBasePath: '/'`: `docs/a/b.mdx` is `/a/b`, `docs/a/index.mdx` is `/a`,
 * and a front-matter `slug` wins.
 */
function docRoutes(dir = join(repoRoot, 'docs')): string[] {
  const routes: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      routes.push(...docRoutes(path));
      continue;
    }
    if (!/\.mdx?$/.test(name)) continue;
    const slug = /^slug:\s*["']?([^"'\n]+)["']?\s*$/m.exec(readFileSync(path, 'utf8'))?.[1];
    if (slug) {
      routes.push(slug);
      continue;
    }
    const withoutExt = relative(join(repoRoot, 'docs'), path)
      .split(sep)
      .join('/')
      .replace(/\.mdx?$/, '');
    routes.push(`/${withoutExt.replace(/(^|\/)index$/, '')}`.replace(/\/$/, '') || '/');
  }
  return routes;
}

const knownRoutes = new Set([...docRoutes(), '/', '/nieuwsbrief']);
const all: ChecklistDefinition[] = Object.values(checklists);

describe('checklist data files', () => {
  it('lists every data file of the folder in the registry, keyed by id', async () => {
    const files = readdirSync(dataDir).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
    const exported: ChecklistDefinition[] = [];
    for (const file of files) {
      const module = (await import(join(dataDir, file))) as Record<string, ChecklistDefinition>;
      exported.push(...Object.values(module));
    }
    expect(exported.map((c) => c.id).sort(), 'register new files in index.ts').toEqual(
      Object.keys(checklists).sort(),
    );
    for (const [id, checklist] of Object.entries(checklists)) expect(checklist.id).toBe(id);
  });

  it.each(all.map((c) => [c.id, c] as const))('%s passes the schema', (_id, checklist) => {
    expect(assertValidChecklist(checklist, `${checklist.id}`)).toEqual(checklist);
  });

  it.each(all.map((c) => [c.id, c] as const))(
    '%s links only to routes of the site',
    (_id, checklist) => {
      expect(knownRoutes.has('/toolkit/plan-check')).toBe(true);
      for (const section of checklist.sections) {
        for (const item of section.items) {
          if (item.link)
            expect(knownRoutes, `${item.id} → ${item.link.to}`).toContain(item.link.to);
        }
      }
    },
  );
});

describe('PGA criteria (seed 001, chapter 5)', () => {
  const items = pgaCriteriaChecklist.sections.flatMap((s) => s.items);

  it('keeps answers in memory only', () => {
    expect(pgaCriteriaChecklist.storage).toEqual({ kind: 'memory' });
  });

  it('has the seven possible criteria of the plan, in its order', () => {
    const signals = pgaCriteriaChecklist.sections.find((s) => s.id === 'signalen');
    expect(signals?.items.map((i) => i.label)).toEqual([
      'School drop-out (risicoleerling).',
      'Verdacht, maar (nog) niet veroordeeld.',
      'Broer of zus van een jongere in de 075 aanpak.',
      'Betrokken bij of getuige van huiselijk geweld.',
      'Regelmatige verhuizingen.',
      'Ouders met schulden.',
      'Slachtoffer van ronselen, seksuele intimidatie, seksting en dergelijke.',
    ]);
    expect(signals?.title).toContain('nader uit te werken');
  });

  it('has the two life events and the 075 aanpak first', () => {
    expect(pgaCriteriaChecklist.sections.map((s) => s.id)).toEqual([
      'levensfase',
      'eerst-075-aanpak',
      'signalen',
    ]);
    expect(items.find((i) => i.id === 'overgang-po-vo')?.label).toContain('vanaf groep 6');
    const result = evaluateChecklist(pgaCriteriaChecklist, {
      'strafrechtelijke-achtergrond': 'yes',
    });
    expect(result.outcomes.map((o) => o.id)).toEqual(['eerst-075']);
    expect(result.outcomes[0]?.text).toContain('075 aanpak');
  });

  it('says it decides nothing and describes what happens next', () => {
    expect(pgaCriteriaChecklist.notice).toContain('beslist niets');
    const next = pgaCriteriaChecklist.information.map((b) => b.paragraphs.join(' ')).join(' ');
    expect(next).toContain('coachingtraject');
    expect(next).toContain('afspraken');
    expect(next).toContain('(financiële) ondersteuning of impuls');
    expect(next).toContain('niet bekend uit de bron');
  });

  it('asks for no personal data and gives no score or risk label', () => {
    const text = JSON.stringify(pgaCriteriaChecklist).toLowerCase();
    for (const word of ['geboortedatum', 'adres', 'naam']) {
      // Only the privacy note may mention them, to say they are not asked.
      expect(text.split(word).length - 1, word).toBe(
        pgaCriteriaChecklist.privacy.toLowerCase().split(word).length - 1,
      );
    }
    expect(text).not.toMatch(/risicoscore|hoog risico|laag risico|\bscore:/);
  });
});

describe('plan-van-aanpak check (seeds 001 and 004)', () => {
  it('keeps answers in localStorage under one documented key', () => {
    expect(planCheckChecklist.storage).toEqual({
      kind: 'localStorage',
      key: 'bot075.checklist.plan-check',
    });
    expect(planCheckChecklist.privacy).toContain('bot075.checklist.plan-check');
  });

  it('has the seven questions, seven conditions and the co-financing section', () => {
    expect(planCheckChecklist.sections.map((s) => [s.id, s.items.length])).toEqual([
      ['zeven-vragen', 7],
      ['randvoorwaarden', 7],
      ['cofinanciering', 2],
    ]);
    expect(planCheckChecklist.sections[2]?.items[0]?.label).toContain('1/3');
  });

  it('explains every item and links each to an example page', () => {
    for (const item of planCheckChecklist.sections.flatMap((s) => s.items)) {
      expect(item.help.length, item.id).toBeGreaterThan(30);
      expect(item.link, item.id).toBeDefined();
    }
  });
});
