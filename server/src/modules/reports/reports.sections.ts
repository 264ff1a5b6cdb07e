import type { Db } from '../../database';
import type { Actor } from '../../core/access';
import { AppError } from '../../core/errors';
import { recordAudit } from '../audit';
import { currentProvinceCodes, resolveUnit } from '../places';
import { OFFICER_KEYS, type OfficerSections } from './content/types';
import { parseReportMonth } from './content/collect';
import * as repo from './reports.repository';

/** A unit's month resolved to the keys the report tables use. */
export type ReportKey = repo.UnitMonth & { orgunit: string };

/** Resolves an orgunit reference and month to the storage key (the current province holding the unit). */
export async function reportKey(db: Db, orgunit: string, period: string): Promise<ReportKey> {
  parseReportMonth(period);
  const unit = await resolveUnit(db, orgunit);
  if (unit.level !== 'province')
    throw new AppError('validation_failed', 'The monthly sector report is written for a province', {
      fields: [{ path: 'orgunit', message: 'a province code' }],
    });
  const [provinceCode] = await currentProvinceCodes(db, [orgunit]);
  return { orgunit, unitId: unit.id, provinceCode: provinceCode ?? unit.code, period };
}

/** The officer's sections as the API returns them. */
export type SectionsResponse = OfficerSections & {
  orgunit: string;
  period: string;
  lang: 'vi' | 'en';
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
};

const EMPTY: OfficerSections = { difficulties: '', causes: '', tasks: '', recommendations: '' };

/** The stored sections of a unit's month in a language (empty, version 0, before the first save). */
export async function getSections(db: Db, key: ReportKey, lang: 'vi' | 'en'): Promise<SectionsResponse> {
  const row = await repo.findSections(db, { ...key, lang });
  const texts = row ? { difficulties: row.difficulties, causes: row.causes, tasks: row.tasks, recommendations: row.recommendations } : EMPTY;
  return {
    orgunit: key.orgunit,
    period: key.period,
    lang,
    ...texts,
    version: row?.version ?? 0,
    updatedAt: row ? new Date(row.updated_at).toISOString() : null,
    updatedBy: row?.updated_by_name ?? null,
  };
}

/** The texts a report in `lang` uses: its own, and for an English report the Vietnamese text of any section not yet translated. */
export async function sectionsForReport(db: Db, key: ReportKey, lang: 'vi' | 'en'): Promise<{ texts: OfficerSections; version: number }> {
  const own = await getSections(db, key, lang);
  if (lang === 'vi') return { texts: pick(own), version: own.version };
  const vi = await getSections(db, key, 'vi');
  const texts = Object.fromEntries(OFFICER_KEYS.map((k) => [k, own[k].trim() ? own[k] : vi[k]])) as OfficerSections;
  return { texts, version: own.version };
}

const pick = (s: OfficerSections): OfficerSections => ({ difficulties: s.difficulties, causes: s.causes, tasks: s.tasks, recommendations: s.recommendations });

/** What an officer sends: the sections to replace and the version they saw. */
export type SectionsWrite = Partial<OfficerSections> & { lang: 'vi' | 'en'; expectedVersion?: number };

/**
 * Saves the officer's sections (audited). Fields not given stay; a write based on a stale version is
 * refused with a conflict; the same texts again change nothing.
 */
export async function saveSections(
  db: Db,
  actor: Pick<Actor, 'userId' | 'username' | 'displayName'>,
  key: ReportKey,
  w: SectionsWrite,
): Promise<SectionsResponse> {
  const current = await getSections(db, key, w.lang);
  if (w.expectedVersion !== undefined && w.expectedVersion !== current.version) {
    throw new AppError('conflict', 'Someone saved these sections after you opened them; reload and try again', { currentVersion: current.version });
  }
  const next: OfficerSections = Object.fromEntries(OFFICER_KEYS.map((k) => [k, w[k] ?? current[k]])) as OfficerSections;
  if (OFFICER_KEYS.every((k) => next[k] === current[k])) return current;
  const version = current.version + 1;
  const written = await repo.writeSections(db, {
    province_code: key.provinceCode,
    unit_id: key.unitId,
    period: key.period,
    lang: w.lang,
    ...next,
    version,
    updated_by: actor.userId,
    updated_by_name: actor.displayName,
  });
  if (!written) throw new AppError('conflict', 'Someone saved these sections at the same moment; reload and try again', { currentVersion: version });
  await recordAudit(db, actor, {
    entity: 'report_section',
    entityId: `${key.unitId}|${key.period}|${w.lang}`,
    action: current.version ? 'update' : 'create',
    provinceCode: key.provinceCode,
    before: current.version ? pick(current) : null,
    after: { ...next, version },
  });
  return getSections(db, key, w.lang);
}
