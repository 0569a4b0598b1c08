import {
  notInSourceText,
  peerPlanQuestionIds,
  peerPlanSourceLabels,
  subsidySchemeLabels,
  type PeerPlan,
} from './schema';

/** The columns of the open-data CSV, in order. Every cell is text; an empty cell means "niet bekend uit de bron". */
export const peerPlanOpenDataColumns = [
  'id',
  'naam',
  'plan',
  'gemeenten',
  'regio',
  'regeling',
  'start',
  'looptijd',
  'samenvatting',
  'focusgebieden',
  'aantal_deelprojecten',
  'deelprojecten',
  'pijlers',
  'themas',
  'partners',
  'budget_euro',
  'budget_bij_benadering',
  'budget_toelichting',
  'doelaantallen',
  'monitoring',
  'contact',
  'contact_bron',
  ...peerPlanQuestionIds.map((id) => `vraag_${id}` as const),
  'bronnen',
] as const;

export type PeerPlanOpenDataColumn = (typeof peerPlanOpenDataColumns)[number];
export type PeerPlanOpenDataRow = Record<PeerPlanOpenDataColumn, string>;

/** Where the site publishes the downloads, relative to its root (the Downloads page links here). */
export const peerPlanOpenDataFiles = {
  json: 'open-data/gemeenten-plannen.json',
  csv: 'open-data/gemeenten-plannen.csv',
} as const;

/** Separator inside a cell that holds a list. */
export const openDataListSeparator = '; ';

const list = (items: readonly string[]) => items.join(openDataListSeparator);

/** Whole euros as digits ("2420000"); budgets in the data are whole euros. */
function euros(cents: number): string {
  return Number.isInteger(cents / 100) ? String(cents / 100) : (cents / 100).toFixed(2);
}

/**
 * One flat row per plan for the CSV download: lists are joined with "; ",
 * numbers are plain digits, unknown values are empty cells.
 */
export function buildPeerPlanOpenDataRows(plans: readonly PeerPlan[]): PeerPlanOpenDataRow[] {
  return plans.map((plan) => {
    const questions = Object.fromEntries(
      peerPlanQuestionIds.map((id) => [`vraag_${id}`, plan.questions[id]?.answer ?? '']),
    ) as Record<`vraag_${(typeof peerPlanQuestionIds)[number]}`, string>;
    return {
      id: plan.id,
      naam: plan.name,
      plan: plan.title ?? '',
      gemeenten: list(plan.municipalities),
      regio: plan.region ?? '',
      regeling: plan.scheme === null ? '' : subsidySchemeLabels[plan.scheme],
      start: plan.start ?? '',
      looptijd: plan.period ?? '',
      samenvatting: plan.summary,
      focusgebieden: list(plan.focusAreas),
      aantal_deelprojecten: String(plan.interventions.length),
      deelprojecten: list(plan.interventions.map((intervention) => intervention.name)),
      pijlers: list(plan.pillars.map((entry) => entry.pillar)),
      themas: list(plan.themes),
      partners: list(plan.partners),
      budget_euro: plan.budget ? euros(plan.budget.amountCents) : '',
      budget_bij_benadering: plan.budget ? (plan.budget.approximate ? 'ja' : 'nee') : '',
      budget_toelichting: plan.budget?.covers ?? '',
      doelaantallen: list(plan.targets.map((target) => `${target.count} ${target.unit}`)),
      monitoring: plan.monitoring ?? '',
      contact: plan.contact?.publishedText ?? '',
      contact_bron: plan.contact ? peerPlanSourceLabels[plan.contact.source] : '',
      ...questions,
      bronnen: list(plan.sources),
    };
  });
}

/** The JSON download: the plans exactly as validated, with a short description. */
export interface PeerPlanOpenDataDocument {
  titel: string;
  beschrijving: string;
  onbekend: string;
  bronnen: typeof peerPlanSourceLabels;
  plannen: readonly PeerPlan[];
}

export function buildPeerPlanOpenDataDocument(
  plans: readonly PeerPlan[],
): PeerPlanOpenDataDocument {
  return {
    titel: 'Plannen van gemeenten tegen ondermijnende jeugdcriminaliteit (BOT Kennisbank)',
    beschrijving:
      'Plannen van gemeenten met BOTOC- of Preventie met Gezag-subsidie, zoals de bronnen van de BOT Kennisbank ze beschrijven. Bedragen in eurocenten (amountCents).',
    onbekend: `null of [] betekent: ${notInSourceText}.`,
    bronnen: peerPlanSourceLabels,
    plannen: plans,
  };
}
