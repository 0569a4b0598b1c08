import { useCallback, useEffect, useRef, useState } from 'react';
import {
  HASH_PREFIX,
  STORAGE_KEY,
  decodeState,
  encodeState,
  exampleState,
  parseStoredState,
  type CalculatorState,
} from './state';

/**
 * Holds the calculator's state. It starts from the BOT example (also what the
 * server renders), then, in the browser, restores a shared budget from the
 * URL fragment or else the one saved in localStorage. Every change is saved
 * to localStorage and written into the URL fragment (replaceState: no history
 * entry per keystroke), so a reload or a shared link shows the same budget.
 */
export function useCalculatorState(): [
  CalculatorState,
  (update: (state: CalculatorState) => CalculatorState) => void,
  string | null,
  boolean,
] {
  const [state, setState] = useState<CalculatorState>(exampleState);
  const [notice, setNotice] = useState<string | null>(null);
  const restored = useRef(false);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const hash = window.location.hash;
    let next: CalculatorState | null = null;
    if (hash.startsWith(HASH_PREFIX)) {
      next = decodeState(hash.slice(HASH_PREFIX.length));
      setNotice(
        next
          ? 'De begroting uit de gedeelde link is geladen.'
          : 'De gedeelde link kon niet worden gelezen; u ziet de laatst bewaarde begroting.',
      );
    }
    if (!next) {
      try {
        const stored = window.localStorage.getItem(STORAGE_KEY);
        next = stored ? parseStoredState(stored) : null;
      } catch {
        next = null; // storage blocked: start from the example
      }
    }
    if (next) setState(next);
    restored.current = true;
    setReady(true);
  }, []);

  useEffect(() => {
    if (!restored.current) return;
    try {
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
    } catch {
      // Storage full or blocked: the URL fragment still holds the budget.
    }
    const url = `${window.location.pathname}${window.location.search}${HASH_PREFIX}${encodeState(state)}`;
    window.history.replaceState(window.history.state, '', url);
  }, [state]);

  const update = useCallback((change: (current: CalculatorState) => CalculatorState) => {
    setState((current) => change(current));
  }, []);

  return [state, update, notice, ready];
}
