import type { SheetCell, SheetTable } from './enterprises.sheet';
import { parseTaxCode } from './enterprises.tax-code';
import { normaliseSearch } from './enterprises.text';
import type { Enterprise } from './enterprises.service';
import type { EnterpriseStatus, Ownership } from './enterprises.tables';

type Field = 'taxCode' | 'name' | 'vsic' | 'ownership' | 'address' | 'communeCode' | 'province' | 'contactName' | 'phone' | 'email' | 'status';

/** Header texts recognised for each field, normalised (accents and case ignored). */
const HEADERS: Record<Field, string[]> = {
  taxCode: ['ma so thue', 'mst', 'tax code', 'tax_code', 'taxcode', 'ma so doanh nghiep', 'msdn'],
  name: ['ten doanh nghiep', 'ten', 'name', 'ten dn', 'enterprise name', 'company'],
  vsic: ['nganh nghe', 'ma nganh', 'nganh', 'vsic', 'industry', 'nganh kinh te', 'ma vsic'],
  ownership: ['loai hinh', 'loai hinh doanh nghiep', 'so huu', 'hinh thuc so huu', 'ownership'],
  address: ['dia chi', 'dia chi tru so', 'address'],
  communeCode: ['ma xa', 'ma xa phuong', 'commune code', 'commune_code', 'ma don vi hanh chinh'],
  province: ['ma tinh', 'province', 'province code', 'province_code'],
  contactName: ['nguoi lien he', 'lien he', 'contact', 'contact name', 'nguoi dai dien'],
  phone: ['dien thoai', 'so dien thoai', 'phone', 'sdt'],
  email: ['email', 'e-mail', 'thu dien tu'],
  status: ['trang thai', 'tinh trang', 'status'],
};

const OWNERSHIP: Record<Ownership, string[]> = {
  state: ['state', 'nha nuoc', 'dnnn', 'doanh nghiep nha nuoc'],
  private: ['private', 'tu nhan', 'ngoai nha nuoc', 'non-state', 'dn ngoai nha nuoc'],
  fdi: ['fdi', 'von dau tu nuoc ngoai', 'co von dau tu nuoc ngoai', 'dn fdi', 'foreign'],
  cooperative: ['cooperative', 'hop tac xa', 'htx'],
  household: ['household', 'ho kinh doanh', 'hkd'],
};

const STATUS: Record<EnterpriseStatus, string[]> = {
  active: ['active', 'dang hoat dong', 'hoat dong'],
  suspended: ['suspended', 'tam ngung', 'tam ngung kinh doanh', 'tam ngung hoat dong'],
  dissolved: ['dissolved', 'giai the', 'da giai the', 'cham dut hoat dong'],
};

const REQUIRED: Field[] = ['taxCode', 'name', 'ownership'];
/** True for a normalised header text naming the tax-code column. */
export const isTaxHeader = (h: string) => HEADERS.taxCode.includes(h);

/** A cell the importer could not read, named by line, column and cell, in both languages. */
export type ImportProblem = { line: number; column: string; cell: string; value: string; message: { vi: string; en: string } };

/** A row read from the file: its line, tax code and the fields its cells gave. */
export type Parsed = { line: number; taxCode: string; fields: Partial<Omit<Enterprise, 'taxCode' | 'provinceCode' | 'demo'>> };

function lookup<K extends string>(map: Record<K, string[]>, text: string): K | null {
  const n = normaliseSearch(text);
  return (Object.keys(map) as K[]).find((k) => map[k].includes(n)) ?? null;
}

function mapColumns(header: string[]) {
  const cols: Partial<Record<Field, number>> = {};
  const ignored: string[] = [];
  header.forEach((h, i) => {
    const field = lookup(HEADERS, h);
    if (field && cols[field] === undefined) cols[field] = i;
    else if (h.trim()) ignored.push(h.trim());
  });
  return { cols, ignored };
}

function problem(line: number, column: string, cell: SheetCell | undefined, vi: string, en: string): ImportProblem {
  return { line, column, cell: cell?.ref ?? '', value: cell?.text ?? '', message: { vi, en } };
}

