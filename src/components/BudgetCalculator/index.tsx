import type { ReactNode } from 'react';
import Calculator from './Calculator';

/**
 * The budget calculator of Toolkit → Begroting. Rendered at build time with
 * the BOT example, so the page shows the full table and totals without
 * JavaScript; in the browser it becomes editable and restores a saved or
 * shared budget. Only `docs/toolkit/begroting.mdx` imports it, so its code
 * ships in that page's chunk alone.
 */
export default function BudgetCalculator(): ReactNode {
  return (
    <>
      <noscript>
        <p>
          Zonder JavaScript ziet u hieronder het voorbeeld van Zaanstad. Om zelf bedragen in te
          vullen en te rekenen is JavaScript nodig; alles blijft dan in uw browser.
        </p>
      </noscript>
      <Calculator />
    </>
  );
}
