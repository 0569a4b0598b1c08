import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import {
  buildPeerPlanOpenDataDocument,
  buildPeerPlanOpenDataRows,
  peerPlanOpenDataColumns,
  peerPlanOpenDataFiles,
  type PeerPlan,
} from '@bot075/toolkit';

/** The CSV text: RFC 4180 (comma, double quotes), a header row, UTF-8. */
export function peerPlansCsv(plans: readonly PeerPlan[]): string {
  return stringify(buildPeerPlanOpenDataRows(plans), {
    header: true,
    columns: [...peerPlanOpenDataColumns],
    quoted_string: true,
  });
}

export function peerPlansJson(plans: readonly PeerPlan[]): string {
  return `${JSON.stringify(buildPeerPlanOpenDataDocument(plans), null, 2)}\n`;
}

/** Writes the JSON and the CSV into the build (`peerPlanOpenDataFiles`); returns the paths written. */
export function writeOpenData(outDir: string, plans: readonly PeerPlan[]): string[] {
  const files: [string, string][] = [
    [peerPlanOpenDataFiles.json, peerPlansJson(plans)],
    [peerPlanOpenDataFiles.csv, peerPlansCsv(plans)],
  ];
  return files.map(([name, content]) => {
    const file = path.join(outDir, ...name.split('/'));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content, 'utf8');
    return file;
  });
}
