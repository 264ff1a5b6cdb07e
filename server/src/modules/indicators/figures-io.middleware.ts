import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../../core/errors';
import { MAX_WORKBOOK_BYTES } from './xlsx-import.service';

/** The request paths whose bodies the import limit guards. */
export const IMPORT_UPLOAD_PATH = '/api/imports/xlsx';

/**
 * Refuses an oversized workbook upload while it streams in (413), before the multipart body is parsed:
 * the workbook limit plus room for the form fields or the base64 of a JSON upload.
 */
export const importBodyLimit = bodyLimit({
  maxSize: Math.ceil(MAX_WORKBOOK_BYTES * 1.4) + 64 * 1024,
  onError: () => {
    throw new AppError('payload_too_large', `The file is larger than ${MAX_WORKBOOK_BYTES / 1024 / 1024} MB`, { limitBytes: MAX_WORKBOOK_BYTES });
  },
});
