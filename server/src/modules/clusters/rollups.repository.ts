import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../database';
import type { ClusterType } from './clusters.tables';
import type { Stage } from './stages.rules';

/** Numeric text from either driver to a number (null stays null). */
export function num(value: string | number | null | undefined): number | null {
  return value === null || value === undefined ? null : Number(value);
}

/** Tenant projects counted on a day: signed by then (or undated) and not stopped by then. */
function activeTenant(asOf: string): RawBuilder<boolean> {
  return sql<boolean>`(t.signed_on is null or t.signed_on <= ${asOf}::date) and (t.stopped_on is null or t.stopped_on > ${asOf}::date)`;
}

/**
 * One row per cluster with its figures on a day, all computed in SQL: the latest stage in force, tenant roll-ups
 * (count, FDI, operating, leased land, workers, capital), occupancy = leased ÷ industrial × 100, and the investor in force.
 */
function clusterFigures(asOf: string, where: RawBuilder<boolean>) {
  return sql`
    with stage_reached as (
      select s.cluster_id, max(k.position) as position
      from cluster_stage s join cluster_stage_kind k on k.code = s.stage
      where s.document_date <= ${asOf}::date
        and not exists (select 1 from cluster_stage c where c.corrects_id = s.id)
      group by s.cluster_id
    ),
    tenant_sum as (
      select t.cluster_id,
        count(*) as tenant_count,
        count(*) filter (where t.foreign_invested) as fdi_count,
        count(*) filter (where t.operating_from is not null and t.operating_from <= ${asOf}::date) as operating_count,
        sum(t.leased_area_ha) as leased_ha,
        sum(t.workers) as workers,
        sum(t.registered_capital) as registered_capital,
        sum(t.disbursed_capital) as disbursed_capital
      from cluster_tenant t
      where ${activeTenant(asOf)}
      group by t.cluster_id
    ),
    investor as (
      select distinct on (i.cluster_id) i.cluster_id, i.enterprise_tax_code, i.selection_score, i.total_investment, i.disbursed_investment
      from cluster_investor i
      order by i.cluster_id, i.id desc
    )
    select c.id, c.code, c.name, c.province_code, c.commune_code, c.commune_name, c.type, c.demo,
      c.planned_area_ha, c.land_total_ha, c.land_industrial_ha,
      k.code as stage, coalesce(k.position, 0) as stage_position,
      coalesce(ts.tenant_count, 0) as tenant_count,
      coalesce(ts.fdi_count, 0) as fdi_count,
      coalesce(ts.operating_count, 0) as operating_count,
      coalesce(ts.leased_ha, 0) as leased_ha,
      coalesce(ts.workers, 0) as workers,
      coalesce(ts.registered_capital, 0) as registered_capital,
      coalesce(ts.disbursed_capital, 0) as disbursed_capital,
      case when c.land_industrial_ha > 0 then round(coalesce(ts.leased_ha, 0) / c.land_industrial_ha * 100, 2) end as occupancy_percent,
      inv.enterprise_tax_code as investor_tax_code, inv.selection_score, inv.total_investment, inv.disbursed_investment
    from cluster c
    left join stage_reached sr on sr.cluster_id = c.id
    left join cluster_stage_kind k on k.position = sr.position
    left join tenant_sum ts on ts.cluster_id = c.id
    left join investor inv on inv.cluster_id = c.id
    where ${where}`;
}

type FigureRow = {
  id: string;
  code: string;
  name: string;
  province_code: string;
  commune_code: string;
  commune_name: string;
  type: ClusterType;
  demo: boolean;
  planned_area_ha: string;
  land_total_ha: string | null;
  land_industrial_ha: string | null;
  stage: Stage | null;
  stage_position: number | string;
  tenant_count: string;
  fdi_count: string;
  operating_count: string;
  leased_ha: string;
  workers: string;
  registered_capital: string;
  disbursed_capital: string;
  occupancy_percent: string | null;
  investor_tax_code: string | null;
  selection_score: string | null;
  total_investment: string | null;
  disbursed_investment: string | null;
};

/** A cluster with its computed figures. */
export type ClusterFigures = ReturnType<typeof toFigures>;

function toFigures(r: FigureRow) {
  const industrial = num(r.land_industrial_ha);
  const leased = num(r.leased_ha) ?? 0;
  return {
    id: String(r.id),
    code: r.code,
    name: r.name,
    provinceCode: r.province_code,
    communeCode: r.commune_code,
    communeName: r.commune_name,
    type: r.type,
    demo: r.demo,
    plannedAreaHa: num(r.planned_area_ha) ?? 0,
    landTotalHa: num(r.land_total_ha),
    landIndustrialHa: industrial,
    leasedHa: leased,
    unleasedHa: industrial === null ? null : round(industrial - leased, 4),
    occupancyPercent: num(r.occupancy_percent),
    stage: r.stage,
    stagePosition: Number(r.stage_position),
    tenantCount: Number(r.tenant_count),
    fdiTenantCount: Number(r.fdi_count),
    operatingTenantCount: Number(r.operating_count),
    workers: Number(r.workers),
    registeredCapital: num(r.registered_capital) ?? 0,
    disbursedCapital: num(r.disbursed_capital) ?? 0,
    investor: r.investor_tax_code
      ? {
          taxCode: r.investor_tax_code,
          selectionScore: num(r.selection_score),
          totalInvestment: num(r.total_investment),
          disbursedInvestment: num(r.disbursed_investment),
        }
      : null,
  };
}

