import { parse } from 'csv-parse/sync';
import type { Db } from '../../database';
import { AppError } from '../../core/errors';
import { recordAudit } from '../audit';
import type { Actor } from '../../core/access';
import * as repo from './places.repository';
import { unitId } from './places.data';

const HEADERS = {
  code: ['code', 'ma', 'mã', 'ma_xa', 'mã xã', 'ma xa'],
  name: ['name', 'ten', 'tên', 'ten_xa', 'tên xã', 'ten xa'],
  province: ['province', 'province_code', 'ma_tinh', 'mã tỉnh', 'ma tinh'],
  kind: ['kind', 'cap', 'cấp', 'loai', 'loại'],
} as const;

type CommuneRow = { code: string; name: string; province: string; kind: string };
type Problem = { row: number; column: string; message: { vi: string; en: string } };

function findColumn(header: string[], names: readonly string[]) {
  return header.findIndex((h) => names.includes(h.trim().toLowerCase()));
}

/** Parses the official commune list (CSV with headers code,name,province[,kind], Vietnamese or English names). */
export function parseCommunesCsv(csv: string): { rows: CommuneRow[]; problems: Problem[] } {
  const records = parse(csv, { bom: true, skip_empty_lines: true, relax_column_count: true }) as string[][];
  const header = records[0] ?? [];
  const cols = {
    code: findColumn(header, HEADERS.code),
    name: findColumn(header, HEADERS.name),
    province: findColumn(header, HEADERS.province),
    kind: findColumn(header, HEADERS.kind),
  };
  const missing = (['code', 'name', 'province'] as const).filter((k) => cols[k] < 0);
  if (missing.length) {
    return {
      rows: [],
      problems: missing.map((m) => ({ row: 1, column: m, message: { vi: `Thiếu cột "${m}" ở dòng tiêu đề`, en: `Missing column "${m}" in the header row` } })),
    };
  }
  const rows: CommuneRow[] = [];
  const problems: Problem[] = [];
  records.slice(1).forEach((record, i) => {
    const line = i + 2;
    const code = (record[cols.code] ?? '').trim();
    const name = (record[cols.name] ?? '').trim();
    const province = (record[cols.province] ?? '').trim().padStart(2, '0');
    if (!/^\d{5}$/.test(code))
      problems.push({
        row: line,
        column: 'code',
        message: { vi: `Dòng ${line}: mã xã "${code}" phải có 5 chữ số`, en: `Row ${line}: commune code "${code}" must have 5 digits` },
      });
    else if (!name) problems.push({ row: line, column: 'name', message: { vi: `Dòng ${line}: thiếu tên xã`, en: `Row ${line}: the name is empty` } });
    else rows.push({ code, name, province, kind: cols.kind >= 0 ? (record[cols.kind] ?? 'xã').trim() || 'xã' : 'xã' });
  });
  return { rows, problems };
}

/** Imports communes atomically: any bad row refuses the whole file; the same file twice changes nothing. */
export async function importCommunes(db: Db, actor: Actor, csv: string, opts: { dryRun: boolean }) {
  const { rows, problems } = parseCommunesCsv(csv);
  const provinces = new Set((await repo.listProvincesOn(db, '2025-07-01')).map((p) => p.code));
  rows.forEach((r, i) => {
    if (!provinces.has(r.province))
      problems.push({
        row: i + 2,
        column: 'province',
        message: {
          vi: `Mã tỉnh "${r.province}" không có trong danh mục 34 tỉnh, thành phố`,
          en: `Province code "${r.province}" is not one of the 34 provinces`,
        },
      });
  });
  if (problems.length) throw new AppError('import_refused', 'The commune list has errors; nothing was written', { problems });
  if (opts.dryRun) return { wouldInsert: rows.length, inserted: 0 };
  return db.transaction().execute(async (trx) => {
    const inserted = await repo.insertCommunes(
      trx,
      rows.map((r) => ({
        id: unitId(r.code, '2025-07-01'),
        code: r.code,
        name: r.name,
        name_en: r.name
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .replace(/đ/g, 'd')
          .replace(/Đ/g, 'D'),
        kind: r.kind,
        province_code: r.province,
        valid_from: '2025-07-01',
      })),
    );
    await recordAudit(trx, actor, { entity: 'commune_list', entityId: 'import', action: 'import', before: null, after: { rows: rows.length, inserted } });
    return { wouldInsert: rows.length, inserted };
  });
}
