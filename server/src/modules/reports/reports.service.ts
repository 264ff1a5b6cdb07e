import type { Db } from '../../database';
import type { Actor } from '../../core/access';
import { AppError } from '../../core/errors';
import { recordAudit } from '../audit';
import { collectReportData } from './content/collect';
import { composeReport } from './content/compose';
import type { OfficerSections, ReportData, ReportDocument } from './content/types';
import * as repo from './reports.repository';
import { reportKey, sectionsForReport, type ReportKey } from './reports.sections';
import { figureChanges, type FigureChange } from './reports.versions';

/** A stored version as listed. */
export type VersionSummary = {
  id: string;
  orgunit: string;
  period: string;
  lang: 'vi' | 'en';
  generatedAt: string;
  generatedBy: string | null;
  asOf: string | null;
  cutoff: string;
};

/** A report ready to show or render: its figures, its text, where it came from, and whether newer figures exist. */
export type MonthlyReport = {
  data: ReportData;
  document: ReportDocument;
  officer: OfficerSections;
  sectionsVersion: number;
  generatedAt: string;
  version: VersionSummary | null;
  newerFiguresExist: boolean;
  changes: FigureChange[];
};

/** What a stored version keeps: the figures of its moment, the officer's texts then, and the text as issued. */
type StoredContent = { data: ReportData; officer: OfficerSections; sectionsVersion: number; document: ReportDocument };

async function freshChanges(db: Db, data: ReportData): Promise<FigureChange[]> {
  const fresh = await collectReportData(db, { orgunit: data.orgunit, period: data.period });
  return figureChanges(data, fresh);
}

/**
 * Generates the monthly report from the figures of a moment (now, or `asOf`), with the officer's stored
 * sections. A report as of an earlier time says whether the figures have changed since.
 */
export async function generateMonthlyReport(
  db: Db,
  q: { orgunit: string; period: string; lang: 'vi' | 'en'; asOf?: Date | null; now?: Date },
): Promise<MonthlyReport> {
  const key = await reportKey(db, q.orgunit, q.period);
  const now = q.now ?? new Date();
  const data = await collectReportData(db, { orgunit: q.orgunit, period: q.period, asOf: q.asOf ?? null, now });
  const sections = await sectionsForReport(db, key, q.lang);
  const changes = q.asOf ? await freshChanges(db, data) : [];
  return {
    data,
    document: composeReport(data, sections.texts, q.lang),
    officer: sections.texts,
    sectionsVersion: sections.version,
    generatedAt: now.toISOString(),
    version: null,
    newerFiguresExist: changes.length > 0,
    changes,
  };
}

function toSummary(
  r: Pick<
    Awaited<ReturnType<typeof repo.findVersions>>[number],
    'id' | 'orgunit' | 'period' | 'lang' | 'generated_at' | 'generated_by_name' | 'as_of' | 'cutoff'
  >,
): VersionSummary {
  return {
    id: String(r.id),
    orgunit: r.orgunit,
    period: r.period,
    lang: r.lang,
    generatedAt: new Date(r.generated_at).toISOString(),
    generatedBy: r.generated_by_name,
    asOf: r.as_of ? new Date(r.as_of).toISOString() : null,
    cutoff: new Date(r.cutoff).toISOString(),
  };
}

/** Generates the report and stores it as a version (audited); returns the version. */
export async function createReportVersion(
  db: Db,
  actor: Pick<Actor, 'userId' | 'username' | 'displayName'>,
  q: { orgunit: string; period: string; lang: 'vi' | 'en'; asOf?: Date | null },
): Promise<VersionSummary & { newerFiguresExist: boolean }> {
  const report = await generateMonthlyReport(db, q);
  const key = await reportKey(db, q.orgunit, q.period);
  const content: StoredContent = { data: report.data, officer: report.officer, sectionsVersion: report.sectionsVersion, document: report.document };
  return db.transaction().execute(async (trx) => {
    const row = await repo.insertVersion(trx, {
      province_code: key.provinceCode,
      unit_id: key.unitId,
      orgunit: q.orgunit,
      period: q.period,
      lang: q.lang,
      generated_by: actor.userId,
      generated_by_name: actor.displayName,
      as_of: q.asOf ?? null,
      cutoff: new Date(report.data.cutoff),
      content: JSON.stringify(content),
    });
    await recordAudit(trx, actor, {
      entity: 'report_version',
      entityId: String(row.id),
      action: 'generate',
      provinceCode: key.provinceCode,
      before: null,
      after: { orgunit: q.orgunit, period: q.period, lang: q.lang, cutoff: report.data.cutoff },
    });
    const summary = toSummary({
      id: row.id,
      orgunit: q.orgunit,
      period: q.period,
      lang: q.lang,
      generated_at: row.generated_at,
      generated_by_name: actor.displayName,
      as_of: q.asOf ?? null,
      cutoff: new Date(report.data.cutoff),
    });
    return { ...summary, newerFiguresExist: report.newerFiguresExist };
  });
}

async function findOwnVersion(db: Db, key: ReportKey, id: string) {
  const row = await repo.findVersion(db, key.provinceCode, id);
  if (!row || row.unit_id !== key.unitId || row.period !== key.period)
    throw new AppError('not_found', `No report version ${id} for ${key.orgunit} ${key.period}`);
  return row;
}

/**
 * Opens a stored version: the same numbers as when it was generated, and `newerFiguresExist` when a
 * fresh computation differs. In another language the stored figures are written again in that language.
 */
export async function openReportVersion(db: Db, q: { orgunit: string; period: string; id: string; lang: 'vi' | 'en' }): Promise<MonthlyReport> {
  const key = await reportKey(db, q.orgunit, q.period);
  const row = await findOwnVersion(db, key, q.id);
  const content = row.content as StoredContent;
  const document = q.lang === row.lang ? content.document : composeReport(content.data, content.officer, q.lang);
  const changes = await freshChanges(db, content.data);
  return {
    data: content.data,
    document,
    officer: content.officer,
    sectionsVersion: content.sectionsVersion,
    generatedAt: new Date(row.generated_at).toISOString(),
    version: toSummary(row),
    newerFiguresExist: changes.length > 0,
    changes,
  };
}

/** The stored versions of a unit's month, newest first. */
export async function listReportVersions(db: Db, q: { orgunit: string; period: string }) {
  const key = await reportKey(db, q.orgunit, q.period);
  const items = (await repo.findVersions(db, key)).map(toSummary);
  return { items, total: items.length };
}

/** The JSON the web preview reads: meta, the document (sections of blocks), the figures, the officer's texts. */
export function toReportResponse(r: MonthlyReport) {
  return {
    meta: {
      orgunit: r.data.orgunit,
      unit: r.data.unit,
      period: r.data.period,
      lang: r.document.lang,
      cutoff: r.data.cutoff,
      asOf: r.data.asOf,
      generatedAt: r.generatedAt,
      version: r.version,
      newerFiguresExist: r.newerFiguresExist,
      changes: r.changes,
      sectionsVersion: r.sectionsVersion,
      fileName: r.document.fileName,
    },
    document: r.document,
    data: r.data,
    officerSections: r.officer,
  };
}
