import { formatEuro } from '../money/formatEuro';
import { notInSourceText, type PeerPlan } from './schema';

/** "€ 1.635.650", "ca. € 2.420.000" or "niet bekend uit de bron". */
export function formatPeerPlanBudget(budget: PeerPlan['budget']): string {
  if (budget === null) return notInSourceText;
  const amount = formatEuro(budget.amountCents, { cents: 'when-needed' });
  return budget.approximate ? `ca. ${amount}` : amount;
}
