/// <reference types="node" />
// These tests compare the data with the seed files when they are on this machine.
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { sourceIds, sources } from '../sources';

describe('sources', () => {
  it('lists the five source documents in order, each keyed by its own id', () => {
    expect(sourceIds).toEqual(['000', '001', '002', '003', '004']);
    for (const id of sourceIds) {
      expect(sources[id].id, `bron ${id}: id moet gelijk zijn aan de sleutel`).toBe(id);
      expect(sources[id].title.length).toBeGreaterThan(10);
      expect(sources[id].description.length).toBeGreaterThan(20);
    }
  });

  it('matches the seed files when they are present on this machine', () => {
    let files: string[];
    try {
      files = readdirSync('/work/shared/seeds').filter((name) => /^\d{3}_.*\.txt$/.test(name));
    } catch {
      return; // the seeds are not shipped with the repository
    }
    expect(files.map((name) => name.slice(0, 3)).sort()).toEqual([...sourceIds]);
  });
});
