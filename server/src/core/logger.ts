/** A minimal structured logger: one JSON line per event on stderr (quiet under tests). */
export const logger = {
  info(msg: string, fields: Record<string, unknown> = {}) {
    if (process.env.VITEST) return;
    process.stderr.write(JSON.stringify({ level: 'info', time: new Date().toISOString(), msg, ...fields }) + '\n');
  },
  error(msg: string, fields: Record<string, unknown> = {}) {
    if (process.env.VITEST && !process.env.DEBUG) return;
    process.stderr.write(JSON.stringify({ level: 'error', time: new Date().toISOString(), msg, ...fields }) + '\n');
  },
};
