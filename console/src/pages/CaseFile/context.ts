/**
 * What every part of the case file may ask of the page: the case it is on (id and the version the
 * user is looking at, sent as `expectedVersion` so a change made meanwhile by someone else is a
 * CONFLICT rather than silently overwritten), and what to do after an action or a conflict.
 */
import { createContext, useContext } from 'react';

export interface CaseFileContextValue {
  caseId: string;
  /** Case.version as shown on the page. */
  version: number;
  /** Reload the whole case file from the server (network only). */
  reload(): Promise<void>;
  /** Someone else changed the case: reload, and say so on the page. */
  conflict(): void;
  /** An action went through (`message`: what to say, e.g. 「交办」): the page re-reads what supervision derives from it. */
  changed(message: string): void;
}

export const CaseFileContext = createContext<CaseFileContextValue | null>(null);

export function useCaseFile(): CaseFileContextValue {
  const ctx = useContext(CaseFileContext);
  if (!ctx) throw new Error('useCaseFile outside the case file page');
  return ctx;
}
