import { AppError } from '../../../core/errors';

/** Why a whole file was refused before any cell could be read. */
export type ImportErrorCode = 'unreadable_file' | 'unsupported_format';

const MESSAGES: Record<ImportErrorCode, (fileName: string) => { vi: string; en: string }> = {
  unreadable_file: (f) => ({
    vi: `Không đọc được tệp "${f}": tệp bị hỏng, bị cắt cụt hoặc có mật khẩu. Hãy mở tệp bằng Excel, lưu lại dưới dạng .xlsx rồi nhập lại.`,
    en: `Cannot read the file "${f}": it is damaged, truncated or password-protected. Open it in Excel, save it again as .xlsx and import it again.`,
  }),
  unsupported_format: (f) => ({
    vi: `Tệp "${f}" không phải bảng tính Excel (.xlsx hoặc .xls). Hãy mở tệp bằng Excel và lưu dưới dạng "Excel Workbook (.xlsx)".`,
    en: `The file "${f}" is not an Excel workbook (.xlsx or .xls). Open it in Excel and save it as "Excel Workbook (.xlsx)".`,
  }),
};

/** A file the importer cannot open at all; carries bilingual messages and never a stack for the user. */
export class ImportError extends Error {
  readonly messages: { vi: string; en: string };

  constructor(
    readonly code: ImportErrorCode,
    readonly fileName: string,
    options?: { cause?: unknown },
  ) {
    const messages = MESSAGES[code](fileName);
    super(messages.en, options);
    this.name = 'ImportError';
    this.messages = messages;
  }

  /** The platform error the route layer throws for this refusal (422 import_refused). */
  toAppError(): AppError {
    return new AppError('import_refused', this.messages.en, { reason: this.code, message: this.messages });
  }
}
