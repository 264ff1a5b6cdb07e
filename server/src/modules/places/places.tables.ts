import type { Generated } from 'kysely';

/** Tables owned by the places module. */
export type PlacesTables = {
  admin_unit: {
    id: string;
    code: string;
    level: 'province' | 'commune';
    kind: string;
    name: string;
    name_en: string;
    province_code: string | null;
    valid_from: string;
    valid_to: string | null;
    created_at: Generated<Date>;
  };
  admin_unit_succession: { successor_id: string; predecessor_id: string };
};
