import type { ColumnType, Generated } from 'kysely';
import type { FigureBase, FigureStatus, IndicatorKind } from './compute';

type Json<T> = ColumnType<T, string, string>;
type Numeric = ColumnType<string, number | string, number | string>;

/** Tables owned by the indicators module. */
export type IndicatorsTables = {
  indicator: {
    code: string;
    name_vi: string;
    name_en: string;
    unit_vi: string;
    unit_en: string;
    kind: IndicatorKind;
    decimals: number;
    formula: ColumnType<{ plus: string[]; minus: string[] } | null, string | null, string | null>;
    builtin: Generated<boolean>;
    created_at: Generated<Date>;
  };
  indicator_category: { indicator_code: string; code: string; dimension: string; name_vi: string; name_en: string; parent_code: string | null; sort: number };
  figure_vintage: {
    id: Generated<string>;
    indicator_code: string;
    unit_id: string;
    province_code: string;
    period: string;
    period_year: number;
    category: string;
    base: FigureBase;
    version: number;
    value: Numeric;
    status: FigureStatus;
    source_kind: 'manual' | 'import' | 'api' | 'seed';
    source: ColumnType<Record<string, unknown> | null, string | null, string | null>;
    note: string | null;
    reason: string | null;
    import_id: string | null;
    recorded_at: ColumnType<Date, Date | string | undefined, never>;
    recorded_by: string | null;
  };
  /** Derived (trigger-kept): the newest vintage of each figure key. */
  figure_latest: {
    province_code: string;
    unit_id: string;
    period_year: number;
    indicator_code: string;
    period: string;
    category: string;
    base: FigureBase;
    version: number;
    value: Numeric;
    status: FigureStatus;
    recorded_at: ColumnType<Date, never, never>;
  };
  /** Derived (trigger-kept): a counter per province ('*' = catalogue) bumped by every write of indicator data. */
  indicator_data_version: { scope: string; version: ColumnType<string, never, never> };
  figure_import: {
    id: Generated<string>;
    file_name: string;
    sha256: string;
    kind: string;
    rows_total: number;
    rows_written: number;
    imported_by: string | null;
    imported_at: Generated<Date>;
  };
  plan_version: {
    id: Generated<string>;
    indicator_code: string;
    unit_id: string;
    province_code: string;
    year: number;
    category: string;
    version: number;
    value: Numeric;
    growth_percent: ColumnType<string | null, number | null, number | null>;
    basis: string | null;
    basis_date: string | null;
    recorded_at: ColumnType<Date, Date | string | undefined, never>;
    recorded_by: string | null;
  };
  scenario_version: {
    id: Generated<string>;
    indicator_code: string;
    unit_id: string;
    province_code: string;
    year: number;
    category: string;
    version: number;
    granularity: 'month' | 'quarter';
    values: Json<number[]>;
    recorded_at: ColumnType<Date, Date | string | undefined, never>;
    recorded_by: string | null;
  };
};
