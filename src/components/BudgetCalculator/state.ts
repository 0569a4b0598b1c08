/**
 * The calculator's state and its translation to a toolkit `Budget`. Pure
 * functions without React or the DOM, so they are unit tested.
 *
 * The state keeps every field as the text the user typed: a wrong amount is
 * never thrown away, it only gets a message. `readState` turns the text into
 * a `Budget` plus a message per wrong field.
 */
import {
  parseEuroAmount,
  zaanstadBudget,
  type Budget,
  type BudgetLine,
  type CoFinancingItem,
  type CoFinancingPeriod,
  type Fraction,
} from '@bot075/toolkit';

export interface YearColumn {
  id: string;
  text: string;
}

export interface LineRow {
  id: string;
  pillar: string;
  action: string;
  /** Typed amount per year column id. */
  amounts: Record<string, string>;
}

export interface CoFinancingRow {
  id: string;
  description: string;
  kind: 'amount' | 'fte';
  amount: string;
  fte: string;
  annualCost: string;
  years: string;
}

export interface CalculatorState {
  version: 1;
  years: YearColumn[];
  lines: LineRow[];
  /** Typed target number of participants per pillar name. */
  participants: Record<string, string>;
  coFinancing: {
    period: CoFinancingPeriod;
    share: string;
    items: CoFinancingRow[];
  };
}

/** Where the browser keeps the calculator's state (the privacy page lists it). */
export const STORAGE_KEY = 'bot-kennisbank:begroting:v1';
/** The URL fragment parameter that holds a shared budget. */
export const HASH_PREFIX = '#begroting=';

