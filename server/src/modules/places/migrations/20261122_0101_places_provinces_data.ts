import { sql, type Kysely, type Migration } from 'kysely';
import { provinceRows } from '../places.data';

/** Loads the 63 provinces before 1 July 2025, the 34 after, and the crosswalk, from data/provinces.json. */
const migration: Migration = {
  async up(db: Kysely<any>) {
    const { units, successions } = provinceRows();
    await db.insertInto('admin_unit').values(units).execute();
    await db.insertInto('admin_unit_succession').values(successions).execute();
  },
  async down(db: Kysely<any>) {
    await sql`delete from admin_unit_succession`.execute(db);
    await sql`delete from admin_unit where level = 'province'`.execute(db);
  },
};
export default migration;
