import path from 'node:path';
import type { Plugin } from '@docusaurus/types';

/**
 * Lets Escape close the navbar's mobile menu, which theme-classic 3.10 does not
 * do. A client module instead of a swizzled navbar, so theme upgrades keep
 * working.
 */
export default function mobileMenuPlugin(): Plugin {
  return {
    name: 'mobile-menu',
    getClientModules() {
      return [path.join(__dirname, 'closeOnEscape.ts')];
    },
  };
}
