import { useCallback, useEffect, useState } from 'react';
import {
  parseStoredAnswers,
  serializeAnswers,
  type ChecklistAnswer,
  type ChecklistAnswers,
  type ChecklistDefinition,
} from '@bot075/toolkit';

/** The answers of a checklist, kept where its definition says. */
export interface ChecklistAnswerState {
  answers: ChecklistAnswers;
  setAnswer: (itemId: string, answer: ChecklistAnswer) => void;
  /** Forgets every answer, and removes the stored copy if there is one. */
  clear: () => void;
}

function storageKeyOf(checklist: ChecklistDefinition): string | null {
  return checklist.storage.kind === 'localStorage' ? checklist.storage.key : null;
}

/** localStorage can be blocked (private modes, policies); the checklist then works in memory. */
function readStorage(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function writeStorage(key: string, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // Not stored: the answers still work for this visit.
  }
}

/**
 * Answers in React state. With `storage.kind === 'memory'` nothing is ever
 * written anywhere; with `localStorage` the answers are read after the first
 * render (so the server HTML and hydration match) and written on each change
 * under the checklist's one key.
 */
export function useChecklistAnswers(checklist: ChecklistDefinition): ChecklistAnswerState {
  const key = storageKeyOf(checklist);
  const [answers, setAnswers] = useState<ChecklistAnswers>({});
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    // Reading a browser-only store after mount keeps the server HTML and the
    // first client render identical.
    if (key) setAnswers(parseStoredAnswers(checklist, readStorage(key)));
    setLoaded(true);
  }, [checklist, key]);

  useEffect(() => {
    if (!key || !loaded) return;
    writeStorage(key, Object.keys(answers).length === 0 ? null : serializeAnswers(answers));
  }, [answers, key, loaded]);

  const setAnswer = useCallback((itemId: string, answer: ChecklistAnswer) => {
    setAnswers((previous) => ({ ...previous, [itemId]: answer }));
  }, []);

  const clear = useCallback(() => {
    setAnswers({});
    if (key) writeStorage(key, null);
  }, [key]);

  return { answers, setAnswer, clear };
}
