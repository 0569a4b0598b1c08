/// <reference types="node" />
// These tests compare the data with the seed files when they are on this machine.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { getResultFigure2021, zaanstadFocusAreas2021, zaanstadResults2021 } from '../results2021';
import { zaanstadPillars } from '../pillars';
import { zaanstadQuotes } from '../quotes';

/** The infographic's text, when the seeds are on this machine (they are not part of the repo). */
function seed(name: string): string | null {
  try {
    return readFileSync(`/work/shared/seeds/${name}`, 'utf8');
  } catch {
    return null;
  }
}

describe('zaanstadResults2021 (seed 002)', () => {
  it.each([
    ['regisseurs', 4, null],
    ['jongeren-in-aanpak', 25, 30],
    ['jongerenwinkel-bezoek', 140, null],
    ['website-page-views', 4_334, null],
    ['website-bezoekers', 2_556, null],
    ['instagram-weergaven', 121_500, null],
    ['instagram-accounts', 25_032, null],
    ['instagram-kliks', 1_630, null],
    ['dms', 12, null],
    ['dromen', 8, null],
    ['panelgesprekken', 5, null],
    ['panel-jongeren', 25, null],
    ['panel-hulpverleners', 6, null],
  ])('figure %s is %i (up to %s) as in the infographic', (key, value, upTo) => {
    const figure = getResultFigure2021(key);
    expect(figure.value).toBe(value);
    expect(figure.upTo).toBe(upTo);
  });

  it('has four project pillars, each covering exactly one plan pillar, consistent with the plan data', () => {
    expect(zaanstadResults2021.map((p) => p.number)).toEqual([1, 2, 3, 4]);
    for (const result of zaanstadResults2021) {
      for (const planPillarId of result.planPillars) {
        const planPillar = zaanstadPillars.find((p) => p.id === planPillarId);
        expect(planPillar?.infographic2021Pillar).toBe(result.number);
      }
    }
  });

  it('names the focus areas Saendelft and Poelenburg/Peldersveld', () => {
    expect(zaanstadFocusAreas2021).toEqual(['Saendelft', 'Poelenburg/Peldersveld']);
  });

  it('every figure appears in the infographic text in Dutch notation', () => {
    const text = seed('002_bdd736b36d28ecba.txt');
    if (text === null) return;
    const dutch = (n: number) => n.toLocaleString('nl-NL');
    for (const pillar of zaanstadResults2021) {
      for (const figure of pillar.figures) {
        expect(text, `${figure.key}: ${dutch(figure.value)} staat niet in bron 002`).toContain(
          dutch(figure.value),
        );
      }
    }
  });

  it('quotes appear word for word in their source, and are attributed', () => {
    const files: Record<string, string> = {
      '000': '000_62fd382b5fcba61c.txt',
      '002': '002_bdd736b36d28ecba.txt',
    };
    expect(zaanstadQuotes.map((q) => q.speaker)).toEqual(['Jan Hamming', 'Grapperhaus']);
    for (const quote of zaanstadQuotes) {
      expect(quote.role.length).toBeGreaterThan(0);
      const text = seed(files[quote.source]!);
      if (text === null) continue;
      for (const paragraph of quote.paragraphs) {
        // The sources end some quotes inside or outside the quotation mark; compare without the final stop.
        expect(text, `${quote.key}: citaat wijkt af van bron ${quote.source}`).toContain(
          paragraph.replace(/\.$/, ''),
        );
      }
    }
  });

  it('refuses an unknown figure key', () => {
    expect(() => getResultFigure2021('bestaat-niet')).toThrow(RangeError);
  });
});
