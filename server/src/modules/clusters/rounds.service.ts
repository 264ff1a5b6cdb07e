import type { Db } from '../../database';
import { AppError } from '../../core/errors';
import { recordAudit } from '../audit';
import { today } from '../places';
import * as repo from './reporting.repository';
import { roundDates, roundInProgress } from './rounds.rules';
import type { FormCode } from './clusters.tables';
import { type Writer, writerName } from './clusters.service';

type RoundRow = NonNullable<Awaited<ReturnType<typeof repo.findRound>>>;

/** Shapes a round. */
export function toRound(r: RoundRow) {
  return {
    id: String(r.id),
    provinceCode: r.province_code,
    period: r.period,
    kind: r.period.endsWith('-H1') ? 'half' : 'year',
    periodStart: r.period_start,
    cutOff: r.cut_off,
    deadlines: { '01': r.due_01_02, '02': r.due_01_02, '03': r.due_03, '04': r.due_04 },
    demo: r.demo,
  };
}

/** A round as the services use it. */
export type Round = ReturnType<typeof toRound>;

/** The deadline of a form in a round. */
export function deadlineOf(round: Round, form: FormCode): string {
  return round.deadlines[form];
}

/** A round of a province, or 404. */
export async function getRound(db: Db, province: string, period: string, opts: { forUpdate?: boolean } = {}): Promise<Round> {
  const row = await repo.findRound(db, province, period, opts);
  if (!row) throw new AppError('not_found', `No reporting round ${period} in province ${province}`);
  return toRound(row);
}

/** The rounds of a province, newest first, and the period in progress today. */
export async function listRounds(db: Db, province: string, day = today()) {
  const items = (await repo.listRounds(db, province)).map(toRound);
  return { items, total: items.length, inProgress: roundInProgress(day) };
}

/** Opens a round for a province (audited); its dates follow the circular. */
export async function createRound(db: Db, actor: Writer, province: string, period: string, opts: { demo?: boolean } = {}) {
  const dates = roundDates(period);
  return db.transaction().execute(async (trx) => {
    if (await repo.findRound(trx, province, period)) throw new AppError('conflict', `Round ${period} already exists in province ${province}`);
    const id = await repo.insertRound(trx, {
      province_code: province,
      period,
      period_start: dates.periodStart,
      cut_off: dates.cutOff,
      due_01_02: dates.due0102,
      due_03: dates.due03,
      due_04: dates.due04,
      created_by: writerName(actor),
      demo: opts.demo ?? false,
    });
    const round = await getRound(trx, province, period);
    await recordAudit(trx, actor, { entity: 'cluster_round', entityId: id, action: 'create', provinceCode: province, before: null, after: round });
    return round;
  });
}
