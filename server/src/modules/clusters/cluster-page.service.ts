import type { Db } from '../../database';
import type { Actor } from '../../core/access';
import * as repo from './clusters.repository';
import { getClusterSummary } from './clusters.service';
import { stageHistory } from './stages.service';
import { investorHistory } from './investors.service';
import { toInfrastructure, toPermit } from './infrastructure.service';
import { listAttachments } from './attachments.service';
import { listTenants } from './tenants.service';
import { expansionEligibility } from './expansion.rules';

/** Everything the cluster page shows: figures, stages, investor, land, infrastructure, permits, attachments, tenants, expansion eligibility. */
export async function getClusterPage(db: Db, actor: Actor, province: string, id: string) {
  const summary = await getClusterSummary(db, actor, province, id);
  const stages = await stageHistory(db, id);
  const investor = await investorHistory(db, id);
  const infrastructure = (await repo.listInfrastructure(db, id)).map(toInfrastructure);
  const permits = (await repo.listPermits(db, id)).map(toPermit);
  const attachments = await listAttachments(db, id);
  const tenants = await listTenants(db, id);
  return { ...summary, stages, investor, infrastructure, permits, attachments, tenants, expansion: expansionEligibility({ ...summary, infrastructure }) };
}
