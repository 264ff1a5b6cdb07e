import path from 'node:path';

/** Runtime configuration read from the environment, with the defaults the README documents. */
export type Config = {
  port: number;
  dataDir: string;
  databaseUrl: string | null;
  webDist: string;
  version: string;
  production: boolean;
};

const repoRoot = path.resolve(new URL('.', import.meta.url).pathname, '../../..');

/** Reads PORT, CONGTHUONG_DATA and DATABASE_URL. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: Number(env.PORT ?? 3000),
    dataDir: path.resolve(env.CONGTHUONG_DATA ?? path.join(repoRoot, 'data')),
    databaseUrl: env.DATABASE_URL ? env.DATABASE_URL : null,
    webDist: path.join(repoRoot, 'web', 'dist'),
    version: '0.1.0',
    production: env.NODE_ENV === 'production',
  };
}

/** The repository root, for files shipped with the code (data files, web build). */
export const REPO_ROOT = repoRoot;
