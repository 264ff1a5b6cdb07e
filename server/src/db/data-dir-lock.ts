import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../core/errors';

/** A held lock on a PGlite data directory. */
export type DataDirLock = { release: () => void };

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite allows one process per data directory: a second one would corrupt it.
 * Takes `<dataDir>/congthuong.lock` (pid inside) or refuses with a message saying what to do.
 */
export function acquireDataDirLock(dataDir: string): DataDirLock {
  const file = path.join(dataDir, 'congthuong.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify({ pid: process.pid, since: new Date().toISOString() }), { flag: 'wx' });
      return { release: () => fs.rmSync(file, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(file);
      if (holder && holder.pid !== process.pid && isAlive(holder.pid)) {
        throw new AppError(
          'database_busy',
          `The data directory ${dataDir} is in use by process ${holder.pid} (the congthuong server, since ${holder.since}). ` +
            'Stop the server first (Ctrl+C), or use the web app or the API while it runs, then run this command again. ' +
            '/ Thư mục dữ liệu đang được máy chủ congthuong sử dụng: hãy dừng máy chủ rồi chạy lại lệnh, hoặc thao tác qua giao diện web.',
          { pid: holder.pid },
        );
      }
      fs.rmSync(file, { force: true }); // stale lock of a dead process
    }
  }
  throw new AppError('database_busy', `Could not lock ${dataDir}`);
}

function readHolder(file: string): { pid: number; since: string } | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as { pid: number; since: string };
  } catch {
    return null;
  }
}