/** Rounds half away from zero to a number of decimals (display of computed areas). */
export function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round((value + Number.EPSILON) * f) / f;
}

/** Clusters with their figures on a day, restricted to provinces (null: all), a commune, or ids. */
export async function listClusterFigures(db: Db, f: { provinces: string[] | null; commune?: string; ids?: string[] }, asOf: string) {
  const conditions: RawBuilder<boolean>[] = [sql<boolean>`true`];
  if (f.provinces) conditions.push(sql<boolean>`c.province_code in (${sql.join(f.provinces.length ? f.provinces : ['--'])})`);
  if (f.commune) conditions.push(sql<boolean>`c.commune_code = ${f.commune}`);
  if (f.ids) conditions.push(sql<boolean>`c.id in (${sql.join(f.ids.length ? f.ids.map(Number) : [-1])})`);
  const query = sql<FigureRow>`${clusterFigures(asOf, sql.join(conditions, sql` and `) as RawBuilder<boolean>)} order by c.commune_name, c.name, c.id`;
  const { rows } = await query.execute(db);
  return rows.map(toFigures);
}

type ProvinceRow = Record<string, string | null> & { province_code: string };

/**
 * The province roll-up on a day, in SQL: clusters, operating clusters, land and occupancy (all clusters and operating
 * ones: ratios of sums, never averages of ratios), tenants, workers, capital and infrastructure investment.
 */
export async function provinceRollup(db: Db, provinceCode: string, asOf: string) {
  const { rows } = await sql<ProvinceRow>`
    with f as (${clusterFigures(asOf, sql<boolean>`c.province_code = ${provinceCode}`)})
    select ${provinceCode}::text as province_code,
      count(*) as clusters,
      count(*) filter (where stage_position = 6) as operating_clusters,
      coalesce(sum(planned_area_ha), 0) as planned_area_ha,
      coalesce(sum(land_industrial_ha), 0) as industrial_ha,
      coalesce(sum(leased_ha) filter (where land_industrial_ha > 0), 0) as leased_ha,
      round(sum(leased_ha) filter (where land_industrial_ha > 0) / nullif(sum(land_industrial_ha) filter (where land_industrial_ha > 0), 0) * 100, 2) as occupancy_percent,
      coalesce(sum(land_industrial_ha) filter (where stage_position = 6), 0) as operating_industrial_ha,
      coalesce(sum(leased_ha) filter (where stage_position = 6 and land_industrial_ha > 0), 0) as operating_leased_ha,
      round(sum(leased_ha) filter (where stage_position = 6 and land_industrial_ha > 0) / nullif(sum(land_industrial_ha) filter (where stage_position = 6 and land_industrial_ha > 0), 0) * 100, 2) as operating_occupancy_percent,
      coalesce(sum(tenant_count), 0) as tenant_count,
      coalesce(sum(fdi_count), 0) as fdi_tenant_count,
      coalesce(sum(operating_count), 0) as operating_tenant_count,
      coalesce(sum(workers), 0) as workers,
      coalesce(sum(registered_capital), 0) as registered_capital,
      coalesce(sum(disbursed_capital), 0) as disbursed_capital,
      coalesce(sum(total_investment), 0) as investment_total,
      coalesce(sum(disbursed_investment), 0) as investment_disbursed
    from f`.execute(db);
  const r = rows[0]!;
  const n = (k: string) => num(r[k]) ?? 0;
  return {
    provinceCode,
    asOf,
    clusters: n('clusters'),
    operatingClusters: n('operating_clusters'),
    plannedAreaHa: n('planned_area_ha'),
    industrialHa: n('industrial_ha'),
    leasedHa: n('leased_ha'),
    occupancyPercent: num(r.occupancy_percent),
    operatingIndustrialHa: n('operating_industrial_ha'),
    operatingLeasedHa: n('operating_leased_ha'),
    operatingOccupancyPercent: num(r.operating_occupancy_percent),
    tenantCount: n('tenant_count'),
    fdiTenantCount: n('fdi_tenant_count'),
    operatingTenantCount: n('operating_tenant_count'),
    workers: n('workers'),
    registeredCapital: n('registered_capital'),
    disbursedCapital: n('disbursed_capital'),
    investmentTotal: n('investment_total'),
    investmentDisbursed: n('investment_disbursed'),
  };
}
