/** clusters: industrial clusters (cụm công nghiệp), their stages, investor, land, infrastructure, tenants, attachments, and the Circular 14/2024 reporting chain. */
import { clusterRoutes } from './clusters.routes';
import { tenantRoutes } from './tenants.routes';
import { formRoutes } from './forms.routes';
export type { ClustersTables } from './clusters.tables';
export type { ClusterIndicators } from './indicators.feed';
export { clusterIndicators } from './indicators.feed';
export { listClusters, summariseProvince } from './clusters.service';
export { STAGES, type Stage } from './stages.rules';
export { seedClustersDemo, DEMO_INVESTOR_CLUSTER_CODE } from './clusters.demo';
export { attachmentBodyLimit, ATTACHMENT_UPLOAD_PATH } from './attachments.middleware';
/** Routes of the clusters module. */
export const clustersRoutes = [...clusterRoutes, ...tenantRoutes, ...formRoutes];
import m0300 from './migrations/20261123_0300_clusters_cluster';
import m0301 from './migrations/20261123_0301_clusters_investor_infrastructure';
import m0302 from './migrations/20261123_0302_clusters_tenant';
import m0303 from './migrations/20261123_0303_clusters_reporting';
import m0400 from './migrations/20261124_0300_clusters_investor_selection';
/** Migrations of the module, by name. */
export const clustersMigrations = {
  '20261123_0300_clusters_cluster': m0300,
  '20261123_0301_clusters_investor_infrastructure': m0301,
  '20261123_0302_clusters_tenant': m0302,
  '20261123_0303_clusters_reporting': m0303,
  '20261124_0300_clusters_investor_selection': m0400,
};
