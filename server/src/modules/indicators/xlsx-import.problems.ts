import type { CellProblem } from './import-xlsx';

/** Problems the database import adds to the parser's: scope, catalogue checks, publication, duplicates. */
export type ImportOnlyCode = 'outside_scope' | 'invalid_figure' | 'superseded_in_file' | 'month_published' | 'plan_refused';

/** A problem of an imported workbook: the parser's cell problems and the import's own, named by sheet and cell. */
export type ImportCellProblem = Omit<CellProblem, 'code'> & { code: CellProblem['code'] | ImportOnlyCode };

type Params = { sheet: string; cell: string; other?: string; period?: string; error?: string; orgunit?: string };

const TEXT: Record<ImportOnlyCode, { severity: 'error' | 'warning'; vi: (p: Params) => string; en: (p: Params) => string }> = {
  outside_scope: {
    severity: 'error',
    vi: (p) => `đơn vị "${p.orgunit}" nằm ngoài phạm vi tỉnh của bạn; tệp không được nhập.`,
    en: (p) => `the unit "${p.orgunit}" is outside your province scope; the file is not imported.`,
  },
  invalid_figure: {
    severity: 'error',
    vi: (p) => `số liệu không hợp lệ với danh mục chỉ tiêu (${p.error}); tệp không được nhập.`,
    en: (p) => `the figure does not fit the catalogue (${p.error}); the file is not imported.`,
  },
  superseded_in_file: {
    severity: 'warning',
    vi: (p) => `cùng chỉ tiêu, kỳ và phân tổ với ô ${p.other}; dùng số của ô ${p.other} (trạng thái cụ thể hơn hoặc nằm sau), ô này không được ghi.`,
    en: (p) => `same indicator, period and category as ${p.other}; the figure of ${p.other} is used (a stated or later status), this cell is not written.`,
  },
  month_published: {
    severity: 'warning',
    vi: (p) => `tháng ${p.period} đã công bố: số liệu thay đổi này không được ghi. Giám đốc có thể nhập lại chính tệp này kèm lý do để ghi.`,
    en: (p) => `${p.period} is published: this changed figure is not written. A director can import the same file again with a reason to write it.`,
  },
  plan_refused: {
    severity: 'error',
    vi: (p) => `không ghi được kế hoạch (${p.error}); tệp không được nhập.`,
    en: (p) => `the plan cannot be saved (${p.error}); the file is not imported.`,
  },
};

/** Builds an import problem naming sheet and cell in Vietnamese and English, like the parser's. */
export function importProblem(code: ImportOnlyCode, p: Params, details?: Record<string, unknown>): ImportCellProblem {
  const t = TEXT[code];
  return {
    sheet: p.sheet,
    cell: p.cell,
    code,
    severity: t.severity,
    message: { vi: `Ô ${p.cell} (trang ${p.sheet}): ${t.vi(p)}`, en: `Cell ${p.cell} (sheet ${p.sheet}): ${t.en(p)}` },
    ...(details ? { details } : {}),
  };
}

/** The message asking the officer to choose the status of figures whose file does not state one. */
export const STATUS_REQUIRED = {
  vi: 'Tệp không ghi trạng thái của một số số liệu: hãy chọn Ước tính, Sơ bộ hoặc Chính thức trước khi nhập.',
  en: 'The file does not state the status of some figures: choose estimate, preliminary or official before importing.',
};
