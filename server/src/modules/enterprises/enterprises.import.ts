import type { Db } from '../../database';
import type { Actor } from '../../core/access';
import { AppError } from '../../core/errors';
import { recordAudit } from '../audit';
import * as repo from './enterprises.repository';
import { readCsv, readXlsx, type SheetTable } from './enterprises.sheet';
import { searchTextOf, toEnterpriseResponse, toRow, type Enterprise } from './enterprises.service';
import { isTaxHeader, readRows, type ImportProblem, type Parsed } from './enterprises.import-rows';

/** A row the importer understood, with what writing it would do. */
export type ImportRow = { line: number; taxCode: string; name: string; action: 'insert' | 'update' | 'unchanged'; changed: string[] };

const COMPARED = ['name', 'vsic', 'ownership', 'address', 'communeCode', 'contactName', 'phone', 'email', 'status'] as const;

/** Plans each row against the registry: insert, update (naming changed fields) or unchanged; refuses other provinces' codes. */
async function plan(db: Db, province: string, parsed: Parsed[], problems: ImportProblem[]) {
  const existing = new Map(
    (
      await repo.findEnterprisesByTaxCodes(
        db,
        parsed.map((p) => p.taxCode),
      )
    ).map((r) => [r.tax_code, toEnterpriseResponse(r)]),
  );
  const rows: (ImportRow & { next: Enterprise })[] = [];
  for (const p of parsed) {
    const old = existing.get(p.taxCode);
    if (old && old.provinceCode !== province) {
      problems.push({
        line: p.line,
        column: 'taxCode',
        cell: '',
        value: p.taxCode,
        message: {
          vi: `Dòng ${p.line}: mã số thuế ${p.taxCode} đã đăng ký ở tỉnh ${old.provinceCode}`,
          en: `Line ${p.line}: tax code ${p.taxCode} is registered in province ${old.provinceCode}`,
        },
      });
      continue;
    }
    // A blank cell leaves the registered value alone; a new enterprise gets null (status: active).
    const base: Enterprise = old ?? {
      taxCode: p.taxCode,
      name: '',
      vsic: null,
      ownership: 'private',
      address: null,
      communeCode: null,
      provinceCode: province,
      contactName: null,
      phone: null,
      email: null,
      status: 'active',
      demo: false,
    };
    const next = { ...base, ...p.fields };
    const changed = old ? COMPARED.filter((k) => old[k] !== next[k]) : [];
    rows.push({ line: p.line, taxCode: p.taxCode, name: next.name, action: !old ? 'insert' : changed.length ? 'update' : 'unchanged', changed, next });
  }
  return rows;
}

/** Reads an import body into a table (CSV text or base64 XLSX). */
export async function readImportFile(body: { csv?: string | undefined; xlsxBase64?: string | undefined }): Promise<SheetTable> {
  if (body.csv) return readCsv(body.csv, isTaxHeader);
  return readXlsx(Buffer.from(body.xlsxBase64 ?? '', 'base64'), isTaxHeader);
}

/**
 * Imports enterprises of a province. The preview lists every row understood and every refused cell; the real run
 * writes all rows in one transaction or none (any refused cell refuses the file); unchanged rows are not written,
 * so the same file twice changes nothing.
 */
export async function importEnterprises(
  db: Db,
  actor: Pick<Actor, 'userId' | 'username'> | null,
  province: string,
  table: SheetTable,
  opts: { dryRun: boolean },
) {
  const { parsed, problems, notes } = readRows(table, province);
  const run = async (trx: Db) => {
    const rows = await plan(trx, province, parsed, problems);
    const counts = { insert: 0, update: 0, unchanged: 0, refused: new Set(problems.map((p) => p.line)).size };
    for (const r of rows) counts[r.action]++;
    const preview = {
      dryRun: opts.dryRun,
      format: table.format,
      sheet: table.sheet,
      headerLine: table.headerLine,
      rows: rows.map(({ next: _n, ...r }) => r),
      problems,
      notes,
      counts,
      written: false,
    };
    if (opts.dryRun) return preview;
    if (problems.length) throw new AppError('import_refused', `The file has ${problems.length} refused cell(s); nothing was written`, preview);
    for (const r of rows) await writeRow(trx, actor, province, r);
    return { ...preview, written: true };
  };
  return opts.dryRun ? run(db) : db.transaction().execute(run);
}

async function writeRow(trx: Db, actor: Pick<Actor, 'userId' | 'username'> | null, province: string, r: ImportRow & { next: Enterprise }) {
  if (r.action === 'unchanged') return;
  const values = { ...toRow(r.next), search_text: searchTextOf(r.next) };
  const before = r.action === 'update' ? await repo.findEnterprise(trx, r.taxCode) : undefined;
  if (r.action === 'insert') await repo.insertEnterprise(trx, { ...values, tax_code: r.taxCode, province_code: province });
  else await repo.updateEnterprise(trx, r.taxCode, values);
  await recordAudit(trx, actor, {
    entity: 'enterprise',
    entityId: r.taxCode,
    action: `import_${r.action}`,
    provinceCode: province,
    before: before ? toEnterpriseResponse(before) : null,
    after: r.next,
  });
}
