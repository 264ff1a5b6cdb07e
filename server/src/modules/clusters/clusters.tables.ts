import type { ColumnType, Generated } from 'kysely';
import type { Stage } from './stages.rules';

type Numeric = ColumnType<string, number | string, number | string>;
type NullableNumeric = ColumnType<string | null, number | string | null, number | string | null>;
type Json<T> = ColumnType<T, string, string>;

/** Cluster types (Decree 32/2024). */
export type ClusterType = 'general' | 'specialised' | 'supporting' | 'high_tech' | 'eco' | 'craft_village';
/** Status of a tenant project. */
export type TenantStatus = 'investing' | 'operating' | 'stopped';
/** The Circular 14 forms. */
export type FormCode = '01' | '02' | '03' | '04';
/** Kinds of infrastructure item. */
export type InfrastructureKind = 'road' | 'power' | 'water' | 'drainage' | 'wastewater_plant' | 'solid_waste' | 'fire_safety' | 'other';
/** Construction status of an infrastructure item. */
export type InfrastructureStatus = 'planned' | 'under_construction' | 'operating';

/** Tables owned by the clusters module. */
export type ClustersTables = {
  cluster_stage_kind: { code: Stage; position: number; name_vi: string; name_en: string };
  cluster: {
    id: Generated<string>;
    code: string;
    province_code: string;
    commune_code: string;
    commune_name: string;
    name: string;
    type: ClusterType;
    planned_area_ha: Numeric;
    land_total_ha: NullableNumeric;
    land_industrial_ha: NullableNumeric;
    location: ColumnType<unknown, string | null, string | null>;
    notes: string | null;
    demo: Generated<boolean>;
    created_at: Generated<Date>;
    updated_at: Generated<Date>;
  };
  cluster_attachment: {
    id: string;
    cluster_id: string;
    province_code: string;
    file_name: string;
    media_type: string;
    size_bytes: number;
    sha256: string;
    title: string | null;
    uploaded_at: Generated<Date>;
    uploaded_by: string;
  };
  cluster_stage: {
    id: Generated<string>;
    cluster_id: string;
    province_code: string;
    stage: Stage;
    document_no: string;
    document_date: string;
    basis: string | null;
    attachment_id: string | null;
    corrects_id: string | null;
    recorded_at: Generated<Date>;
    recorded_by: string;
  };
  cluster_investor: {
    id: Generated<string>;
    cluster_id: string;
    province_code: string;
    enterprise_tax_code: string | null;
    selection_score: NullableNumeric;
    total_investment: NullableNumeric;
    disbursed_investment: NullableNumeric;
    /** Group scores of the selection council (migration 20261124_0300); null on facts recorded with a total only. */
    score_group_1: NullableNumeric;
    score_group_2: NullableNumeric;
    score_group_3: NullableNumeric;
    score_group_4: NullableNumeric;
    /** Owner's equity of the investor (tỷ đồng); null on older facts. */
    owner_equity: NullableNumeric;
    basis: string | null;
    recorded_at: Generated<Date>;
    recorded_by: string;
  };
  cluster_infrastructure: {
    id: Generated<string>;
    cluster_id: string;
    province_code: string;
    kind: InfrastructureKind;
    name: string;
    capacity: NullableNumeric;
    unit: string | null;
    status: InfrastructureStatus;
    meets_standard: boolean | null;
    notes: string | null;
    updated_at: Generated<Date>;
  };
  cluster_permit: {
    id: Generated<string>;
    cluster_id: string;
    province_code: string;
    kind: 'environmental_permit' | 'eia_decision' | 'other';
    document_no: string;
    issued_on: string;
    issued_by: string;
    valid_until: string | null;
    attachment_id: string | null;
    notes: string | null;
    recorded_at: Generated<Date>;
  };
  cluster_tenant: {
    id: Generated<string>;
    cluster_id: string;
    province_code: string;
    enterprise_tax_code: string;
    project_name: string;
    vsic: string | null;
    leased_area_ha: Numeric;
    registered_capital: Numeric;
    disbursed_capital: Numeric;
    foreign_invested: boolean;
    workers: number;
    status: TenantStatus;
    signed_on: string | null;
    operating_from: string | null;
    stopped_on: string | null;
    demo: Generated<boolean>;
    created_at: Generated<Date>;
    updated_at: Generated<Date>;
  };
  cluster_round: {
    id: Generated<string>;
    province_code: string;
    period: string;
    period_start: string;
    cut_off: string;
    due_01_02: string;
    due_03: string;
    due_04: string;
    demo: Generated<boolean>;
    created_at: Generated<Date>;
    created_by: string;
  };
  cluster_form_submission: {
    id: Generated<string>;
    round_id: string;
    province_code: string;
    form: FormCode;
    subject_id: string;
    version: number;
    items: Json<Record<string, number>>;
    late: boolean;
    source: 'reporter' | 'officer' | 'compiled';
    note: string | null;
    submitted_at: Generated<Date>;
    submitted_by: string;
    demo: Generated<boolean>;
  };
};
