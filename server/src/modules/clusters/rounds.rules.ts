/** A reporting round's dates (Circular 14/2024): data from 15 Dec of the previous year to the cut-off. */
export type RoundDates = { period: string; kind: 'half' | 'year'; periodStart: string; cutOff: string; due0102: string; due03: string; due04: string };

/** The dates of a round: 'YYYY-H1' (cut-off 14 Jun; due 20, 25, 30 Jun) or 'YYYY' (cut-off 14 Dec; due 20, 25, 31 Dec). */
export function roundDates(period: string): RoundDates {
  const match = /^(\d{4})(-H1)?$/.exec(period);
  if (!match) throw new Error(`Invalid round period ${period}`);
  const year = Number(match[1]);
  const periodStart = `${year - 1}-12-15`;
  return match[2]
    ? { period, kind: 'half', periodStart, cutOff: `${year}-06-14`, due0102: `${year}-06-20`, due03: `${year}-06-25`, due04: `${year}-06-30` }
    : { period, kind: 'year', periodStart, cutOff: `${year}-12-14`, due0102: `${year}-12-20`, due03: `${year}-12-25`, due04: `${year}-12-31` };
}

/** The round in progress on a day: the half-year round until 30 Jun, then the year round. */
export function roundInProgress(day: string): string {
  const year = day.slice(0, 4);
  return day.slice(5) <= '06-30' ? `${year}-H1` : year;
}

/** The round before a round (2026 → 2026-H1 → 2025). */
export function previousRound(period: string): string {
  return period.endsWith('-H1') ? String(Number(period.slice(0, 4)) - 1) : `${period}-H1`;
}

/** Where a form stands against its deadline. */
export type DueStatus = 'submitted' | 'submitted_late' | 'due' | 'overdue';

/** A form's status on a day: submitted (on time or late), or not yet: due until its deadline, overdue after. */
export function dueStatus(deadline: string, day: string, submission: { late: boolean } | null): DueStatus {
  if (submission) return submission.late ? 'submitted_late' : 'submitted';
  return day <= deadline ? 'due' : 'overdue';
}

/** The day (UTC+7, the officials' calendar) of an instant. */
export function dayInVietnam(at: Date): string {
  return new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
