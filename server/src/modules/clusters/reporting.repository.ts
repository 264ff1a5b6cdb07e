import { sql, type Insertable } from 'kysely';
import type { Db } from '../../database';
import type { ClustersTables, FormCode } from './clusters.tables';

/** A round of a province by period, optionally locked for the transaction. */
export function findRound(db: Db, provinceCode: string, period: string, opts: { forUpdate?: boolean } = {}) {
  let q = db.selectFrom('cluster_round').selectAll().where('province_code', '=', provinceCode).where('period', '=', period);
  if (opts.forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

/** Rounds of a province, newest first. */
export function listRounds(db: Db, provinceCode: string) {
  return db.selectFrom('cluster_round').selectAll().where('province_code', '=', provinceCode).orderBy('cut_off', 'desc').execute();
}

/** Inserts a round and returns its id. */
export async function insertRound(db: Db, row: Insertable<ClustersTables['cluster_round']>) {
  const { id } = await db.insertInto('cluster_round').values(row).returning('id').executeTakeFirstOrThrow();
  return String(id);
}

const submissionColumns = [
  'id',
  'round_id',
  'form',
  'subject_id',
  'version',
  'items',
  'late',
  'source',
  'note',
  'submitted_at',
  'submitted_by',
  'demo',
] as const;

/** Every version of one subject's form in a round, oldest first. */
export function listVersions(db: Db, roundId: string, form: FormCode, subjectId: string) {
  return db
    .selectFrom('cluster_form_submission')
    .select(submissionColumns)
    .where('round_id', '=', roundId)
    .where('form', '=', form)
    .where('subject_id', '=', subjectId)
    .orderBy('version')
    .execute();
}

/** The latest version of each subject's form in a round. */
export function latestSubmissions(db: Db, roundId: string, form: FormCode) {
  return db
    .selectFrom('cluster_form_submission')
    .select(submissionColumns)
    .distinctOn('subject_id')
    .where('round_id', '=', roundId)
    .where('form', '=', form)
    .orderBy('subject_id')
    .orderBy('version', 'desc')
    .execute();
}

/** The latest version of a subject's form in the province's rounds cut off before a day (the last round's figures). */
export function latestBefore(db: Db, provinceCode: string, form: FormCode, subjectId: string, beforeDay: string) {
  return db
    .selectFrom('cluster_form_submission as s')
    .innerJoin('cluster_round as r', 'r.id', 's.round_id')
    .select(['s.items', 's.version', 'r.period'])
    .where('r.province_code', '=', provinceCode)
    .where('r.cut_off', '<', beforeDay)
    .where('s.form', '=', form)
    .where('s.subject_id', '=', subjectId)
    .orderBy('r.cut_off', 'desc')
    .orderBy('s.version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Appends a version of a form (the next number for its subject) and returns it. */
export async function appendSubmission(db: Db, row: Omit<Insertable<ClustersTables['cluster_form_submission']>, 'version'>) {
  const { max } = await db
    .selectFrom('cluster_form_submission')
    .select(sql<number | null>`max(version)`.as('max'))
    .where('round_id', '=', row.round_id)
    .where('form', '=', row.form)
    .where('subject_id', '=', row.subject_id)
    .executeTakeFirstOrThrow();
  const version = Number(max ?? 0) + 1;
  return db
    .insertInto('cluster_form_submission')
    .values({ ...row, version })
    .returning(submissionColumns)
    .executeTakeFirstOrThrow();
}

/** Every version submitted in a round (without values), oldest first: for the board. */
export function listRoundSubmissions(db: Db, roundId: string) {
  return db
    .selectFrom('cluster_form_submission')
    .select(['form', 'subject_id', 'version', 'late', 'submitted_at', 'submitted_by'])
    .where('round_id', '=', roundId)
    .orderBy('form')
    .orderBy('subject_id')
    .orderBy('version')
    .execute();
}
