/**
 * The co-financing items of the BOT project plan (seed 001, chapter 10),
 * exactly as printed. The ministry requires co-financing of 1/3 of the
 * budget. The plan does NOT say whether these amounts are per year or for the
 * whole period 2020–2022: any view or calculation must make that an explicit
 * choice and say so (`periodStated: false`).
 *
 * fte is kept in hundredths (250 = 2,5 fte) so that all figures are integers.
 */
export interface ZaanstadCoFinancingItem {
  /** What the plan says the capacity is, in Dutch. */
  description: string;
  /** Full-time equivalents in hundredths: 250 means 2,5 fte. */
  fteHundredths: number;
  /** Salary scale the plan names for the amount. */
  salaryScale: number;
  /** The amount printed in the plan, in cents. */
  amountCents: number;
}

/** Whether the plan states the period its co-financing amounts cover. It does not. */
export const zaanstadCoFinancingPeriodStated = false as const;

/** The required share of co-financing in the BOTOC scheme, as a fraction. */
export const botocCoFinancingShare = { numerator: 1, denominator: 3 } as const;

export const zaanstadCoFinancing: readonly ZaanstadCoFinancingItem[] = [
  {
    description:
      'Team Openbare Orde en Veiligheid: adviseurs ondermijning en jeugd & veiligheid, en juridische expertise',
    fteHundredths: 250,
    salaryScale: 11,
    amountCents: 22_901_000,
  },
  {
    description:
      'Jeugd-boa’s: extra inzet op jeugd, specifiek in de genoemde wijken en op de genoemde jongeren',
    fteHundredths: 200,
    salaryScale: 9,
    amountCents: 14_492_200,
  },
  {
    description: 'Expertise en kennis vanuit de Zaanse 075 aanpak',
    fteHundredths: 50,
    salaryScale: 11,
    amountCents: 4_580_200,
  },
  {
    description: 'Een (interne) eigenaar per pijler: 5 × 0,2 fte',
    fteHundredths: 100,
    salaryScale: 11,
    amountCents: 9_160_400,
  },
];

/**
 * Annual cost of one fte per salary scale, in cents, as the plan's items imply
 * (€ 229.010 for 2,5 fte at scale 11; € 144.922 for 2 fte at scale 9).
 */
export const zaanstadAnnualCostPerFte = { 11: 9_160_400, 9: 7_246_100 } as const;
