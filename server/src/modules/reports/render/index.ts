import type { ReportData, ReportDocument } from '../content/types';
import { renderDocx } from './docx';
import { renderHtml } from './html';
import { renderPdf } from './pdf';
import { renderMd, renderTxt } from './text';
import { renderXlsx } from './xlsx';

/** The file formats of the report. */
export const REPORT_FORMATS = ['html', 'md', 'txt', 'docx', 'pdf', 'xlsx'] as const;
/** A file format of the report. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const TYPES: Record<ReportFormat, string> = {
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** A rendered report file. */
export type RenderedReport = { body: string | Buffer; contentType: string; fileName: string };

/** Renders a composed report in one format. */
export async function renderReport(doc: ReportDocument, data: ReportData, format: ReportFormat): Promise<RenderedReport> {
  const fileName = `${doc.fileName}.${format}`;
  const contentType = TYPES[format];
  switch (format) {
    case 'html':
      return { body: renderHtml(doc), contentType, fileName };
    case 'md':
      return { body: renderMd(doc), contentType, fileName };
    case 'txt':
      return { body: renderTxt(doc), contentType, fileName };
    case 'docx':
      return { body: await renderDocx(doc), contentType, fileName };
    case 'pdf':
      return { body: await renderPdf(doc), contentType, fileName };
    case 'xlsx':
      return { body: await renderXlsx(doc, data), contentType, fileName };
  }
}
