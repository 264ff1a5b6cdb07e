import type { ColumnType, Generated } from 'kysely';
import type { Role } from '../../core/access';

/** Tables owned by the accounts module. */
export type AccountsTables = {
  user_account: {
    id: Generated<string>;
    username: string;
    display_name: string;
    password_hash: string;
    role: Role;
    scope: ColumnType<string[], string[], string[]>;
    reporter_kind: 'enterprise' | 'cluster' | null;
    reporter_id: string | null;
    language: Generated<'vi' | 'en'>;
    active: Generated<boolean>;
    demo: Generated<boolean>;
    created_at: Generated<Date>;
    updated_at: Generated<Date>;
  };
  user_session: { id: string; user_id: string; csrf_token: string; created_at: Generated<Date>; expires_at: Date };
  login_attempt: { id: Generated<string>; username: string; ip: string | null; succeeded: boolean; at: Generated<Date> };
};
