import type { ColumnType, Generated } from 'kysely';

type Json<T> = ColumnType<T, string, string>;

/** Tables owned by the reports module. */
export type ReportsTables = {
  /** A generated report as issued: its figures (with vintages and cut-off) and its text, never changed. */
  report_version: {
    id: Generated<string>;
    province_code: string;
    unit_id: string;
    orgunit: string;
    period: string;
    lang: 'vi' | 'en';
    generated_at: Generated<Date>;
    generated_by: string | null;
    generated_by_name: string | null;
    as_of: Date | null;
    cutoff: Date;
    content: Json<unknown>;
  };
  /** The officer's sections of the monthly report, per unit, month and language; kept across regenerations. */
  report_section: {
    province_code: string;
    unit_id: string;
    period: string;
    lang: 'vi' | 'en';
    difficulties: string;
    causes: string;
    tasks: string;
    recommendations: string;
    version: number;
    updated_at: Generated<Date>;
    updated_by: string | null;
    updated_by_name: string | null;
  };
};
