/** Where an import is: parsing the workbook, checking its cells, writing the vintages, then finished. */
export type ImportPhase = 'parsing' | 'checking' | 'writing' | 'done' | 'refused' | 'failed';

/** The progress of one import as its client polls it. */
export type ImportProgress = { id: string; phase: ImportPhase; processed: number; total: number; updatedAt: string };

const KEEP_MS = 15 * 60 * 1000;
const MAX_ENTRIES = 1000;
const store = new Map<string, ImportProgress & { at: number }>();

const slot = (userId: string, id: string) => `${userId}\u0000${id}`;

function prune(now: number) {
  for (const [k, v] of store) if (now - v.at > KEEP_MS || store.size > MAX_ENTRIES) store.delete(k);
}

/**
 * Progress of imports, in this process's memory, keyed by the user and a client-chosen id: cheap, and
 * enough for one server process (several processes behind a balancer need sticky sessions for polling).
 */
export function progressTracker(userId: string | null, id: string | null | undefined) {
  const set = (phase: ImportPhase, processed: number, total: number) => {
    if (!userId || !id) return;
    const now = Date.now();
    prune(now);
    store.set(slot(userId, id), { id, phase, processed, total, updatedAt: new Date(now).toISOString(), at: now });
  };
  return {
    phase: (phase: ImportPhase, processed = 0, total = 0) => set(phase, processed, total),
    /** Reports every 50th cell (or chunk end), and the last. */
    tick: (processed: number, total: number, phase: 'checking' | 'writing' = 'checking') => {
      if (processed % 50 === 0 || processed === total) set(phase, processed, total);
    },
  };
}

/** The progress of a user's import, or null when unknown (never another user's). */
export function readProgress(userId: string, id: string): ImportProgress | null {
  const p = store.get(slot(userId, id));
  if (!p) return null;
  const { at: _at, ...rest } = p;
  return rest;
}
