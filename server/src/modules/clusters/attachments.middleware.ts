import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../../core/errors';
import { MAX_ATTACHMENT_BYTES } from './attachments.files';

/** The upload path whose bodies the attachment limit guards (for `app.use`). */
export const ATTACHMENT_UPLOAD_PATH = '/api/provinces/:province/clusters/:clusterId/attachments';

/**
 * Refuses an oversized attachment while it streams in (413), before the multipart body is parsed:
 * the file limit plus room for the form's other fields and boundaries.
 */
export const attachmentBodyLimit = bodyLimit({
  maxSize: MAX_ATTACHMENT_BYTES + 64 * 1024,
  onError: () => {
    throw new AppError('payload_too_large', `The file is larger than ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB`, { limitBytes: MAX_ATTACHMENT_BYTES });
  },
});
