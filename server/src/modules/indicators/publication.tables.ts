import type { ColumnType, Generated } from 'kysely';

/** Tables of month publication (công bố số liệu tháng): an append-only log of publish and unpublish actions. */
export type PublicationTables = {
  month_publication: {
    id: Generated<string>;
    province_code: string;
    unit_id: string;
    /** The month, 'YYYY-MM'. */
    period: string;
    period_year: number;
    action: 'publish' | 'unpublish';
    /** Why (required to unpublish; optional note when publishing). */
    reason: string | null;
    recorded_at: ColumnType<Date, Date | string | undefined, never>;
    recorded_by: string | null;
  };
};
