import { z } from 'zod';
import { defineRoute } from '../../core/route';
import { EDITORS, READERS } from '../../core/access';
import type { AppDeps } from '../../app.types';
import * as clusters from './clusters.service';
import { getClusterPage } from './cluster-page.service';
import { appendStage } from './stages.service';
import { setInvestor, withdrawInvestor } from './investors.service';
import { addInfrastructure, addPermit, removeInfrastructure, updateInfrastructure } from './infrastructure.service';
import {
  appendStageSchema,
  asOfQuerySchema,
  clusterIdSchema,
  createClusterSchema,
  infrastructureSchema,
  landSchema,
  listClustersQuerySchema,
  permitSchema,
  provinceSchema,
  setInvestorSchema,
  updateClusterSchema,
  withdrawInvestorSchema,
} from './clusters.schemas';

type ProvinceParams = { province: string };
type ClusterParams = { province: string; clusterId: string };
type ItemParams = ClusterParams & { itemId: string };

/** Path parameters of a cluster: the province in the path is what the scope rule checks (see README). */
export const clusterParams = z.object({ province: provinceSchema, clusterId: clusterIdSchema });
/** The access rule of a province's cluster routes: the province in the path must be in the actor's scope. */
export const byProvince = (input: { params: ProvinceParams }) => [input.params.province];
/** An id no cluster has: matrix examples reach the handler and get 404. */
export const NO_CLUSTER = '999999999';

const tags = ['clusters'];

