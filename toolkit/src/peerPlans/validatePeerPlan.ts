import type * as z from 'zod';
import { peerPlanFieldHelp, peerPlanSchema, type PeerPlan } from './schema';

/** Thrown when one or more plan files are wrong; the message lists every problem. */
export class PeerPlanValidationError extends Error {
  override name = 'PeerPlanValidationError';
  constructor(readonly problems: readonly string[]) {
    super(
      `${problems.length === 1 ? 'Eén plan klopt niet' : `${problems.length} fouten in de plannen`}:\n` +
        problems.map((problem) => `- ${problem}`).join('\n'),
    );
  }
}

export type PeerPlanValidation = { ok: true; plan: PeerPlan } | { ok: false; problems: string[] };

/** `interventions[2].name` from zod's path `['interventions', 2, 'name']`. */
function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) =>
      typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`,
    )
    .join('');
}

/** The value at a zod path in the raw data, or undefined when it is not there. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describeIssue(file: string, issue: z.core.$ZodIssue, data: unknown): string {
  const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
  const fields =
    keys.length > 0 ? keys.map((key) => fieldPath([...issue.path, key])) : [fieldPath(issue.path)];
  const field = fields.join('", "') || '(het hele plan)';
  const topLevel = (keys.length > 0 && issue.path.length === 0 ? keys[0] : issue.path[0]) as
    keyof PeerPlan | undefined;
  const message =
    issue.code === 'unrecognized_keys'
      ? `onbekend veld. Controleer de spelling; de toegestane velden staan in _template.ts.`
      : issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined
        ? `ontbreekt. ${issue.message}`
        : issue.message;
  const help = topLevel && topLevel in peerPlanFieldHelp ? peerPlanFieldHelp[topLevel] : undefined;
  return `${file}: veld "${field}": ${message}${help ? ` (Dit veld: ${help})` : ''}`;
}

/**
 * Checks one plan against the schema. `file` is the path shown in messages,
 * so an editor sees which file and which field to fix, for example:
 * `toolkit/src/data/peerPlans/arnhem.ts: veld "scheme": Kies "botoc" of "pmg", …`.
 * Also checks that the plan's id matches its file name when `file` ends in `.ts`.
 */
export function validatePeerPlan(data: unknown, file: string): PeerPlanValidation {
  const result = peerPlanSchema.safeParse(data);
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.map((issue) => describeIssue(file, issue, data)),
    };
  }
  const base = file.split(/[\\/]/).pop() ?? file;
  if (base.endsWith('.ts') && base !== `${result.data.id}.ts`) {
    return {
      ok: false,
      problems: [
        `${file}: veld "id": de id "${result.data.id}" hoort bij de bestandsnaam: noem het bestand ${result.data.id}.ts of maak de id "${base.slice(0, -3)}".`,
      ],
    };
  }
  return { ok: true, plan: result.data };
}
