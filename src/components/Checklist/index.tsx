import { useId, useMemo, useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {
  buildChecklistMarkdown,
  evaluateChecklist,
  type ChecklistAnswer,
  type ChecklistDefinition,
  type ChecklistItemStatus,
} from '@bot075/toolkit';
import { useChecklistAnswers } from './useChecklistAnswers';
import styles from './styles.module.css';

interface Props {
  /** A checklist definition from `@bot075/toolkit`. */
  checklist: ChecklistDefinition;
}

const answerValues: readonly ChecklistAnswer[] = ['yes', 'no'];
const statusOrder: readonly ChecklistItemStatus[] = ['covered', 'missing', 'unanswered'];

/**
 * A checklist from the toolkit as a form: one fieldset per question with two
 * radio buttons, a summary per section, and (once JavaScript runs) buttons to
 * clear, print and copy the summary as Markdown. The server-rendered HTML
 * already holds every question and help text, so the page reads without
 * JavaScript. Answers are kept as the definition's `storage` says.
 */
export default function Checklist({ checklist }: Props): ReactNode {
  const baseId = useId();
  const isBrowser = useIsBrowser();
  const { siteConfig } = useDocusaurusContext();
  const { answers, setAnswer, clear } = useChecklistAnswers(checklist);
  const [message, setMessage] = useState('');
  const [showMarkdown, setShowMarkdown] = useState(false);

  const result = useMemo(() => evaluateChecklist(checklist, answers), [checklist, answers]);
  const markdown = useMemo(
    () => buildChecklistMarkdown(checklist, answers, { siteUrl: siteConfig.url }),
    [checklist, answers, siteConfig.url],
  );
  const progress = `${result.answeredCount} van ${result.itemCount} vragen beantwoord.`;
  const idOf = (part: string) => `${baseId}-${part}`;

  const onClear = () => {
    clear();
    setShowMarkdown(false);
    setMessage('Alle antwoorden zijn gewist.');
  };

  const onCopy = async () => {
    try {
      await navigator.clipboard.writeText(markdown);
      setMessage('De samenvatting staat als Markdown op het klembord.');
    } catch {
      setShowMarkdown(true);
      setMessage(
        'Kopiëren lukte niet. De Markdown staat hieronder; selecteer en kopieer die zelf.',
      );
    }
  };

  return (
    <div className={styles.checklist} data-checklist={checklist.id}>
      <p>{checklist.description}</p>
      {checklist.notice && (
        <p className={styles.notice}>
          <strong>Let op:</strong> {checklist.notice}
        </p>
      )}
      <div className={styles.privacy}>
        <h2 id={idOf('privacy')}>Privacy</h2>
        <p>{checklist.privacy}</p>
      </div>

      <form
        className={styles.form}
        aria-label={checklist.title}
        onSubmit={(event) => event.preventDefault()}
        noValidate
      >
        {checklist.sections.map((section) => (
          <section
            key={section.id}
            className={styles.section}
            aria-labelledby={idOf(`section-${section.id}`)}
          >
            <h2 id={idOf(`section-${section.id}`)}>{section.title}</h2>
            {section.intro && <p>{section.intro}</p>}
            {section.items.map((item) => {
              const helpId = idOf(`help-${item.id}`);
              return (
                <fieldset key={item.id} className={styles.item} aria-describedby={helpId}>
                  <legend className={styles.legend}>{item.label}</legend>
                  <p id={helpId} className={styles.help}>
                    <span className={styles.why}>{checklist.labels.help}: </span>
                    {item.help}
                  </p>
                  {item.link && (
                    <p className={styles.example}>
                      Voorbeeld: <Link to={item.link.to}>{item.link.label}</Link>
                    </p>
                  )}
                  <div className={styles.options}>
                    {answerValues.map((value) => {
                      const inputId = idOf(`${item.id}-${value}`);
                      return (
                        <div key={value} className={styles.option}>
                          <input
                            type="radio"
                            id={inputId}
                            name={`${checklist.id}-${item.id}`}
                            value={value}
                            checked={answers[item.id] === value}
                            onChange={() => {
                              setMessage('');
                              setAnswer(item.id, value);
                            }}
                          />
                          <label htmlFor={inputId}>{checklist.labels.answers[value]}</label>
                        </div>
                      );
                    })}
                  </div>
                </fieldset>
              );
            })}
          </section>
        ))}
      </form>

      {checklist.information.map((block) => (
        <section key={block.title} className={styles.information}>
          <h2>{block.title}</h2>
          {block.paragraphs.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </section>
      ))}

      <section className={styles.summary} aria-labelledby={idOf('summary')}>
        <h2 id={idOf('summary')}>Samenvatting</h2>
        <p role="status" className={styles.status}>
          {progress}
          {message && ` ${message}`}
        </p>
        {result.sections.map((section) => (
          <div key={section.id} className={styles.summarySection}>
            <h3>{section.title}</h3>
            <dl className={styles.statusList}>
              {statusOrder
                .filter((status) => section[status].length > 0)
                .map((status) => (
                  <div key={status} data-status={status}>
                    <dt>
                      {checklist.labels.statuses[status]} ({section[status].length})
                    </dt>
                    <dd>
                      <ul>
                        {section[status].map((item) => (
                          <li key={item.id}>{item.label}</li>
                        ))}
                      </ul>
                    </dd>
                  </div>
                ))}
            </dl>
          </div>
        ))}
        {result.outcomes.length > 0 && (
          <div className={styles.outcomes}>
            <h3>Toelichting</h3>
            <ul>
              {result.outcomes.map((outcome) => (
                <li key={outcome.id}>{outcome.text}</li>
              ))}
            </ul>
          </div>
        )}

        {isBrowser && (
          <div className={styles.controls}>
            <button type="button" className="button button--secondary" onClick={onClear}>
              {checklist.labels.clear}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => window.print()}
            >
              Afdrukken
            </button>
            <button type="button" className="button button--primary" onClick={() => void onCopy()}>
              Kopieer als Markdown
            </button>
            <button
              type="button"
              className="button button--link"
              aria-expanded={showMarkdown}
              aria-controls={idOf('markdown')}
              onClick={() => setShowMarkdown((shown) => !shown)}
            >
              {showMarkdown ? 'Verberg de Markdown' : 'Toon de Markdown'}
            </button>
          </div>
        )}
        {isBrowser && (
          <div id={idOf('markdown')} className={styles.markdown} hidden={!showMarkdown}>
            <label htmlFor={idOf('markdown-text')}>Samenvatting als Markdown</label>
            <textarea id={idOf('markdown-text')} readOnly rows={12} value={markdown} />
          </div>
        )}
      </section>
    </div>
  );
}
