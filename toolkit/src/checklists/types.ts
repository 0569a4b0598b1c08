/**
 * Types of a checklist definition and of its evaluation. A checklist is data:
 * sections of yes/no items, each with a help text and an optional link to an
 * example on the site. There is deliberately no free-text item type, so a
 * checklist can never ask for personal data such as a name or a date of birth.
 */

/** The five source documents of the site (see /over/bronnen), by number. */
export type ChecklistSourceId = '000' | '001' | '002' | '003' | '004';

/** The only answers an item takes. "Not answered" is the absence of an answer. */
export type ChecklistAnswer = 'yes' | 'no';

/** Answers keyed by item id. Items without an entry are unanswered. */
export type ChecklistAnswers = Readonly<Partial<Record<string, ChecklistAnswer>>>;

/** How an item (or the items of a section) came out. */
export type ChecklistItemStatus = 'covered' | 'missing' | 'unanswered';

/**
 * Where a view keeps the answers: `memory` (never stored, gone on reload) or
 * `localStorage` under `storageKey`. Checklists about a person must use `memory`.
 */
export type ChecklistStorage =
  | { kind: 'memory' }
  | {
      kind: 'localStorage';
      /** The one localStorage key, `bot075.checklist.<id>`. Document it on the privacy page. */
      key: string;
    };

/** A link to a page of the site (a route such as `/aanpak/randvoorwaarden`). */
export interface ChecklistLink {
  /** A site route: starts with `/`, no trailing slash, no anchor. */
  to: string;
  /** The link text, in Dutch. */
  label: string;
}

/** One yes/no question. */
export interface ChecklistItem {
  /** Unique within the checklist, kebab-case; the answers are keyed by it. */
  id: string;
  /** The question or statement, in Dutch. */
  label: string;
  /** Why it matters: one or two sentences in Dutch, from the sources. */
  help: string;
  /** A page of the site that shows an example. */
  link?: ChecklistLink;
  /** The sources this item comes from. */
  sources: ChecklistSourceId[];
}

/** A group of items answered together. */
export interface ChecklistSection {
  /** Unique within the checklist, kebab-case. */
  id: string;
  title: string;
  /** A short introduction shown above the items. */
  intro?: string;
  items: ChecklistItem[];
}

/** A rule that shows a text when answers match; it never scores or labels a person. */
export type ChecklistOutcomeCondition =
  | { kind: 'item-answer'; itemId: string; answer: ChecklistAnswer }
  | { kind: 'section-any-covered'; sectionId: string }
  | { kind: 'section-has-missing'; sectionId: string };

/** A text to show when its condition holds. */
export interface ChecklistOutcomeRule {
  /** Unique within the checklist, kebab-case. */
  id: string;
  when: ChecklistOutcomeCondition;
  /** What to show, in Dutch. */
  text: string;
}

/** A block of explanatory text (no questions), e.g. what happens next. */
export interface ChecklistInformation {
  title: string;
  paragraphs: string[];
}

/** Labels a view uses for answers and statuses, in Dutch. */
export interface ChecklistLabels {
  /** The two answer options, e.g. `{ yes: 'Ja', no: 'Nee' }`. */
  answers: Record<ChecklistAnswer, string>;
  /** The statuses as shown in the summary, e.g. `{ covered: 'Behandeld', … }`. */
  statuses: Record<ChecklistItemStatus, string>;
  /** The lead-in of each help text, e.g. `Waarom dit telt`. */
  help: string;
  /** The clear button, e.g. `Wis alles`. */
  clear: string;
}

/** A complete checklist definition: the data file exports one of these. */
export interface ChecklistDefinition {
  /** Unique on the site, kebab-case; also the last part of a localStorage key. */
  id: string;
  title: string;
  /** One paragraph on what the checklist is for. */
  description: string;
  /**
   * A statement every view shows before the items, e.g. that the checklist
   * supports professional judgement and decides nothing.
   */
  notice?: string;
  /** A short privacy note: what is kept and where. */
  privacy: string;
  storage: ChecklistStorage;
  /**
   * Whether the summary names the example page beside each missing item
   * (useful for a plan; not for signals about a person).
   */
  linkMissingInSummary: boolean;
  labels: ChecklistLabels;
  sections: ChecklistSection[];
  outcomes: ChecklistOutcomeRule[];
  /** Explanatory blocks shown after the items. */
  information: ChecklistInformation[];
  /** The sources the whole checklist draws on. */
  sources: ChecklistSourceId[];
}

/** The evaluation of one item. */
export interface ChecklistItemResult {
  id: string;
  label: string;
  status: ChecklistItemStatus;
}

/** The evaluation of one section: its items grouped by status. */
export interface ChecklistSectionResult {
  id: string;
  title: string;
  items: ChecklistItemResult[];
  covered: ChecklistItemResult[];
  missing: ChecklistItemResult[];
  unanswered: ChecklistItemResult[];
  /** True when every item of the section has an answer. */
  complete: boolean;
}

/**
 * The evaluation of a whole checklist. It has counts and lists only: no
 * score, no rating, no verdict.
 */
export interface ChecklistResult {
  id: string;
  title: string;
  sections: ChecklistSectionResult[];
  /** Items with an answer. */
  answeredCount: number;
  /** All items. */
  itemCount: number;
  /** The outcome texts whose conditions hold, in definition order. */
  outcomes: { id: string; text: string }[];
}
