import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { KeyboardEvent, FocusEvent, FormEvent } from 'react';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useLocation } from '@docusaurus/router';
import { loadPagefind } from '../../pagefindApi';
import { parseExcerpt, type ExcerptPart } from '../../parseExcerpt';
import { searchResultUrl } from '../../searchResultUrl';
import styles from './styles.module.css';

interface Hit {
  url: string;
  title: string;
  type: string | null;
  excerpt: ExcerptPart[];
}

type Status =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'done'; term: string; total: number }
  | { kind: 'error' };

const maxHits = 8;

function statusText(status: Status, shown: number): string {
  switch (status.kind) {
    case 'idle':
      return '';
    case 'loading':
      return 'Zoeken…';
    case 'error':
      return 'Zoeken is nu niet beschikbaar. Probeer het later opnieuw.';
    case 'done':
      if (status.total === 0) return `Geen resultaten voor “${status.term}”.`;
      return status.total === 1
        ? `1 resultaat voor “${status.term}”.`
        : `${status.total} resultaten voor “${status.term}”` +
            (status.total > shown ? `, de eerste ${shown} staan hieronder.` : '.');
  }
}

/**
 * The site's search box: Dutch, keyboard-only usable, results announced in a
 * live region. Pagefind's script and index load on first focus, not before.
 * Keys: ↓ from the box moves into the results, ↑/↓ move between them,
 * Escape closes the list and returns to the box.
 */
export default function SearchBar(): ReactNode {
  const { siteConfig } = useDocusaurusContext();
  const location = useLocation();
  const id = useId();
  const inputId = `${id}-input`;
  const statusId = `${id}-status`;
  const resultsId = `${id}-results`;
  const rootRef = useRef<HTMLFormElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [term, setTerm] = useState('');
  const [hits, setHits] = useState<Hit[]>([]);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [open, setOpen] = useState(false);
  const latestTerm = useRef('');
  // Set when the keyboard asks for the first result while the list is closed.
  const focusFirstResult = useRef(false);

  const prepare = useCallback(() => {
    loadPagefind(siteConfig.baseUrl).catch(() => setStatus({ kind: 'error' }));
  }, [siteConfig.baseUrl]);

  const runSearch = useCallback(
    async (value: string) => {
      latestTerm.current = value;
      const query = value.trim();
      if (query === '') {
        setHits([]);
        setStatus({ kind: 'idle' });
        return;
      }
      setStatus({ kind: 'loading' });
      try {
        const pagefind = await loadPagefind(siteConfig.baseUrl);
        const search = await pagefind.debouncedSearch(query, {}, 150);
        if (search === null || latestTerm.current !== value) return;
        const data = await Promise.all(
          search.results.slice(0, maxHits).map((result) => result.data()),
        );
        if (latestTerm.current !== value) return;
        setHits(
          data.map((item) => ({
            url: searchResultUrl(item.url),
            title: item.meta.title ?? searchResultUrl(item.url),
            type: item.meta.type ?? null,
            excerpt: parseExcerpt(item.excerpt),
          })),
        );
        setStatus({ kind: 'done', term: query, total: search.results.length });
      } catch {
        setHits([]);
        setStatus({ kind: 'error' });
      }
    },
    [siteConfig.baseUrl],
  );

  // Enter or ↓ may come before the results do: the first result takes focus
  // as soon as it is there.
  useEffect(() => {
    if (!open || !focusFirstResult.current) return;
    const first = resultLinks()[0];
    if (first) {
      focusFirstResult.current = false;
      first.focus();
    } else if (status.kind === 'done' || status.kind === 'error') {
      focusFirstResult.current = false;
    }
  });

  // A followed result closes the list.
  useEffect(() => {
    setOpen(false);
  }, [location.pathname]);

  const resultLinks = () =>
    Array.from(
      rootRef.current?.querySelectorAll<HTMLAnchorElement>(`#${CSS.escape(resultsId)} a`) ?? [],
    );

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
      inputRef.current?.focus();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = resultLinks();
    if (links.length === 0) return;
    const current = links.indexOf(document.activeElement as HTMLAnchorElement);
    event.preventDefault();
    if (!open) {
      // Show the list first; the effect above then moves focus into it.
      focusFirstResult.current = event.key === 'ArrowDown';
      setOpen(true);
      return;
    }
    if (event.key === 'ArrowDown') {
      links[Math.min(current + 1, links.length - 1)]?.focus();
    } else if (current <= 0) {
      inputRef.current?.focus();
    } else {
      links[current - 1]?.focus();
    }
  };

  const onBlur = (event: FocusEvent<HTMLFormElement>) => {
    if (!rootRef.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    focusFirstResult.current = true;
    setOpen(true);
    // If the list is already open and complete, no render follows; focus now.
    const first = resultLinks()[0];
    if (open && first && status.kind === 'done') {
      focusFirstResult.current = false;
      first.focus();
    }
  };

  const showPanel = open && status.kind !== 'idle';

  return (
    // The keys are handled once for the box and the result links inside it,
    // which are native, focusable elements; the form itself never takes focus.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <form
      ref={rootRef}
      role="search"
      aria-label="Zoeken in de kennisbank"
      className={styles.search}
      onSubmit={onSubmit}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
    >
      <label htmlFor={inputId} className={styles.visuallyHidden}>
        Zoeken in de kennisbank
      </label>
      <input
        ref={inputRef}
        id={inputId}
        className={styles.input}
        type="search"
        placeholder="Zoeken"
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        value={term}
        aria-describedby={statusId}
        aria-controls={resultsId}
        onFocus={prepare}
        onChange={(event) => {
          // A new letter cancels a pending Enter: focus stays in the box.
          focusFirstResult.current = false;
          setTerm(event.target.value);
          setOpen(true);
          void runSearch(event.target.value);
        }}
      />
      {/* Always in the page, so screen readers announce every change. */}
      <p id={statusId} role="status" className={styles.visuallyHidden}>
        {showPanel ? statusText(status, hits.length) : ''}
      </p>
      <div id={resultsId} className={styles.panel} hidden={!showPanel}>
        <p className={styles.status} aria-hidden="true">
          {statusText(status, hits.length)}
        </p>
        {status.kind === 'done' && hits.length > 0 && (
          <ol className={styles.results} aria-label="Zoekresultaten">
            {hits.map((hit) => (
              <li key={hit.url} className={styles.result}>
                <Link to={hit.url} className={styles.resultLink}>
                  {hit.title}
                </Link>
                {hit.type && <span className={styles.type}>{hit.type}</span>}
                <p className={styles.excerpt}>
                  {hit.excerpt.map((part, index) =>
                    part.marked ? <mark key={index}>{part.text}</mark> : part.text,
                  )}
                </p>
              </li>
            ))}
          </ol>
        )}
      </div>
    </form>
  );
}
