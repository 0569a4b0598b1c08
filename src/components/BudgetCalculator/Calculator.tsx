import { useMemo, useRef, useState, type ReactNode } from 'react';
import {
  budgetToCsv,
  describeCoFinancing,
  formatEuro,
  parseBudgetCsv,
  summarizeBudget,
  type Budget,
  type BudgetSummary,
  type ParseBudgetCsvResult,
} from '@bot075/toolkit';
import {
  emptyState,
  exampleState,
  fieldId,
  newId,
  readState,
  stateFromBudget,
  type CalculatorState,
  type CoFinancingRow,
  type LineRow,
} from './state';
import { useCalculatorState } from './useCalculatorState';
import BarChart from '../BarChart';
import styles from './styles.module.css';
import YearHeaderRow from '@site/src/components/YearHeaderRow';

const euro = (cents: number) => formatEuro(cents, { cents: 'when-needed' });

function move<T>(list: T[], index: number, by: number): T[] {
  const target = index + by;
  if (target < 0 || target >= list.length) return list;
  const next = [...list];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

interface FieldProps {
  id: string;
  label: string;
  value: string;
  error?: string;
  onChange: (value: string) => void;
  /** The field being typed in: its message waits until the user leaves it. */
  editing?: string | null;
  onEditing?: (id: string | null) => void;
  inputMode?: 'decimal' | 'numeric' | 'text';
  hideLabel?: boolean;
  className?: string;
}

/** A text field whose message sits right below it, tied with aria-describedby. */
function Field({
  id,
  label,
  value,
  error: rawError,
  onChange,
  editing,
  onEditing,
  inputMode = 'decimal',
  hideLabel = true,
  className,
}: FieldProps) {
  const errorId = `${id}-fout`;
  // While the user types, "1.2" on the way to "1.234" is not yet an error;
  // the message appears when they leave the field (or if it was there already).
  const error = editing === id ? undefined : rawError;
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={hideLabel ? 'bot-visually-hidden' : styles.label}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        inputMode={inputMode}
        autoComplete="off"
        className={className ?? styles.amountInput}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => {
          onEditing?.(id);
          onChange(event.target.value);
        }}
        onBlur={() => onEditing?.(null)}
      />
      {error ? (
        <span id={errorId} className={styles.error} role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}

/** The interactive budget calculator. */
export default function Calculator(): ReactNode {
  const [state, update, notice, ready] = useCalculatorState();
  const { budget, errors } = useMemo(() => readState(state), [state]);
  const [editing, setEditing] = useState<string | null>(null);
  const errorCount = Object.keys(errors).length;
  const shownErrorCount = Object.keys(errors).filter((id) => id !== editing).length;
  const lastValid = useRef<BudgetSummary | null>(null);
  const lastValidYears = useRef<number[]>([]);
  const lastValidBudget = useRef<Budget>({ years: [], lines: [] });
  const summary = useMemo<BudgetSummary | null>(() => {
    if (errorCount > 0) return lastValid.current;
    try {
      const result = summarizeBudget(budget);
      lastValid.current = result;
      lastValidYears.current = budget.years;
      lastValidBudget.current = budget;
      return result;
    } catch {
      return lastValid.current; // sums beyond safe integers: keep the last valid totals
    }
  }, [budget, errorCount]);
  const years = errorCount > 0 ? lastValidYears.current : budget.years;
  const [fileMessage, setFileMessage] = useState<string | null>(null);
  const addLineButton = useRef<HTMLButtonElement>(null);
  const addYearButton = useRef<HTMLButtonElement>(null);

  const pillars = useMemo(() => {
    const seen: string[] = [];
    for (const line of state.lines) {
      const name = line.pillar.trim();
      if (name !== '' && !seen.includes(name)) seen.push(name);
    }
    return seen;
  }, [state.lines]);

  const setLine = (id: string, change: (line: LineRow) => LineRow) =>
    update((s) => ({ ...s, lines: s.lines.map((line) => (line.id === id ? change(line) : line)) }));
  const setCoRow = (id: string, change: (row: CoFinancingRow) => CoFinancingRow) =>
    update((s) => ({
      ...s,
      coFinancing: {
        ...s.coFinancing,
        items: s.coFinancing.items.map((row) => (row.id === id ? change(row) : row)),
      },
    }));

  const focusSoon = (id: string) =>
    window.setTimeout(() => document.getElementById(id)?.focus(), 0);

  const addLine = () => {
    const id = newId('l');
    const pillar = state.lines.at(-1)?.pillar ?? '';
    update((s) => ({ ...s, lines: [...s.lines, { id, pillar, action: '', amounts: {} }] }));
    focusSoon(`begroting-pijler-${id}`);
  };
  const addYear = () => {
    const id = newId('y');
    const last = Number(state.years.at(-1)?.text);
    const text = Number.isSafeInteger(last) && last > 999 && last < 9999 ? String(last + 1) : '';
    update((s) => ({ ...s, years: [...s.years, { id, text }] }));
    focusSoon(fieldId.year(id));
  };
  const replaceWith = (next: CalculatorState, what: string) => {
    if (
      state.lines.length > 0 &&
      !window.confirm(`${what} De huidige begroting wordt vervangen. Doorgaan?`)
    )
      return;
    update(() => next);
  };

  const download = (blob: Blob, name: string) => {
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  // The export is the last budget without errors: a half-typed amount never reaches a file.
  const exportBudget = () => (errorCount > 0 ? lastValidBudget.current : budget);
  const exportCsv = () =>
    download(
      new Blob(['\uFEFF', budgetToCsv(exportBudget())], { type: 'text/csv;charset=utf-8' }),
      'begroting.csv',
    );
  // The spreadsheet libraries load only when a workbook is exported or imported.
  const loadXlsx = () => import('./xlsx');
  const exportXlsx = async () => {
    try {
      const { budgetToXlsx } = await loadXlsx();
      download(await budgetToXlsx(exportBudget()), 'begroting.xlsx');
    } catch {
      setFileMessage(
        'Het Excel-bestand kon niet worden gemaakt. Probeer het opnieuw of exporteer als CSV.',
      );
    }
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    // An .xlsx file is a zip archive: it starts with "PK".
    const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
    let parsed: ParseBudgetCsvResult;
    if (isZip) {
      try {
        parsed = await (await loadXlsx()).readBudgetXlsx(bytes.buffer);
      } catch {
        parsed = {
          ok: false,
          message: 'De Excel-functie kon niet worden geladen. Probeer het opnieuw of gebruik CSV.',
        };
      }
    } else parsed = parseBudgetCsv(new TextDecoder().decode(bytes));
    if (!parsed.ok) {
      setFileMessage(`Het bestand is niet ingelezen. ${parsed.message}`);
      return;
    }
    const imported = stateFromBudget(parsed.budget);
    update((s) => ({ ...s, years: imported.years, lines: imported.lines }));
    setFileMessage(
      `Ingelezen: ${parsed.budget.lines.length} regels en ${parsed.budget.years.length} jaren uit ${file.name}.`,
    );
  };

  const co = summary?.coFinancing;
  const coSentence = co ? describeCoFinancing(co) : '';

  return (
    // data-pagefind-ignore: search indexes the page's own text, not the tool's
    // controls and example figures (those are on Aanpak → Begroting).
    <div
      className={styles.calculator}
      data-ready={ready ? 'true' : undefined}
      data-pagefind-ignore=""
    >
      {notice ? <p className={styles.notice}>{notice}</p> : null}

      <div
        className={styles.toolbar}
        role="group"
        aria-label="Begroting beginnen, opslaan en delen"
      >
        <button
          type="button"
          className="button button--secondary"
          onClick={() => replaceWith(exampleState(), 'U laadt het voorbeeld van Zaanstad.')}
        >
          Voorbeeld Zaanstad laden
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => replaceWith(emptyState(), 'U begint met een lege begroting.')}
        >
          Lege begroting
        </button>
        <button type="button" className="button button--secondary" onClick={exportCsv}>
          Exporteren als CSV
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void exportXlsx()}
        >
          Exporteren als Excel (.xlsx)
        </button>
        <div className={styles.fileField}>
          <label htmlFor="begroting-import" className={styles.label}>
            CSV of Excel (.xlsx) importeren
          </label>
          <input
            id="begroting-import"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={fileMessage ? 'begroting-import-melding' : undefined}
            onChange={(event) => {
              void importFile(event.target.files?.[0]);
              event.target.value = '';
            }}
          />
        </div>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          Afdrukken
        </button>
      </div>
      <p id="begroting-import-melding" className={styles.status} role="status">
        {fileMessage}
      </p>

      <h2 id="begroting-tabel">Begroting per regel en jaar</h2>
      <p>
        Typ bedragen in euro’s zoals u gewend bent: <kbd>1.234,56</kbd>, <kbd>€ 1.234</kbd> of{' '}
        <kbd>1234</kbd>. Een leeg vak telt als niets begroot.
      </p>
      <div className={styles.scroll} role="region" aria-labelledby="begroting-tabel">
        <table className={styles.table}>
          <caption className="bot-visually-hidden">
            Begrotingsregels met een bedrag per jaar. Per regel kunt u de pijler, de actie en de
            bedragen wijzigen, de regel verplaatsen of verwijderen.
          </caption>
          <thead>
            <tr>
              <th scope="col">Pijler</th>
              <th scope="col">Actie</th>
              {state.years.map((column, index) => (
                <th scope="col" key={column.id} className={styles.yearHead}>
                  <Field
                    editing={editing}
                    onEditing={setEditing}
                    id={fieldId.year(column.id)}
                    label={`Jaartal van kolom ${index + 1}`}
                    value={column.text}
                    error={errors[fieldId.year(column.id)]}
                    inputMode="numeric"
                    className={styles.yearInput}
                    onChange={(text) =>
                      update((s) => ({
                        ...s,
                        years: s.years.map((y) => (y.id === column.id ? { ...y, text } : y)),
                      }))
                    }
                  />
                  <span className={styles.rowButtons}>
                    <button
                      type="button"
                      className={styles.iconButton}
                      disabled={index === 0}
                      aria-label={`Jaar ${column.text} naar links`}
                      onClick={() => update((s) => ({ ...s, years: move(s.years, index, -1) }))}
                    >
                      ←
                    </button>
                    <button
                      type="button"
                      className={styles.iconButton}
                      disabled={index === state.years.length - 1}
                      aria-label={`Jaar ${column.text} naar rechts`}
                      onClick={() => update((s) => ({ ...s, years: move(s.years, index, 1) }))}
                    >
                      →
                    </button>
                    <button
                      type="button"
                      className={styles.iconButton}
                      aria-label={`Jaar ${column.text} verwijderen`}
                      onClick={() => {
                        update((s) => ({ ...s, years: s.years.filter((y) => y.id !== column.id) }));
                        addYearButton.current?.focus();
                      }}
                    >
                      ×
                    </button>
                  </span>
                </th>
              ))}
              <th scope="col" className="bot-num">
                Totaal
              </th>
              <th scope="col">Regel</th>
            </tr>
          </thead>
          <tbody>
            {state.lines.length === 0 ? (
              <tr>
                <td colSpan={state.years.length + 4}>Nog geen regels. Voeg een regel toe.</td>
              </tr>
            ) : null}
            {state.lines.map((line, index) => {
              const lineTotal = budget.lines[index]
                ? Object.values(budget.lines[index].amounts).reduce<number>(
                    (a, b) => a + (b ?? 0),
                    0,
                  )
                : 0;
              const lineName = line.action.trim() || `regel ${index + 1}`;
              return (
                <tr key={line.id}>
                  <td>
                    <label htmlFor={`begroting-pijler-${line.id}`} className="bot-visually-hidden">
                      Pijler van regel {index + 1}
                    </label>
                    <textarea
                      id={`begroting-pijler-${line.id}`}
                      rows={2}
                      className={styles.textInput}
                      value={line.pillar}
                      onChange={(event) =>
                        setLine(line.id, (l) => ({ ...l, pillar: event.target.value }))
                      }
                    />
                  </td>
                  <td>
                    <label htmlFor={`begroting-actie-${line.id}`} className="bot-visually-hidden">
                      Actie van regel {index + 1}
                    </label>
                    <textarea
                      id={`begroting-actie-${line.id}`}
                      rows={2}
                      className={styles.textInput}
                      value={line.action}
                      onChange={(event) =>
                        setLine(line.id, (l) => ({ ...l, action: event.target.value }))
                      }
                    />
                  </td>
                  {state.years.map((column) => {
                    const id = fieldId.amount(line.id, column.id);
                    return (
                      <td key={column.id}>
                        <Field
                          editing={editing}
                          onEditing={setEditing}
                          id={id}
                          label={`Bedrag ${lineName}, ${column.text || 'jaar zonder jaartal'}`}
                          value={line.amounts[column.id] ?? ''}
                          error={errors[id]}
                          onChange={(text) =>
                            setLine(line.id, (l) => ({
                              ...l,
                              amounts: { ...l.amounts, [column.id]: text },
                            }))
                          }
                        />
                      </td>
                    );
                  })}
                  <td className="bot-num">
                    {Object.keys(errors).some((key) => key.startsWith(fieldId.amount(line.id, '')))
                      ? '–'
                      : euro(lineTotal)}
                  </td>
                  <td>
                    <span className={styles.rowButtons}>
                      <button
                        type="button"
                        className={styles.iconButton}
                        disabled={index === 0}
                        aria-label={`${lineName} omhoog`}
                        onClick={() => update((s) => ({ ...s, lines: move(s.lines, index, -1) }))}
                      >
                        ↑
                      </button>
                      <button
                        type="button"
                        className={styles.iconButton}
                        disabled={index === state.lines.length - 1}
                        aria-label={`${lineName} omlaag`}
                        onClick={() => update((s) => ({ ...s, lines: move(s.lines, index, 1) }))}
                      >
                        ↓
                      </button>
                      <button
                        type="button"
                        className={styles.iconButton}
                        aria-label={`${lineName} verwijderen`}
                        onClick={() => {
                          update((s) => ({ ...s, lines: s.lines.filter((l) => l.id !== line.id) }));
                          addLineButton.current?.focus();
                        }}
                      >
                        ×
                      </button>
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <div className={styles.toolbar}>
        <button
          ref={addLineButton}
          type="button"
          className="button button--primary"
          onClick={addLine}
        >
          Regel toevoegen
        </button>
        <button
          ref={addYearButton}
          type="button"
          className="button button--primary"
          onClick={addYear}
        >
          Jaar toevoegen
        </button>
      </div>

      <div className={styles.liveTotals} aria-live="polite" aria-atomic="true">
        {shownErrorCount > 0 ? (
          <p className={styles.warning}>
            {shownErrorCount === 1 ? 'Eén veld heeft' : `${shownErrorCount} velden hebben`} een
            fout. De totalen hieronder horen bij de laatste geldige invoer.
          </p>
        ) : null}
        {summary ? (
          <p className={styles.bigTotal}>
            Totaal: <strong>{euro(summary.totalCents)}</strong>. {coSentence}
          </p>
        ) : (
          <p>Nog geen geldige invoer.</p>
        )}
      </div>

      {summary ? <Totals summary={summary} years={years} /> : null}

      <h2 id="cofinanciering">Cofinanciering</h2>
      <p>
        In de BOTOC-regeling moet de gemeente een deel van de begroting zelf betalen, standaard 1/3.
        Geef een bijdrage op als bedrag of als fte × jaarkosten per fte × aantal jaren.
      </p>
      <fieldset className={styles.fieldset}>
        <legend>Voor welke periode gelden de bedragen?</legend>
        <div className={styles.radio}>
          <input
            type="radio"
            id="begroting-periode-totaal"
            name="begroting-periode"
            checked={state.coFinancing.period === 'whole-period'}
            onChange={() =>
              update((s) => ({ ...s, coFinancing: { ...s.coFinancing, period: 'whole-period' } }))
            }
          />
          <label htmlFor="begroting-periode-totaal">Voor de hele looptijd (één keer tellen)</label>
        </div>
        <div className={styles.radio}>
          <input
            type="radio"
            id="begroting-periode-jaar"
            name="begroting-periode"
            checked={state.coFinancing.period === 'per-year'}
            onChange={() =>
              update((s) => ({ ...s, coFinancing: { ...s.coFinancing, period: 'per-year' } }))
            }
          />
          <label htmlFor="begroting-periode-jaar">
            Per jaar (tellen voor elk van de {budget.years.length} jaren)
          </label>
        </div>
      </fieldset>
      <Field
        editing={editing}
        onEditing={setEditing}
        id={fieldId.share()}
        label="Vereist aandeel cofinanciering (breuk of percentage)"
        hideLabel={false}
        value={state.coFinancing.share}
        error={errors[fieldId.share()]}
        inputMode="text"
        onChange={(share) => update((s) => ({ ...s, coFinancing: { ...s.coFinancing, share } }))}
      />
      <div className={styles.scroll} role="region" aria-labelledby="cofinanciering-tabel">
        <table className={styles.table}>
          <caption id="cofinanciering-tabel">Bijdragen aan de cofinanciering</caption>
          <thead>
            <tr>
              <th scope="col">Omschrijving</th>
              <th scope="col">Soort</th>
              <th scope="col">Bedrag, of fte × jaarkosten × jaren</th>
              <th scope="col" className="bot-num">
                Telt voor
              </th>
              <th scope="col">Regel</th>
            </tr>
          </thead>
          <tbody>
            {state.coFinancing.items.map((row, index) => {
              const name = row.description.trim() || `bijdrage ${index + 1}`;
              const counted = co?.items[index]?.providedCents;
              return (
                <tr key={row.id}>
                  <td>
                    <label
                      htmlFor={`begroting-cof-omschrijving-${row.id}`}
                      className="bot-visually-hidden"
                    >
                      Omschrijving van bijdrage {index + 1}
                    </label>
                    <textarea
                      id={`begroting-cof-omschrijving-${row.id}`}
                      rows={2}
                      className={styles.textInput}
                      value={row.description}
                      onChange={(event) =>
                        setCoRow(row.id, (r) => ({ ...r, description: event.target.value }))
                      }
                    />
                  </td>
                  <td>
                    <label
                      htmlFor={`begroting-cof-soort-${row.id}`}
                      className="bot-visually-hidden"
                    >
                      Soort bijdrage {index + 1}
                    </label>
                    <select
                      id={`begroting-cof-soort-${row.id}`}
                      value={row.kind}
                      onChange={(event) =>
                        setCoRow(row.id, (r) => ({
                          ...r,
                          kind: event.target.value === 'fte' ? 'fte' : 'amount',
                        }))
                      }
                    >
                      <option value="amount">Bedrag</option>
                      <option value="fte">Fte</option>
                    </select>
                  </td>
                  <td>
                    {row.kind === 'amount' ? (
                      <Field
                        editing={editing}
                        onEditing={setEditing}
                        id={fieldId.coAmount(row.id)}
                        label={`Bedrag ${name}`}
                        value={row.amount}
                        error={errors[fieldId.coAmount(row.id)]}
                        onChange={(amount) => setCoRow(row.id, (r) => ({ ...r, amount }))}
                      />
                    ) : (
                      <div className={styles.fteGroup}>
                        <Field
                          editing={editing}
                          onEditing={setEditing}
                          id={fieldId.coFte(row.id)}
                          label={`Fte ${name}`}
                          hideLabel={false}
                          value={row.fte}
                          error={errors[fieldId.coFte(row.id)]}
                          onChange={(fte) => setCoRow(row.id, (r) => ({ ...r, fte }))}
                        />
                        <Field
                          editing={editing}
                          onEditing={setEditing}
                          id={fieldId.coAnnual(row.id)}
                          label={`Jaarkosten per fte ${name}`}
                          hideLabel={false}
                          value={row.annualCost}
                          error={errors[fieldId.coAnnual(row.id)]}
                          onChange={(annualCost) => setCoRow(row.id, (r) => ({ ...r, annualCost }))}
                        />
                        <Field
                          editing={editing}
                          onEditing={setEditing}
                          id={fieldId.coYears(row.id)}
                          label={`Aantal jaren ${name}`}
                          hideLabel={false}
                          value={row.years}
                          inputMode="numeric"
                          error={errors[fieldId.coYears(row.id)]}
                          onChange={(years) => setCoRow(row.id, (r) => ({ ...r, years }))}
                        />
                      </div>
                    )}
                  </td>
                  <td className="bot-num">{counted === undefined ? '–' : euro(counted)}</td>
                  <td>
                    <button
                      type="button"
                      className={styles.iconButton}
                      aria-label={`${name} verwijderen`}
                      onClick={() => {
                        update((s) => ({
                          ...s,
                          coFinancing: {
                            ...s.coFinancing,
                            items: s.coFinancing.items.filter((r) => r.id !== row.id),
                          },
                        }));
                        document.getElementById('begroting-cof-toevoegen')?.focus();
                      }}
                    >
                      ×
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className={styles.toolbar}>
        <button
          id="begroting-cof-toevoegen"
          type="button"
          className="button button--primary"
          onClick={() => {
            const id = newId('c');
            update((s) => ({
              ...s,
              coFinancing: {
                ...s.coFinancing,
                items: [
                  ...s.coFinancing.items,
                  {
                    id,
                    description: '',
                    kind: 'amount',
                    amount: '',
                    fte: '',
                    annualCost: '',
                    years: '',
                  },
                ],
              },
            }));
            focusSoon(`begroting-cof-omschrijving-${id}`);
          }}
        >
          Bijdrage toevoegen
        </button>
      </div>
      {co && summary ? (
        <dl className={styles.result}>
          <dt>
            Vereist ({co.share.numerator}/{co.share.denominator} van {euro(summary.totalCents)},
            naar boven afgerond op centen)
          </dt>
          <dd>{euro(co.requiredCents)}</dd>
          <dt>Aanwezig</dt>
          <dd>{euro(co.providedCents)}</dd>
          <dt>{co.met ? 'Overschot' : 'Tekort'}</dt>
          <dd>
            <strong>{coSentence}</strong>
          </dd>
        </dl>
      ) : null}

      <h2 id="kosten-per-deelnemer">Kosten per deelnemer</h2>
      <p>
        Vul per pijler het beoogde aantal deelnemers in (jongeren, leerlingen, gezinnen). Een pijler
        zonder aantal telt niet mee. Bedragen zijn afgerond op hele centen (half naar boven).
      </p>
      <div className={styles.scroll} role="region" aria-labelledby="deelnemers-tabel">
        <table className={styles.table}>
          <caption id="deelnemers-tabel">Kosten per deelnemer per pijler</caption>
          <thead>
            <tr>
              <th scope="col">Pijler</th>
              <th scope="col">Aantal deelnemers</th>
              <th scope="col" className="bot-num">
                Budget pijler
              </th>
              <th scope="col" className="bot-num">
                Per deelnemer
              </th>
            </tr>
          </thead>
          <tbody>
            {pillars.map((pillar) => {
              const id = fieldId.participants(pillar);
              const cost = summary?.costPerParticipant.perPillar[pillar];
              return (
                <tr key={pillar}>
                  <th scope="row">{pillar}</th>
                  <td>
                    <Field
                      editing={editing}
                      onEditing={setEditing}
                      id={id}
                      label={`Aantal deelnemers ${pillar}`}
                      value={state.participants[pillar] ?? ''}
                      error={errors[id]}
                      inputMode="numeric"
                      onChange={(text) =>
                        update((s) => ({
                          ...s,
                          participants: { ...s.participants, [pillar]: text },
                        }))
                      }
                    />
                  </td>
                  <td className="bot-num">
                    {summary ? euro(summary.perPillar[pillar] ?? 0) : '–'}
                  </td>
                  <td className="bot-num">{cost ? euro(cost.costCents) : '–'}</td>
                </tr>
              );
            })}
          </tbody>
          {summary?.costPerParticipant.total ? (
            <tfoot>
              <tr>
                <th scope="row">Pijlers met een aantal samen</th>
                <td className="bot-num">{summary.costPerParticipant.total.participants}</td>
                <td className="bot-num">{euro(summary.costPerParticipant.total.pillarCents)}</td>
                <td className="bot-num">{euro(summary.costPerParticipant.total.costCents)}</td>
              </tr>
            </tfoot>
          ) : null}
        </table>
      </div>
    </div>
  );
}

/** Totals per pillar and year: the chart's accessible alternative. */
function Totals({ summary, years }: { summary: BudgetSummary; years: number[] }) {
  return (
    <>
      <h2 id="totalen">Totalen per pijler en jaar</h2>
      {/* This table has no fields; a keyboard user must still be able to scroll it
          sideways on a narrow screen (WCAG 2.1.1, axe scrollable-region-focusable). */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className={styles.scroll} role="region" aria-labelledby="totalen-tabel" tabIndex={0}>
        <table className={styles.table}>
          <caption id="totalen-tabel">Totalen per pijler en per jaar</caption>
          <thead>
            <YearHeaderRow label="Pijler" years={years} />
          </thead>
          <tbody>
            {summary.pillarOrder.map((pillar) => (
              <tr key={pillar}>
                <th scope="row">{pillar || '(geen pijler)'}</th>
                {years.map((year) => (
                  <td key={year} className="bot-num">
                    {euro(summary.perPillarPerYear[pillar]?.[year] ?? 0)}
                  </td>
                ))}
                <td className="bot-num">{euro(summary.perPillar[pillar] ?? 0)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Totaal</th>
              {years.map((year) => (
                <td key={year} className="bot-num">
                  {euro(summary.perYear[year] ?? 0)}
                </td>
              ))}
              <td className="bot-num">
                <strong>{euro(summary.totalCents)}</strong>
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      {summary.pillarOrder.length > 0 && years.length > 0 ? (
        <div className={styles.charts}>
          <BarChart
            title="Budget per pijler, per jaar"
            description="Dezelfde bedragen als in de tabel hierboven."
            categories={summary.pillarOrder.map((pillar) => pillar || '(geen pijler)')}
            series={years.map((year) => ({
              key: String(year),
              label: String(year),
              values: summary.pillarOrder.map(
                (pillar) => summary.perPillarPerYear[pillar]?.[year] ?? 0,
              ),
            }))}
            formatValue={euro}
          />
          <BarChart
            title="Budget per jaar"
            description="Alle pijlers samen; dezelfde bedragen als de totaalregel van de tabel."
            categories={years.map(String)}
            series={[
              {
                key: 'totaal',
                label: 'Totaal',
                values: years.map((year) => summary.perYear[year] ?? 0),
              },
            ]}
            formatValue={euro}
          />
        </div>
      ) : null}
    </>
  );
}
