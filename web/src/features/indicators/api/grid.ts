import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { indicatorsKey } from './keys';
import type { FigureStatus, IndicatorKind } from './types';

/** Why a cell deserves a second look (server: validation-warnings.ts). */
export type GridWarningCode = 'jump_vs_previous_month' | 'jump_vs_last_year' | 'part_exceeds_total' | 'index_out_of_bounds' | 'stored_ratio_mismatch';

/** A warning on a cell: a code, the numbers behind it, and the server's sentence in both languages (the fallback). */
export type GridWarning = { code: GridWarningCode; details: Record<string, number | string | null>; message: { vi: string; en: string } };

/** How a figure is compared: a level (flows), or an index against the same period last year / the previous month. */
export type FigureBase = 'level' | 'same_period' | 'prev_month';

/** One cell of the entry grid: the latest vintage (version 0 and value null when nothing is stored). */
export type GridCell = {
  period: string;
  value: number | null;
  status: FigureStatus | null;
  /** `expectedVersion` of the next save (0 = nothing stored yet). */
  version: number;
  /** The month is published: only a director may change it, with a reason. Aggregates are never locked. */
  published: boolean;
  warnings: GridWarning[];
  recordedAt: string | null;
  sourceKind: string | null;
  source: { file?: string; sheet?: string; cell?: string } | null;
  reason: string | null;
};

/** One row: an indicator's total or one of its categories, for one comparison base. */
export type GridRow = {
  id: string;
  indicator: string;
  nameVi: string;
  nameEn: string;
  unitVi: string;
  unitEn: string;
  kind: IndicatorKind;
  decimals: number;
  base: FigureBase;
  category: string | null;
  categoryNameVi: string | null;
  categoryNameEn: string | null;
  parent: string | null;
  /** 0 = the total; 1 = a category; 2 = a sub-category. */
  level: number;
  categoryCount: number;
  /** January … December. */
  cells: GridCell[];
  /** Stored quarters, halves, years to date and the year (key = period). */
  reported: Record<string, GridCell>;
};

/** `GET /api/grid`. */
export type Grid = {
  orgunit: string;
  unit: { ref: string; code: string; name: string; nameEn: string };
  year: number;
  months: string[];
  published: string[];
  options: { jumpPercent: number; indexMin: number; indexMax: number };
  rows: GridRow[];
  total: number;
};

/** What the grid asks: a province and a year (every indicator, every category: the screen folds them). */
export type GridParams = { orgunit: string; year: number };

/** The query of the entry grid of a province and year. */
export function gridQuery(params: GridParams) {
  return queryOptions({
    queryKey: [indicatorsKey, 'grid', params] as const,
    queryFn: ({ signal }) => api.get<Grid>('/api/grid', { orgunit: params.orgunit, year: params.year, expand: 'all' }, signal),
  });
}

/** The entry grid; the previous one stays on screen while another province or year loads. */
export function useGrid(params: GridParams | null) {
  return useQuery({ ...gridQuery(params ?? { orgunit: '', year: 0 }), enabled: params !== null && params.orgunit !== '', placeholderData: keepPreviousData });
}

/** One save of a figure: a new vintage, refused with 409 when `expectedVersion` is not the latest. */
export type FigureWrite = {
  indicator: string;
  orgunit: string;
  period: string;
  category: string | null;
  base: FigureBase;
  value: number;
  status: FigureStatus;
  expectedVersion: number;
  /** Required (director) to change a published month. */
  reason?: string;
};

/** `PUT /api/figures`: whether a vintage was added, and the version now in force. */
export type FigureSaved = { changed: boolean; version: number };

/** Saves one figure; the caller handles 409 (stale version, or a reason needed) and 403 (published month). */
export function saveFigure(write: FigureWrite): Promise<FigureSaved> {
  return api.put<FigureSaved>('/api/figures', { ...write, ...(write.reason ? { reason: write.reason } : {}) });
}

/** Refreshes every query of the figures screens (the grid, the overview, the rankings, the histories). */
export function useRefreshFigures() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: [indicatorsKey] });
}

/** Puts a saved value into the cached grid at once, before the grid is fetched again with its new warnings. */
export function useApplySaved(params: GridParams | null) {
  const queryClient = useQueryClient();
  return (write: FigureWrite, saved: FigureSaved) => {
    if (!params) return;
    queryClient.setQueryData(gridQuery(params).queryKey, (grid) => {
      if (!grid) return grid;
      const update = (cell: GridCell): GridCell =>
        cell.period === write.period ? { ...cell, value: write.value, status: write.status, version: saved.version, reason: write.reason ?? null } : cell;
      return {
        ...grid,
        rows: grid.rows.map((row) =>
          row.indicator === write.indicator && row.category === write.category && row.base === write.base
            ? {
                ...row,
                cells: row.cells.map(update),
                reported:
                  write.period in row.reported || !/^\d{4}-\d{2}$/.test(write.period)
                    ? { ...row.reported, [write.period]: update(row.reported[write.period] ?? emptyCell(write.period)) }
                    : row.reported,
              }
            : row,
        ),
      };
    });
  };
}

/** A cell with nothing stored. */
export function emptyCell(period: string): GridCell {
  return { period, value: null, status: null, version: 0, published: false, warnings: [], recordedAt: null, sourceKind: null, source: null, reason: null };
}

/** A hook for one save, used where a component wants `isPending` (the dialogs). */
export function useSaveFigure() {
  return useMutation({ mutationFn: saveFigure });
}