/** Registry routes of the clusters module (list, roll-up, cluster page and its commands). */
export const clusterRoutes = [
  defineRoute<AppDeps>({
    method: 'get',
    path: '/api/clusters/mine',
    summary: "The cluster an investor's reporter account reports for (id, code, name, province)",
    tags,
    access: { roles: ['reporter'], scope: 'self' },
    example: () => ({}),
    handler: ({ deps, actor }) => clusters.findReporterCluster(deps.db, actor!),
  }),
  defineRoute<AppDeps, unknown, z.infer<typeof listClustersQuerySchema>>({
    method: 'get',
    path: '/api/clusters',
    summary: 'Lists clusters with occupancy, tenants, workers and the latest stage; filters commune, stage, occupancy band',
    tags,
    access: { roles: READERS, scope: (input) => (input.query.orgunit ? [input.query.orgunit] : []) },
    query: listClustersQuerySchema,
    example: (p) => ({ query: { orgunit: p } }),
    handler: ({ deps, actor, input }) => clusters.listClusters(deps.db, actor!, input.query),
  }),
  defineRoute<AppDeps, unknown, { orgunit: string; asOf?: string | undefined }>({
    method: 'get',
    path: '/api/clusters/summary',
    summary: "Roll-up of a province's clusters: occupancy, tenants, workers, capital and investment, computed in SQL",
    tags,
    access: { roles: READERS, scope: (input) => [input.query.orgunit] },
    query: asOfQuerySchema.extend({ orgunit: provinceSchema }),
    example: (p) => ({ query: { orgunit: p } }),
    handler: ({ deps, input }) => clusters.summariseProvince(deps.db, input.query.orgunit, input.query.asOf),
  }),
  defineRoute<AppDeps, ProvinceParams, unknown, z.infer<typeof createClusterSchema>>({
    method: 'post',
    path: '/api/provinces/:province/clusters',
    summary: 'Registers a cluster in a province',
    tags,
    access: { roles: EDITORS, scope: byProvince },
    params: z.object({ province: provinceSchema }),
    body: createClusterSchema,
    example: (p) => ({
      params: { province: p },
      body: { name: 'Cụm công nghiệp Thử nghiệm', communeCode: '99001', communeName: 'Xã Thử nghiệm', type: 'general', plannedAreaHa: 50 },
    }),
    handler: ({ deps, actor, input }) => clusters.createCluster(deps.db, actor!, input.params.province, input.body),
  }),
  defineRoute<AppDeps, ClusterParams>({
    method: 'get',
    path: '/api/provinces/:province/clusters/:clusterId',
    summary: 'The cluster page: figures, stages, investor, land, infrastructure, permits, attachments, tenants (a reporter: its own cluster)',
    tags,
    access: { roles: [...READERS, 'reporter'], scope: byProvince },
    params: clusterParams,
    example: (p) => ({ params: { province: p, clusterId: NO_CLUSTER } }),
    handler: ({ deps, actor, input }) => getClusterPage(deps.db, actor!, input.params.province, input.params.clusterId),
  }),
  defineRoute<AppDeps, ClusterParams, unknown, z.infer<typeof updateClusterSchema>>({
    method: 'put',
    path: '/api/provinces/:province/clusters/:clusterId',
    summary: "Changes a cluster's name, commune, type, planned area, location or notes",
    tags,
    access: { roles: EDITORS, scope: byProvince },
    params: clusterParams,
    body: updateClusterSchema,
    example: (p) => ({ params: { province: p, clusterId: NO_CLUSTER }, body: { notes: 'Ghi chú' } }),
    handler: ({ deps, actor, input }) => clusters.updateCluster(deps.db, actor!, input.params.province, input.params.clusterId, input.body),
  }),
  defineRoute<AppDeps, ClusterParams, unknown, z.infer<typeof appendStageSchema>>({
    method: 'post',
    path: '/api/provinces/:province/clusters/:clusterId/stages',
    summary: 'Appends a legal-stage fact (or a correction of one); a stage before its predecessor is a conflict',
    tags,
    access: { roles: EDITORS, scope: byProvince },
    params: clusterParams,
    body: appendStageSchema,
    example: (p) => ({ params: { province: p, clusterId: NO_CLUSTER }, body: { stage: 'in_plan', documentNo: '1/QĐ-UBND', documentDate: '2024-01-15' } }),
    handler: ({ deps, actor, input }) => appendStage(deps.db, actor!, input.params.province, input.params.clusterId, input.body),
  }),
  defineRoute<AppDeps, ClusterParams, unknown, z.infer<typeof setInvestorSchema>>({
    method: 'put',
    path: '/api/provinces/:province/clusters/:clusterId/investor',
    summary:
      "Records the infrastructure investor: the council's four group scores (15/15/30/40, total computed, pass mark 50), owner's equity (≥ 15 % of the investment) and investment",
    tags,
    access: { roles: EDITORS, scope: byProvince },
    params: clusterParams,
    body: setInvestorSchema,
    example: (p) => ({
      params: { province: p, clusterId: NO_CLUSTER },
      body: {
        taxCode: '0300588569',
        groupScores: { group1: 12, group2: 11, group3: 22, group4: 27 },
        ownerEquity: 30,
        totalInvestment: 120,
        disbursedInvestment: 30,
      },
    }),
    handler: ({ deps, actor, input }) => setInvestor(deps.db, actor!, input.params.province, input.params.clusterId, input.body),
  }),
  defineRoute<AppDeps, ClusterParams, unknown, z.infer<typeof withdrawInvestorSchema>>({
    method: 'post',
    path: '/api/provinces/:province/clusters/:clusterId/investor/withdraw',
    summary: 'Records that the investor withdrew: the cluster stays, without an investor',
    tags,
    access: { roles: EDITORS, scope: byProvince },
    params: clusterParams,
    body: withdrawInvestorSchema,
    example: (p) => ({ params: { province: p, clusterId: NO_CLUSTER }, body: { basis: 'QĐ thu hồi số 1/QĐ-UBND' } }),
    handler: ({ deps, actor, input }) => withdrawInvestor(deps.db, actor!, input.params.province, input.params.clusterId, input.body.basis),
  }),
  defineRoute<AppDeps, ClusterParams, unknown, z.infer<typeof landSchema>>({
    method: 'put',
    path: '/api/provinces/:province/clusters/:clusterId/land',
    summary: 'Sets total and industrial land; leased land is the tenants’ sum and occupancy is computed',
    tags,
    access: { roles: EDITORS, scope: byProvince },
    params: clusterParams,
    body: landSchema,
    example: (p) => ({ params: { province: p, clusterId: NO_CLUSTER }, body: { totalHa: 50, industrialHa: 38 } }),
    handler: ({ deps, actor, input }) => clusters.setLand(deps.db, actor!, input.params.province, input.params.clusterId, input.body),
  }),
  defineRoute<AppDeps, ClusterParams, unknown, z.infer<typeof infrastructureSchema>>({
    method: 'post',
    path: '/api/provinces/:province/clusters/:clusterId/infrastructure',
    summary: 'Adds an infrastructure item (road, power, water, central wastewater plant with capacity m³/day …)',
    tags,
    access: { roles: EDITORS, scope: byProvince },
    params: clusterParams,
    body: infrastructureSchema,
    example: (p) => ({
      params: { province: p, clusterId: NO_CLUSTER },
      body: { kind: 'wastewater_plant', name: 'Trạm XLNT tập trung', capacity: 1500, status: 'operating', meetsStandard: true },
    }),
    handler: ({ deps, actor, input }) => addInfrastructure(deps.db, actor!, input.params.province, input.params.clusterId, input.body),
  }),
  defineRoute<AppDeps, ItemParams, unknown, z.infer<typeof infrastructureSchema>>({
    method: 'put',
    path: '/api/provinces/:province/clusters/:clusterId/infrastructure/:itemId',
    summary: 'Changes an infrastructure item',
    tags,
    access: { roles: EDITORS, scope: byProvince },
    params: clusterParams.extend({ itemId: clusterIdSchema }),
    body: infrastructureSchema,
    example: (p) => ({
      params: { province: p, clusterId: NO_CLUSTER, itemId: '1' },
      body: { kind: 'road', name: 'Đường trục chính', capacity: 2.4, unit: 'km', status: 'operating' },
    }),
    handler: ({ deps, actor, input }) => updateInfrastructure(deps.db, actor!, input.params.province, input.params.clusterId, input.params.itemId, input.body),
  }),
  defineRoute<AppDeps, ItemParams>({
    method: 'delete',
    path: '/api/provinces/:province/clusters/:clusterId/infrastructure/:itemId',
    summary: 'Removes an infrastructure item entered by mistake',
    tags,
    access: { roles: EDITORS, scope: byProvince },
    params: clusterParams.extend({ itemId: clusterIdSchema }),
    example: (p) => ({ params: { province: p, clusterId: NO_CLUSTER, itemId: '1' } }),
    handler: ({ deps, actor, input }) => removeInfrastructure(deps.db, actor!, input.params.province, input.params.clusterId, input.params.itemId),
  }),
  defineRoute<AppDeps, ClusterParams, unknown, z.infer<typeof permitSchema>>({
    method: 'post',
    path: '/api/provinces/:province/clusters/:clusterId/permits',
    summary: 'Records an environmental permit (or EIA decision) of a cluster',
    tags,
    access: { roles: EDITORS, scope: byProvince },
    params: clusterParams,
    body: permitSchema,
    example: (p) => ({
      params: { province: p, clusterId: NO_CLUSTER },
      body: { kind: 'environmental_permit', documentNo: '12/GPMT-UBND', issuedOn: '2025-03-01', issuedBy: 'UBND tỉnh' },
    }),
    handler: ({ deps, actor, input }) => addPermit(deps.db, actor!, input.params.province, input.params.clusterId, input.body),
  }),
];
