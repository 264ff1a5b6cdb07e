import type { CellProblem, Locale, ProblemCode } from './types';

/** Values a message may quote: texts, numbers (formatted per language) and the file's locale. */
export type ProblemParams = {
  raw?: string;
  label?: string;
  header?: string;
  error?: string;
  formula?: string;
  field?: string;
  other?: string;
  locale?: Locale;
  stored?: number;
  recomputed?: number;
};

type Text = { vi: string; en: string };
type Lang = 'vi' | 'en';

const fmt = (n: number | undefined, lang: Lang) =>
  n === undefined ? '?' : new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 6 }).format(n);

const hint = (p: ProblemParams): Text =>
  p.locale === 'en'
    ? {
        vi: 'Tệp này dùng dấu phẩy ngăn cách hàng nghìn và dấu chấm thập phân: hãy nhập dạng 1,234.5 hoặc lưu ô dưới dạng số.',
        en: 'This file uses "," for thousands and "." for decimals: enter numbers like 1,234.5, or store the cell as a number.',
      }
    : {
        vi: 'Hãy nhập số dạng 1.234,5 hoặc lưu ô dưới dạng số.',
        en: 'This file uses "." for thousands and "," for decimals: enter numbers like 1.234,5, or store the cell as a number.',
      };

const MESSAGES: Record<ProblemCode, { severity: 'error' | 'warning'; text: (p: ProblemParams) => Text }> = {
  ambiguous_number: {
    severity: 'error',
    text: (p) => ({
      vi: `không đọc được số "${p.raw}". ${hint(p).vi}`,
      en: `cannot read the number "${p.raw}". ${hint(p).en}`,
    }),
  },
  not_a_number: {
    severity: 'error',
    text: (p) => ({
      vi: `"${p.raw}" không phải là số; ô này không được nhập. ${hint(p).vi}`,
      en: `"${p.raw}" is not a number; the cell is not imported. ${hint(p).en}`,
    }),
  },
  free_text: {
    severity: 'error',
    text: (p) => ({
      vi: `ô ghi chữ "${p.raw}", không phải một số; ô này không được nhập. Hãy chỉ ghi số vào ô (đơn vị theo tiêu đề) và chuyển phần giải thích sang ghi chú.`,
      en: `the cell holds the text "${p.raw}", not a number; it is not imported. Put only the number in the cell (in the unit of the heading) and move the explanation to a note.`,
    }),
  },
  excel_error: {
    severity: 'error',
    text: (p) => ({
      vi: `ô có lỗi Excel ${p.error}: coi là thiếu số liệu (không phải 0).`,
      en: `the cell holds the Excel error ${p.error}: treated as missing data (not zero).`,
    }),
  },
  formula_without_result: {
    severity: 'error',
    text: (p) => ({
      vi: `công thức "=${p.formula}" không có kết quả lưu sẵn. Hãy mở tệp bằng Excel, lưu lại rồi nhập lại.`,
      en: `the formula "=${p.formula}" has no stored result. Open the file in Excel, save it and import it again.`,
    }),
  },
  missing_value: {
    severity: 'warning',
    text: (p) => ({
      vi: `ô trống${p.raw ? ` ("${p.raw}")` : ''}: coi là thiếu số liệu (không phải 0).`,
      en: `empty cell${p.raw ? ` ("${p.raw}")` : ''}: treated as missing data (not zero).`,
    }),
  },
  unknown_row_label: {
    severity: 'error',
    text: (p) => ({
      vi: `không nhận ra dòng "${p.label}"; các số trên dòng này không được nhập.`,
      en: `unknown row "${p.label}"; the numbers on this row are not imported.`,
    }),
  },
  repeated_row_label: {
    severity: 'error',
    text: (p) => ({
      vi: `dòng "${p.label}" xuất hiện lại lần nữa (đã có ở ô ${p.other}); các số trên dòng này không được nhập.`,
      en: `the row "${p.label}" appears again (already at ${p.other}); the numbers on this row are not imported.`,
    }),
  },
  unknown_column_header: {
    severity: 'error',
    text: (p) => ({
      vi: `không đọc được kỳ báo cáo từ tiêu đề cột "${p.header}"; cột này không được nhập.`,
      en: `cannot read a period from the column heading "${p.header}"; the column is not imported.`,
    }),
  },
  missing_base: {
    severity: 'error',
    text: (p) => ({
      vi: `tiêu đề "${p.header}" không nói chỉ số so với kỳ nào (cùng kỳ hay tháng trước); cột này không được nhập.`,
      en: `the heading "${p.header}" does not say what the index compares with (same period or previous month); the column is not imported.`,
    }),
  },
  unit_missing: {
    severity: 'error',
    text: (p) => ({
      vi: `không thấy đơn vị tính dùng được${p.raw ? ` (tệp ghi "${p.raw}")` : ''}, ví dụ "Đơn vị tính: Triệu đồng"; ${p.other === 'assumed' ? 'tạm coi số liệu theo đơn vị của hệ thống, hãy kiểm tra' : 'các cột giá trị không được nhập'}.`,
      en: `no usable unit found${p.raw ? ` (the file says "${p.raw}")` : ''}, e.g. "Đơn vị tính: Triệu đồng"; ${p.other === 'assumed' ? 'the platform unit is assumed, please check' : 'the value columns are not imported'}.`,
    }),
  },
  unknown_indicator: {
    severity: 'error',
    text: (p) => ({
      vi: `không nhận ra chỉ tiêu của trang (tiêu đề "${p.label}"); trang này không được nhập.`,
      en: `cannot tell which indicator the sheet holds (title "${p.label}"); the sheet is not imported.`,
    }),
  },
  stored_ratio_mismatch: {
    severity: 'warning',
    text: (p) => ({
      vi: `tỷ lệ ghi sẵn ${fmt(p.stored, 'vi')} khác với tỷ lệ tính lại ${fmt(p.recomputed, 'vi')} (${p.formula}). Hệ thống nhập số liệu gốc và tự tính tỷ lệ; hãy kiểm tra công thức trong tệp.`,
      en: `the stored ratio ${fmt(p.stored, 'en')} differs from the recomputed ${fmt(p.recomputed, 'en')} (${p.formula}). The platform imports the values and computes ratios itself; check the formula in the file.`,
    }),
  },
  ratio_unverifiable: {
    severity: 'warning',
    text: (p) => ({
      vi: `không kiểm tra được tỷ lệ ghi sẵn ${fmt(p.stored, 'vi')}: thiếu số liệu để tính lại (${p.other}).`,
      en: `cannot check the stored ratio ${fmt(p.stored, 'en')}: the values to recompute it are missing (${p.other}).`,
    }),
  },
  bad_period: {
    severity: 'error',
    text: (p) => ({
      vi: `không đọc được kỳ "${p.raw}" (dạng 2026-06, 2026-Q1, 2026-H1, 2026 hoặc 2026-01/2026-06).`,
      en: `cannot read the period "${p.raw}" (use 2026-06, 2026-Q1, 2026-H1, 2026 or 2026-01/2026-06).`,
    }),
  },
  bad_status: {
    severity: 'error',
    text: (p) => ({
      vi: `trạng thái "${p.raw}" không hợp lệ (estimate/ước tính, preliminary/sơ bộ, official/chính thức hoặc để trống).`,
      en: `invalid status "${p.raw}" (estimate, preliminary, official or empty).`,
    }),
  },
  bad_base: {
    severity: 'error',
    text: (p) => ({
      vi: `gốc so sánh "${p.raw}" không hợp lệ (level, same_period, prev_month).`,
      en: `invalid base "${p.raw}" (level, same_period, prev_month).`,
    }),
  },
  missing_field: {
    severity: 'error',
    text: (p) => ({
      vi: `thiếu "${p.field}"; dòng này không được nhập.`,
      en: `"${p.field}" is missing; the row is not imported.`,
    }),
  },
  duplicate_figure: {
    severity: 'error',
    text: (p) => ({
      vi: `số liệu trùng với ô ${p.other} (cùng chỉ tiêu, phân tổ, kỳ và trạng thái); ô này không được nhập.`,
      en: `duplicates the figure in ${p.other} (same indicator, category, period and status); the cell is not imported.`,
    }),
  },
  sheet_skipped: {
    severity: 'warning',
    text: () => ({
      vi: 'trang này không khớp mẫu bảng nào đã biết nên được bỏ qua.',
      en: 'the sheet matches no known layout and is skipped.',
    }),
  },
  layout_unknown: {
    severity: 'error',
    text: () => ({
      vi: 'không nhận ra mẫu bảng tính (IIP, tổng mức bán lẻ, bảng chỉ tiêu của Sở, dạng dài indicator/orgunit/period/value/status). Không có số liệu nào được nhập.',
      en: 'no known layout recognised (IIP, retail sales, the department indicator workbook, long format indicator/orgunit/period/value/status). Nothing is imported.',
    }),
  },
};

const SHEET_LEVEL: ReadonlySet<ProblemCode> = new Set(['sheet_skipped', 'layout_unknown', 'unknown_indicator']);

/** Builds a problem naming sheet and cell, with messages in Vietnamese and English. */
export function makeProblem(
  code: ProblemCode,
  sheet: string,
  cell: string,
  params: ProblemParams = {},
  options: { severity?: 'error' | 'warning'; details?: Record<string, unknown> } = {},
): CellProblem {
  const spec = MESSAGES[code];
  const text = spec.text(params);
  const where = SHEET_LEVEL.has(code)
    ? { vi: `Trang ${sheet}: `, en: `Sheet ${sheet}: ` }
    : { vi: `Ô ${cell} (trang ${sheet}): `, en: `Cell ${cell} (sheet ${sheet}): ` };
  return {
    sheet,
    cell,
    code,
    message: { vi: where.vi + text.vi, en: where.en + text.en },
    severity: options.severity ?? spec.severity,
    ...(options.details ? { details: options.details } : {}),
  };
}
