/**
 * Every published peer plan, in the order of the overview. To add a plan:
 * copy `_template.ts` to `<id>.ts`, fill it in, then add one import and one
 * entry below. The site's `peer-plans` plugin fails the build when a plan
 * file is missing here, or when a plan breaks the schema.
 */
import type { PeerPlan } from '../../peerPlans/schema';
import zaanstad from './zaanstad';
import arnhem from './arnhem';
import beverwijkHeemskerk from './beverwijk-heemskerk';
import utrecht from './utrecht';
import rotterdamZuid from './rotterdam-zuid';
import groningen from './groningen';
import schiedam from './schiedam';

/** All peer plans, Zaanstad first, then in the order of the sidebar. */
export const peerPlans: readonly PeerPlan[] = [
  zaanstad,
  arnhem,
  beverwijkHeemskerk,
  utrecht,
  rotterdamZuid,
  groningen,
  schiedam,
];
