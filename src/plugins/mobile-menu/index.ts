import path from 'node:path';
import type { Plugin } from '@docusaurus/types';

/**
 * Makes the navbar's phone menu behave as a modal for keyboard users (focus
 * moves in and stays in, Escape closes, focus returns to the menu button),
 * which theme-classic 3.10 does not do. A client module instead of a swizzled
 * navbar, so theme upgrades keep working.
 */
export default function mobileMenuPlugin(): Plugin {
  return {
    name: 'mobile-menu',
    getClientModules() {
      return [path.join(__dirname, 'menuFocus.ts')];
    },
  };
}
