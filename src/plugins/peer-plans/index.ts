import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { peerPlans, type PeerPlan } from '@bot075/toolkit';
import { loadPeerPlanFiles } from './loadPeerPlanFiles';
import { writeOpenData } from './writeOpenData';

/** The folder with one file per peer plan, relative to the site root. */
export const peerPlanDataDir = 'toolkit/src/data/peerPlans';

/**
 * Validates every peer plan file when the site loads (so `docusaurus build`
 * and `docusaurus start` fail with the file and the field that are wrong)
 * and writes the plans as open data (JSON and CSV) into the build.
 */
export default function peerPlansPlugin(context: LoadContext): Plugin<PeerPlan[]> {
  return {
    name: 'peer-plans',
    async loadContent() {
      const registeredIds = peerPlans.map((plan) => plan.id);
      const plans = await loadPeerPlanFiles({
        dir: path.join(context.siteDir, peerPlanDataDir),
        root: context.siteDir,
        registeredIds,
      });
      // The downloads list the plans in the same order as the overview.
      return plans.sort((a, b) => registeredIds.indexOf(a.id) - registeredIds.indexOf(b.id));
    },
    async postBuild({ outDir, content }) {
      writeOpenData(outDir, content);
    },
  };
}
