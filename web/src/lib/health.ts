import { useEffect, useState } from 'react';
import { api } from './api';

/** What `GET /api/health` says about the server (public, no log-in needed). */
export type Health = { status: 'ok'; database: 'pglite' | 'postgres'; version: string; demo: boolean };

let cached: Promise<Health> | null = null;

/** The server's health, asked once per page load (it does not change while the page is open). */
export function fetchHealth(): Promise<Health> {
  cached ??= api.get<Health>('/api/health').catch((error: unknown) => {
    cached = null;
    throw error;
  });
  return cached;
}

/** The server's health once known, else null (errors are ignored: it only decorates the page). */
export function useHealth(): Health | null {
  const [health, setHealth] = useState<Health | null>(null);
  useEffect(() => {
    let live = true;
    fetchHealth().then(
      (value) => live && setHealth(value),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return health;
}
