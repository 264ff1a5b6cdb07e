/** The largest attachment accepted (bytes). */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/** File types accepted, recognised by their content, never by their name. */
export const ALLOWED_TYPES = {
  pdf: { mediaType: 'application/pdf', extension: '.pdf' },
  png: { mediaType: 'image/png', extension: '.png' },
  jpeg: { mediaType: 'image/jpeg', extension: '.jpg' },
  docx: { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: '.docx' },
  xlsx: { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: '.xlsx' },
} as const;
/** An accepted file type. */
export type AllowedType = keyof typeof ALLOWED_TYPES;

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/**
 * Detects the type by magic bytes: %PDF-, PNG, JPEG, and Office Open XML zips (a DOCX holds word/document.xml,
 * an XLSX xl/workbook.xml; zip entry names are stored uncompressed, so the bytes show them). Null when refused.
 */
export function detectType(bytes: Buffer): AllowedType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && bytes.includes('[Content_Types].xml')) {
    if (bytes.includes('word/document.xml')) return 'docx';
    if (bytes.includes('xl/workbook.xml')) return 'xlsx';
  }
  return null;
}

/**
 * The display name of an upload: the last path segment only (`../../etc/passwd` → `passwd`), control and reserved
 * characters and leading dots removed, at most 200 characters, ending in the detected type's extension.
 * It is only shown and offered on download; the stored file is named by a random id.
 */
export function safeFileName(raw: string, type: AllowedType): string {
  const last = raw.split(/[\\/]/).pop() ?? '';
  const cleaned = last
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f"<>:|?*]/g, '')
    .replace(/^[.\s]+/, '')
    .trim()
    .slice(0, 180);
  const base = cleaned || 'tep-dinh-kem';
  const { extension } = ALLOWED_TYPES[type];
  const hasExtension = base.toLowerCase().endsWith(extension) || (type === 'jpeg' && base.toLowerCase().endsWith('.jpeg'));
  return hasExtension ? base : `${base}${extension}`;
}

/** A Content-Disposition header offering the file for download under its display name (RFC 6266, UTF-8 name). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
