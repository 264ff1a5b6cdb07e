import { sqlMigration } from '../../../db/sql-migration';

/**
 * The investor-selection council's four group scores (Decree 32/2024: groups weighted 15 / 15 / 30 / 40) and the
 * investor's owner's equity, as nullable columns: facts recorded before keep only their total `selection_score` and
 * are never rewritten (the table is append-only). When the groups are recorded, the total is their sum.
 */
export default sqlMigration(
  [
    `alter table cluster_investor
      add column score_group_1 numeric(5, 2) check (score_group_1 between 0 and 15),
      add column score_group_2 numeric(5, 2) check (score_group_2 between 0 and 15),
      add column score_group_3 numeric(5, 2) check (score_group_3 between 0 and 30),
      add column score_group_4 numeric(5, 2) check (score_group_4 between 0 and 40),
      add column owner_equity numeric(18, 3) check (owner_equity >= 0)`,
    `alter table cluster_investor add constraint cluster_investor_groups_sum check (
      (score_group_1 is null and score_group_2 is null and score_group_3 is null and score_group_4 is null)
      or (score_group_1 is not null and score_group_2 is not null and score_group_3 is not null and score_group_4 is not null
        and selection_score = score_group_1 + score_group_2 + score_group_3 + score_group_4)
    )`,
    `alter table cluster_investor add constraint cluster_investor_withdrawal_no_selection check (
      enterprise_tax_code is not null or (score_group_1 is null and owner_equity is null)
    )`,
  ],
  [
    `alter table cluster_investor drop constraint cluster_investor_withdrawal_no_selection,
      drop constraint cluster_investor_groups_sum,
      drop column owner_equity, drop column score_group_4, drop column score_group_3, drop column score_group_2, drop column score_group_1`,
  ],
);
