import { sql, type Kysely, type Migration } from 'kysely';
import { BUILTIN_CATEGORIES, BUILTIN_INDICATORS } from '../indicators.catalogue';

/** Loads the built-in catalogue (domain.md) and its categories. */
const migration: Migration = {
  async up(db: Kysely<any>) {
    await db
      .insertInto('indicator')
      .values(
        BUILTIN_INDICATORS.map((i) => ({
          code: i.code,
          name_vi: i.nameVi,
          name_en: i.nameEn,
          unit_vi: i.unitVi,
          unit_en: i.unitEn,
          kind: i.kind,
          decimals: i.decimals,
          formula: i.formula ? JSON.stringify(i.formula) : null,
          builtin: true,
        })),
      )
      .execute();
    await db
      .insertInto('indicator_category')
      .values(
        BUILTIN_CATEGORIES.map((c) => ({
          indicator_code: c.indicator,
          code: c.code,
          dimension: c.dimension,
          name_vi: c.nameVi,
          name_en: c.nameEn,
          parent_code: c.parent,
          sort: c.sort,
        })),
      )
      .execute();
  },
  async down(db: Kysely<any>) {
    await sql`delete from indicator_category`.execute(db);
    await sql`delete from indicator where builtin`.execute(db);
  },
};
export default migration;