/** Reads every row into enterprise fields, collecting every refused cell. */
export function readRows(table: SheetTable, province: string) {
  const { cols, ignored } = mapColumns(table.header);
  const problems: ImportProblem[] = [];
  const notes: { vi: string; en: string }[] = ignored.map((h) => ({ vi: `Bỏ qua cột "${h}"`, en: `Column "${h}" ignored` }));
  const missing = REQUIRED.filter((f) => cols[f] === undefined);
  if (table.rows.length === 0 && cols.taxCode === undefined)
    problems.push(problem(0, 'taxCode', undefined, 'Không tìm thấy dòng tiêu đề có cột "Mã số thuế"', 'No header row with a "Tax code" (Mã số thuế) column'));
  else
    for (const f of missing) problems.push(problem(table.headerLine, f, undefined, `Thiếu cột bắt buộc "${HEADERS[f][0]}"`, `Missing required column "${f}"`));
  if (problems.length) return { parsed: [], problems, notes };
  const parsed: Parsed[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of table.rows) {
    const get = (f: Field) => (cols[f] === undefined ? undefined : (cells[cols[f]!] ?? { text: '', ref: '', numeric: false }));
    const before = problems.length;
    const taxCell = get('taxCode')!;
    let taxText = taxCell.text;
    if (taxCell.numeric && /^\d{9}$/.test(taxText)) {
      taxText = `0${taxText}`;
      notes.push({
        vi: `Ô ${taxCell.ref}: mã số thuế lưu dạng số đã mất số 0 đầu, đọc là ${taxText}`,
        en: `Cell ${taxCell.ref}: the tax code stored as a number lost its leading zero; read as ${taxText}`,
      });
    }
    const tax = parseTaxCode(taxText);
    if (!tax.ok) problems.push(problem(line, 'taxCode', taxCell, `Dòng ${line}: ${tax.problem.vi}`, `Line ${line}: ${tax.problem.en}`));
    else if (seen.has(tax.taxCode))
      problems.push(
        problem(
          line,
          'taxCode',
          taxCell,
          `Dòng ${line}: mã số thuế ${tax.taxCode} trùng với dòng ${seen.get(tax.taxCode)}`,
          `Line ${line}: tax code ${tax.taxCode} repeats line ${seen.get(tax.taxCode)}`,
        ),
      );
    const fields: Parsed['fields'] = {};
    const name = get('name')!;
    if (!name.text) problems.push(problem(line, 'name', name, `Dòng ${line}: thiếu tên doanh nghiệp`, `Line ${line}: the name is empty`));
    else if (name.text.length > 300)
      problems.push(problem(line, 'name', name, `Dòng ${line}: tên quá 300 ký tự`, `Line ${line}: the name exceeds 300 characters`));
    else fields.name = name.text;
    const own = get('ownership')!;
    const ownership = lookup(OWNERSHIP, own.text);
    if (!ownership)
      problems.push(
        problem(
          line,
          'ownership',
          own,
          `Dòng ${line}: loại hình "${own.text}" không rõ (nhà nước, tư nhân, FDI, hợp tác xã, hộ kinh doanh)`,
          `Line ${line}: ownership "${own.text}" is not one of state, private, fdi, cooperative, household`,
        ),
      );
    else fields.ownership = ownership;
    readOptional(get, line, province, fields, problems);
    if (tax.ok && !seen.has(tax.taxCode)) seen.set(tax.taxCode, line);
    if (problems.length === before && tax.ok) {
      parsed.push({ line, taxCode: tax.taxCode, fields });
    }
  }
  return { parsed, problems, notes };
}

function readOptional(get: (f: Field) => SheetCell | undefined, line: number, province: string, fields: Parsed['fields'], problems: ImportProblem[]) {
  const vsic = get('vsic');
  if (vsic?.text) {
    const v = vsic.text.toUpperCase().replace(/\s/g, '');
    if (/^(?:[A-U]|[A-U]?\d{2,5})$/.test(v)) fields.vsic = v;
    else
      problems.push(
        problem(
          line,
          'vsic',
          vsic,
          `Dòng ${line}: mã ngành "${vsic.text}" không theo VSIC 2018`,
          `Line ${line}: industry "${vsic.text}" is not a VSIC 2018 code`,
        ),
      );
  }
  const commune = get('communeCode');
  if (commune?.text) {
    if (/^\d{5}$/.test(commune.text)) fields.communeCode = commune.text;
    else
      problems.push(
        problem(
          line,
          'communeCode',
          commune,
          `Dòng ${line}: mã xã "${commune.text}" phải có 5 chữ số`,
          `Line ${line}: commune code "${commune.text}" must have 5 digits`,
        ),
      );
  }
  const prov = get('province');
  if (prov?.text && prov.text.padStart(2, '0') !== province)
    problems.push(
      problem(
        line,
        'province',
        prov,
        `Dòng ${line}: mã tỉnh ${prov.text} khác tỉnh đang nhập (${province})`,
        `Line ${line}: province ${prov.text} differs from the province being imported (${province})`,
      ),
    );
  const email = get('email');
  if (email?.text) {
    if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.text) && email.text.length <= 200) fields.email = email.text;
    else
      problems.push(
        problem(line, 'email', email, `Dòng ${line}: thư điện tử "${email.text}" không hợp lệ`, `Line ${line}: "${email.text}" is not an e-mail address`),
      );
  }
  const status = get('status');
  if (status?.text) {
    const s = lookup(STATUS, status.text);
    if (s) fields.status = s;
    else
      problems.push(
        problem(
          line,
          'status',
          status,
          `Dòng ${line}: trạng thái "${status.text}" không rõ`,
          `Line ${line}: status "${status.text}" is not active, suspended or dissolved`,
        ),
      );
  }
  for (const [f, max] of [
    ['address', 500],
    ['contactName', 200],
    ['phone', 40],
  ] as const) {
    const cell = get(f);
    if (!cell?.text) continue;
    if (cell.text.length > max) problems.push(problem(line, f, cell, `Dòng ${line}: quá ${max} ký tự`, `Line ${line}: longer than ${max} characters`));
    else fields[f] = cell.text;
  }
}
