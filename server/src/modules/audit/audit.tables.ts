import type { ColumnType, Generated } from 'kysely';

type Json = ColumnType<unknown, string | null, string | null>;

/** Tables owned by the audit module. */
export type AuditTables = {
  audit_log: {
    id: Generated<string>;
    at: Generated<Date>;
    user_id: string | null;
    username: string | null;
    entity: string;
    entity_id: string;
    action: string;
    province_code: string | null;
    before: Json;
    after: Json;
  };
};
