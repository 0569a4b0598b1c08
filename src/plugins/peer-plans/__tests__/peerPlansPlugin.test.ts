import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import {
  buildPeerPlanOpenDataRows,
  PeerPlanValidationError,
  peerPlanOpenDataColumns,
  peerPlanOpenDataFiles,
  peerPlans,
} from '@bot075/toolkit';
import { loadPeerPlanFiles } from '../loadPeerPlanFiles';
import { peerPlansCsv, writeOpenData } from '../writeOpenData';
import { peerPlanDataDir } from '..';

const siteDir = path.resolve(__dirname, '../../../..');
const fixtures = path.join(__dirname, 'fixtures');

describe('loadPeerPlanFiles', () => {
  it('loads and validates every published plan file', async () => {
    const plans = await loadPeerPlanFiles({
      dir: path.join(siteDir, peerPlanDataDir),
      root: siteDir,
      registeredIds: peerPlans.map((plan) => plan.id),
    });
    expect(plans.map((plan) => plan.id).sort()).toEqual(peerPlans.map((plan) => plan.id).sort());
  });

  it('fails on the broken fixture with a message that names the file and each wrong field', async () => {
    const load = loadPeerPlanFiles({ dir: path.join(fixtures, 'broken'), root: siteDir });
    await expect(load).rejects.toBeInstanceOf(PeerPlanValidationError);
    const error = (await load.catch((caught: unknown) => caught)) as PeerPlanValidationError;
    const file = 'src/plugins/peer-plans/__tests__/fixtures/broken/kapot.ts';
    expect(error.problems).toEqual([
      expect.stringMatching(new RegExp(`^${file}: veld "scheme": Kies "botoc" of "pmg"`)),
      expect.stringMatching(
        new RegExp(`^${file}: veld "budget.amountCents": Het bedrag is in hele eurocenten`),
      ),
    ]);
    expect(error.message).toMatch(/^2 fouten in de plannen:\n- src\/plugins/);
  });

  it('fails when a plan file is not in the registry, or the registry names a missing file', async () => {
    const load = loadPeerPlanFiles({
      dir: path.join(fixtures, 'unregistered'),
      root: siteDir,
      registeredIds: ['weg'],
    });
    const error = (await load.catch((caught: unknown) => caught)) as PeerPlanValidationError;
    expect(error.problems).toEqual([
      expect.stringContaining('fixtures/unregistered/los.ts: het plan staat niet in'),
      expect.stringContaining('plan "weg" staat in de lijst, maar'),
    ]);
  });
});

describe('open data', () => {
  it('the CSV parses back to exactly the rows of the toolkit', () => {
    const parsed: unknown = parse(peerPlansCsv(peerPlans), { columns: true });
    expect(parsed).toEqual(buildPeerPlanOpenDataRows(peerPlans));
  });

  it('the CSV header is the documented column list', () => {
    const [header] = parse(peerPlansCsv(peerPlans), { to_line: 1 }) as string[][];
    expect(header).toEqual([...peerPlanOpenDataColumns]);
  });

  it('writes the JSON and the CSV into the build folder', () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'peer-plans-'));
    try {
      writeOpenData(outDir, peerPlans);
      const json = JSON.parse(
        readFileSync(path.join(outDir, peerPlanOpenDataFiles.json), 'utf8'),
      ) as { plannen: unknown };
      expect(json.plannen).toEqual(peerPlans);
      const csv = readFileSync(path.join(outDir, peerPlanOpenDataFiles.csv), 'utf8');
      expect(parse(csv, { columns: true })).toHaveLength(peerPlans.length);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});
