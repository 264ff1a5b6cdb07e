import type { Generated } from 'kysely';

/** Ownership types of an enterprise. */
export type Ownership = 'state' | 'private' | 'fdi' | 'cooperative' | 'household';
/** Registration status of an enterprise. */
export type EnterpriseStatus = 'active' | 'suspended' | 'dissolved';

/** Tables owned by the enterprises module. */
export type EnterprisesTables = {
  enterprise: {
    tax_code: string;
    name: string;
    vsic: string | null;
    ownership: Ownership;
    address: string | null;
    commune_code: string | null;
    province_code: string;
    contact_name: string | null;
    phone: string | null;
    email: string | null;
    status: Generated<EnterpriseStatus>;
    search_text: string;
    demo: Generated<boolean>;
    created_at: Generated<Date>;
    updated_at: Generated<Date>;
  };
};
