import { useRef, useState } from 'react';
import { ApiError } from '../../../lib/api';
import { saveFigure, useApplySaved, useRefreshFigures, type FigureWrite, type GridParams } from '../api/grid';

/** The key of the cell a write is about. */
export function writeKey(w: Pick<FigureWrite, 'indicator' | 'category' | 'base' | 'period'>): string {
  return `${w.indicator}|${w.category ?? ''}|${w.base}|${w.period}`;
}

/** What a batch of saves did. */
export type SaveOutcome = {
  saved: number;
  unchanged: number;
  /** Someone else saved these first (409 with a newer version): the user decides, one by one. */
  conflicts: FigureWrite[];
  /** A published month without a reason (409 reason_required). */
  reasonRequired: FigureWrite[];
  /** Refused for another reason (403 on a published month, validation…). */
  failed: { write: FigureWrite; error: unknown }[];
};

/** Whether an error is the server's "someone saved this after you opened it" (a stale expectedVersion). */
export function isStaleVersion(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409 && error.code === 'conflict' && error.details?.['rule'] === undefined;
}

/** Whether an error says a published month needs a reason. */
export function isReasonRequired(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'conflict' && error.details?.['rule'] === 'reason_required';
}

/** Whether an error says the month is published and only a director may change it. */
export function isMonthPublished(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'forbidden' && error.details?.['rule'] === 'month_published';
}

/**
 * Saves cells one by one with `PUT /api/figures` and each cell's `expectedVersion`: a saved cell is put in the cached
 * grid at once, then every figures query is refreshed (warnings, overview). Which cells are saving is tracked for the screen.
 */
export function useCellSaves(params: GridParams | null) {
  const applySaved = useApplySaved(params);
  const refresh = useRefreshFigures();
  const [pending, setPending] = useState<ReadonlySet<string>>(() => new Set());
  const running = useRef(0);

  const mark = (keys: string[], on: boolean) =>
    setPending((current) => {
      const next = new Set(current);
      for (const key of keys)
        if (on) next.add(key);
        else next.delete(key);
      return next;
    });

  const run = async (writes: FigureWrite[]): Promise<SaveOutcome> => {
    const outcome: SaveOutcome = { saved: 0, unchanged: 0, conflicts: [], reasonRequired: [], failed: [] };
    const keys = writes.map(writeKey);
    mark(keys, true);
    running.current += 1;
    try {
      for (const write of writes) {
        try {
          const saved = await saveFigure(write);
          applySaved(write, saved);
          if (saved.changed) outcome.saved += 1;
          else outcome.unchanged += 1;
        } catch (error) {
          if (isStaleVersion(error)) outcome.conflicts.push(write);
          else if (isReasonRequired(error)) outcome.reasonRequired.push(write);
          else outcome.failed.push({ write, error });
        } finally {
          mark([writeKey(write)], false);
        }
      }
    } finally {
      running.current -= 1;
      mark(keys, false);
      if (running.current === 0) void refresh();
    }
    return outcome;
  };

  return { run, pending };
}
