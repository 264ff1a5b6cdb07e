import { useEffect, useState } from 'react';
import { describeError } from '../../../lib/errors';
import { formatNumber, formatPeriod } from '../../../lib/format';
import type { FigureWrite, Grid, GridParams, GridRow } from '../api/grid';
import { statusForSave, type PasteChange, type PastePlan, type StatusChoice } from '../lib/grid-model';
import { useGridText } from './grid-text';
import { isMonthPublished, useCellSaves, type SaveOutcome } from './use-cell-saves';

/** A sentence above the grid: what a save did, why a cell cannot be edited, why a paste was refused. */
export type GridMessage = { tone: 'info' | 'success' | 'error'; text: string };

/** Changes waiting for the save dialog: a block pasted, or a director's change to a published month. */
export type PendingSave = { mode: 'paste' | 'published'; changes: PasteChange[]; plan?: Omit<PastePlan, 'changes'> };

/** What {@link useGridSave} gives the grid. */
export type GridSave = ReturnType<typeof useGridSave>;

/**
 * Saving from the entry grid: the changes waiting for the save dialog, each save with the cell's version, the message
 * saying what a batch did, and the conflicts (409: someone saved first) the user settles one by one.
 */
export function useGridSave({ grid, params, latest }: { grid: Grid; params: GridParams; latest: string | null }) {
  const { t, fullRowName, language } = useGridText();
  const [message, setMessage] = useState<GridMessage | null>(null);
  // A message is a sentence in the language it was said in: switching the language clears it.
  useEffect(() => setMessage(null), [language]);
  const [dialog, setDialog] = useState<PendingSave | null>(null);
  const [conflicts, setConflicts] = useState<FigureWrite[]>([]);
  const saves = useCellSaves(params);

  const rowOf = (write: FigureWrite): GridRow | undefined =>
    grid.rows.find((r) => r.indicator === write.indicator && r.category === write.category && r.base === write.base);
  const cellLabel = (row: GridRow, period: string) => `${fullRowName(row)}, ${formatPeriod(period)}`;

  const report = (outcome: SaveOutcome) => {
    const parts: string[] = [];
    if (outcome.saved) parts.push(t('grid.messages.saved', { n: formatNumber(outcome.saved) }));
    if (outcome.unchanged) parts.push(t('grid.messages.unchanged', { n: formatNumber(outcome.unchanged) }));
    if (outcome.conflicts.length) parts.push(t('grid.messages.conflicts', { n: formatNumber(outcome.conflicts.length) }));
    if (outcome.reasonRequired.length) parts.push(t('grid.messages.reasonRequired', { n: formatNumber(outcome.reasonRequired.length) }));
    for (const { write, error } of outcome.failed.slice(0, 3)) {
      const row = rowOf(write);
      const why = isMonthPublished(error) ? t('grid.messages.locked', { period: formatPeriod(write.period) }) : describeError(error);
      parts.push(`${row ? cellLabel(row, write.period) : write.period}: ${why}`);
    }
    const failed = outcome.failed.length + outcome.reasonRequired.length > 0;
    setMessage({ tone: failed ? 'error' : outcome.conflicts.length ? 'info' : 'success', text: parts.join(' ') || t('grid.messages.nothing') });
    if (outcome.conflicts.length) setConflicts((current) => [...current, ...outcome.conflicts]);
  };

  const toWrite = (change: PasteChange, choice: StatusChoice, reason: string): FigureWrite => ({
    indicator: change.row.indicator,
    orgunit: params.orgunit,
    period: change.cell.period,
    category: change.row.category,
    base: change.row.base,
    value: change.value,
    status: statusForSave(choice, change.cell, latest),
    expectedVersion: change.cell.version,
    ...(change.cell.published && reason ? { reason } : {}),
  });

  /** Saves changes one by one with the status chosen (and a published month's reason), then says what happened. */
  const save = (changes: PasteChange[], choice: StatusChoice, reason: string) => {
    void saves.run(changes.map((c) => toWrite(c, choice, reason))).then(report);
  };

  const conflict = conflicts[0];

  return {
    /** The keys (`writeKey`) of the cells being saved. */
    pending: saves.pending,
    message,
    setMessage,
    dialog,
    setDialog,
    save,
    /** The save dialog confirmed: saves what it held. */
    confirmDialog: (choice: StatusChoice, reason: string) => {
      if (!dialog) return;
      const changes = dialog.changes;
      setDialog(null);
      save(changes, choice, reason);
    },
    /** The first conflict to settle, its row, and how many more wait. */
    conflict,
    conflictRow: conflict ? rowOf(conflict) : undefined,
    remainingConflicts: conflicts.length - 1,
    /** Keeps the value saved by the other person (the grid already shows it after the refresh). */
    keepTheirs: () => {
      setConflicts((current) => current.slice(1));
      setMessage({ tone: 'info', text: t('grid.messages.reloaded') });
    },
    /** Saves the user's value over the other person's, against the version they saw in the conflict dialog. */
    keepMine: (version: number) => {
      if (!conflict) return;
      setConflicts((current) => current.slice(1));
      void saves.run([{ ...conflict, expectedVersion: version }]).then(report);
    },
  };
}