let counter = 0;
/** A fresh id for a row or column; unique within this page view. */
export function newId(prefix: string): string {
  counter += 1;
  return `${prefix}${counter.toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

function centsToText(cents: number): string {
  const digits = String(cents).padStart(3, '0');
  const euros = digits.slice(0, -2).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const decimals = digits.slice(-2);
  return decimals === '00' ? euros : `${euros},${decimals}`;
}

/** State for a toolkit budget; pillar keys become their labels, so users see and edit names. */
export function stateFromBudget(budget: Budget): CalculatorState {
  const years = budget.years.map((year, index) => ({ id: `y${index}`, text: String(year) }));
  const label = (pillar: string) => budget.pillarLabels?.[pillar] ?? pillar;
  const participants: Record<string, string> = {};
  for (const [pillar, count] of Object.entries(budget.participants ?? {})) {
    if (count !== undefined) participants[label(pillar)] = String(count);
  }
  return {
    version: 1,
    years,
    lines: budget.lines.map((line, index) => ({
      id: `l${index}`,
      pillar: label(line.pillar),
      action: line.action,
      amounts: Object.fromEntries(
        years.flatMap((column, columnIndex) => {
          const cents = line.amounts[budget.years[columnIndex]!];
          return cents === undefined ? [] : [[column.id, centsToText(cents)]];
        }),
      ),
    })),
    participants,
    coFinancing: {
      period: budget.coFinancing?.amountPeriod ?? 'whole-period',
      share: budget.coFinancing?.share
        ? `${budget.coFinancing.share.numerator}/${budget.coFinancing.share.denominator}`
        : '1/3',
      items: (budget.coFinancing?.items ?? []).map((item, index) => ({
        id: `c${index}`,
        description: item.description,
        kind: item.kind,
        amount: item.kind === 'amount' ? centsToText(item.amountCents) : '',
        fte: item.kind === 'fte' ? hundredthsToText(item.fteHundredths) : '',
        annualCost: item.kind === 'fte' ? centsToText(item.annualCostCents) : '',
        years: item.kind === 'fte' ? String(item.years) : '',
      })),
    },
  };
}

function hundredthsToText(value: number): string {
  const whole = Math.floor(value / 100);
  const rest = value % 100;
  return rest === 0 ? String(whole) : `${whole},${String(rest).padStart(2, '0').replace(/0$/, '')}`;
}

/** The BOT plan's budget, co-financing and target numbers, ready to edit. */
export function exampleState(): CalculatorState {
  return stateFromBudget(zaanstadBudget);
}

/** An empty budget: no years, no lines, no co-financing; the share stays 1/3. */
export function emptyState(): CalculatorState {
  return {
    version: 1,
    years: [],
    lines: [],
    participants: {},
    coFinancing: { period: 'whole-period', share: '1/3', items: [] },
  };
}

/** Field ids used for messages and `aria-describedby`. */
export const fieldId = {
  year: (yearId: string) => `begroting-jaar-${yearId}`,
  amount: (lineId: string, yearId: string) => `begroting-bedrag-${lineId}-${yearId}`,
  participants: (pillar: string) => `begroting-deelnemers-${slug(pillar)}`,
  share: () => 'begroting-aandeel',
  coAmount: (rowId: string) => `begroting-cof-bedrag-${rowId}`,
  coFte: (rowId: string) => `begroting-cof-fte-${rowId}`,
  coAnnual: (rowId: string) => `begroting-cof-jaarkosten-${rowId}`,
  coYears: (rowId: string) => `begroting-cof-jaren-${rowId}`,
};

function slug(text: string): string {
  let hash = 0;
  for (const char of text) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  return `${text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 30)}-${(hash >>> 0).toString(36)}`;
}

export const messages = {
  year: 'Typ een jaartal van vier cijfers, bijvoorbeeld 2025.',
  yearTwice: 'Dit jaar staat er al. Typ een ander jaartal.',
  count: 'Typ een heel aantal zonder punt of komma, bijvoorbeeld 30, of laat het veld leeg.',
  fte: 'Typ het aantal fte met hoogstens twee cijfers na de komma, bijvoorbeeld 2,5.',
  years: 'Typ een heel aantal jaren, bijvoorbeeld 3.',
  share: 'Typ het aandeel als breuk, bijvoorbeeld 1/3, of als percentage, bijvoorbeeld 25%.',
} as const;

/** A `Budget` read from the state, and a message per field that could not be read. */
export interface ReadResult {
  budget: Budget;
  errors: Record<string, string>;
}

/**
 * Reads the typed state. Fields with errors are left out of the budget and
 * named in `errors` (field id → Dutch message); the view then keeps showing
 * the last budget that had no errors.
 */
export function readState(state: CalculatorState): ReadResult {
  const errors: Record<string, string> = {};
  const years: number[] = [];
  const yearOf = new Map<string, number>();
  for (const column of state.years) {
    const text = column.text.trim();
    if (!/^\d{4}$/.test(text)) {
      errors[fieldId.year(column.id)] = messages.year;
      continue;
    }
    const year = Number(text);
    if (years.includes(year)) {
      errors[fieldId.year(column.id)] = messages.yearTwice;
      continue;
    }
    years.push(year);
    yearOf.set(column.id, year);
  }

  const lines: BudgetLine[] = state.lines.map((row) => {
    const amounts: Partial<Record<number, number>> = {};
    for (const column of state.years) {
      const text = row.amounts[column.id] ?? '';
      if (text.trim() === '') continue;
      const parsed = parseEuroAmount(text);
      if (!parsed.ok) {
        errors[fieldId.amount(row.id, column.id)] = parsed.message;
        continue;
      }
      const year = yearOf.get(column.id);
      if (year !== undefined) amounts[year] = parsed.cents;
    }
    return { pillar: row.pillar.trim(), action: row.action, amounts };
  });

  const participants: Partial<Record<string, number>> = {};
  for (const [pillar, text] of Object.entries(state.participants)) {
    if (text.trim() === '') continue;
    const count = readWhole(text);
    if (count === null) errors[fieldId.participants(pillar)] = messages.count;
    else participants[pillar.trim()] = count;
  }

  const items: CoFinancingItem[] = [];
  for (const row of state.coFinancing.items) {
    if (row.kind === 'amount') {
      if (row.amount.trim() === '') continue;
      const parsed = parseEuroAmount(row.amount);
      if (parsed.ok)
        items.push({ kind: 'amount', description: row.description, amountCents: parsed.cents });
      else errors[fieldId.coAmount(row.id)] = parsed.message;
      continue;
    }
    const fte = readHundredths(row.fte);
    const annual = parseEuroAmount(row.annualCost);
    const yearCount = readWhole(row.years);
    if (fte === null) errors[fieldId.coFte(row.id)] = messages.fte;
    if (!annual.ok) errors[fieldId.coAnnual(row.id)] = annual.message;
    if (yearCount === null) errors[fieldId.coYears(row.id)] = messages.years;
    if (fte !== null && annual.ok && yearCount !== null) {
      items.push({
        kind: 'fte',
        description: row.description,
        fteHundredths: fte,
        annualCostCents: annual.cents,
        years: yearCount,
      });
    }
  }

  const share = readShare(state.coFinancing.share);
  if (share === null) errors[fieldId.share()] = messages.share;

  return {
    budget: {
      years,
      lines,
      participants,
      coFinancing: {
        items,
        amountPeriod: state.coFinancing.period,
        share: share ?? { numerator: 1, denominator: 3 },
      },
    },
    errors,
  };
}

function readWhole(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,9}$/.test(trimmed)) return null;
  return Number(trimmed);
}

/** "2,5" → 250. At most two decimals; a comma (or a point) separates them. */
function readHundredths(text: string): number | null {
  const match = /^(\d{1,6})(?:[,.](\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** "1/3" or "25%" (whole percent) → a fraction between 0 and 1 inclusive. */
export function readShare(text: string): Fraction | null {
  const trimmed = text.trim();
  const fraction = /^(\d{1,6})\s*\/\s*(\d{1,6})$/.exec(trimmed);
  if (fraction) {
    const numerator = Number(fraction[1]);
    const denominator = Number(fraction[2]);
    if (denominator === 0 || numerator > denominator) return null;
    return { numerator, denominator };
  }
  const percent = /^(\d{1,3})\s*%$/.exec(trimmed);
  if (percent && Number(percent[1]) <= 100)
    return { numerator: Number(percent[1]), denominator: 100 };
  return null;
}

/** Encodes the state for the URL fragment (UTF-8 JSON, base64url). */
export function encodeState(state: CalculatorState): string {
  const bytes = new TextEncoder().encode(JSON.stringify(state));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Decodes `encodeState`'s output; `null` for anything that is not a valid state. */
export function decodeState(encoded: string): CalculatorState | null {
  try {
    const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    return parseStoredState(new TextDecoder().decode(bytes));
  } catch {
    return null;
  }
}

/** Reads a stored JSON state, checking its shape; `null` if it is not one. */
export function parseStoredState(json: string): CalculatorState | null {
  try {
    const value: unknown = JSON.parse(json);
    return isState(value) ? value : null;
  } catch {
    return null;
  }
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function isState(value: unknown): value is CalculatorState {
  if (!isRecord(value) || value.version !== 1) return false;
  const { years, lines, participants, coFinancing } = value;
  return (
    Array.isArray(years) &&
    years.every((year) => isRecord(year) && isString(year.id) && isString(year.text)) &&
    Array.isArray(lines) &&
    lines.every(
      (line) =>
        isRecord(line) &&
        isString(line.id) &&
        isString(line.pillar) &&
        isString(line.action) &&
        isRecord(line.amounts) &&
        Object.values(line.amounts).every(isString),
    ) &&
    isRecord(participants) &&
    Object.values(participants).every(isString) &&
    isRecord(coFinancing) &&
    (coFinancing.period === 'whole-period' || coFinancing.period === 'per-year') &&
    isString(coFinancing.share) &&
    Array.isArray(coFinancing.items) &&
    coFinancing.items.every(
      (item) =>
        isRecord(item) &&
        isString(item.id) &&
        isString(item.description) &&
        (item.kind === 'amount' || item.kind === 'fte') &&
        isString(item.amount) &&
        isString(item.fte) &&
        isString(item.annualCost) &&
        isString(item.years),
    )
  );
}
