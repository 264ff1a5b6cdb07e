import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { REPO_ROOT } from '../core/config';
import { logger } from '../core/logger';

/**
 * A PGlite data directory made at build time with every migration applied, copied into a new data directory on its
 * first start instead of running initdb in WebAssembly (docs/decisions/0007-pglite-template.md).
 *
 * Layout: `<root>/<key>/pgdata/` (a closed PGlite data directory) and `<root>/<key>/template.json` (what it holds).
 * The key is a hash of the PGlite version, the migration names and the migration source files, so a template made by
 * another PGlite or another set of migrations is never found. A template appears by one rename, complete or not at all.
 */

/** Where `npm run build -w server` (run by `npm start`) puts the template: gitignored. */
export const PGLITE_TEMPLATE_ROOT = path.join(REPO_ROOT, 'server', '.cache', 'pglite-template');

/** Where the migration source files are (`<module>/migrations/*`): their contents are part of the template's key. */
export const MODULES_DIR = path.join(REPO_ROOT, 'server', 'src', 'modules');

/** What a template holds, written beside it as template.json. */
export type TemplateInfo = { pglite: string; migrations: string[]; sources: string };

/** The installed PGlite version (a data directory belongs to the PGlite that wrote it). */
export function pgliteVersion(): string {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const pkg = path.join(path.dirname(entry), '..', 'package.json');
  return (JSON.parse(fs.readFileSync(pkg, 'utf8')) as { version: string }).version;
}

/** The migration source files, `<modulesDir>/<module>/migrations/*`, sorted by path. */
export function migrationFiles(modulesDir: string): string[] {
  if (!fs.existsSync(modulesDir)) return [];
  const files: string[] = [];
  for (const module of fs.readdirSync(modulesDir).sort()) {
    const dir = path.join(modulesDir, module, 'migrations');
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).sort()) {
      if (!name.includes('.test.')) files.push(path.join(dir, name));
    }
  }
  return files;
}

/** A hash of files' paths (relative to `base`) and contents. */
export function hashFiles(base: string, files: string[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(path.relative(base, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  return hash.digest('hex');
}

/**
 * A hash of the migration folders' files: a migration edited in place (in development) makes a new template. Best
 * effort: what a migration imports (data files) or a migration declared elsewhere is covered by its name only.
 */
export function migrationSourcesHash(modulesDir: string): string {
  return hashFiles(modulesDir, migrationFiles(modulesDir));
}

/** The directory name of a template: PGlite version and a hash of everything it depends on. */
export function templateKey(info: TemplateInfo): string {
  const hash = createHash('sha256').update(JSON.stringify([info.pglite, [...info.migrations].sort(), info.sources]));
  return `pglite-${info.pglite}-${hash.digest('hex').slice(0, 16)}`;
}

/** The template's `pgdata` directory for exactly this PGlite and these migrations, or null when none was built. */
export function findTemplate(root: string, info: TemplateInfo): string | null {
  const dir = path.join(root, templateKey(info));
  const ready = fs.existsSync(path.join(dir, 'template.json')) && fs.existsSync(path.join(dir, 'pgdata', 'PG_VERSION'));
  return ready ? path.join(dir, 'pgdata') : null;
}

/**
 * Makes the template for `info` under `root` (unless it is there): `fill` writes a PGlite data directory into the
 * path it is given; the result is renamed into place in one step, and templates of other keys are removed.
 * Returns the template's `pgdata` directory and whether it was made now.
 */
export async function writeTemplate(root: string, info: TemplateInfo, fill: (pgdata: string) => Promise<void>): Promise<{ pgdata: string; made: boolean }> {
  const existing = findTemplate(root, info);
  if (existing) return { pgdata: existing, made: false };
  fs.mkdirSync(root, { recursive: true });
  const key = templateKey(info);
  const staging = fs.mkdtempSync(path.join(root, '.staging-'));
  try {
    await fill(path.join(staging, 'pgdata'));
    fs.writeFileSync(path.join(staging, 'template.json'), JSON.stringify({ ...info, createdAt: new Date().toISOString() }, null, 2) + '\n');
    fs.rmSync(path.join(root, key), { recursive: true, force: true }); // an incomplete one (no template.json)
    try {
      fs.renameSync(staging, path.join(root, key));
    } catch (error) {
      if (!findTemplate(root, info)) throw error; // else another build made it at the same time
    }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
  const hourAgo = Date.now() - 3_600_000;
  for (const name of fs.readdirSync(root)) {
    const other = path.join(root, name);
    const abandoned = name.startsWith('.staging-') && fs.statSync(other).mtimeMs < hourAgo; // a build that was killed
    if ((name.startsWith('pglite-') && name !== key) || abandoned) removeQuietly(other);
  }
  return { pgdata: path.join(root, key, 'pgdata'), made: true };
}

/** True when `pgdata` does not exist or is an empty directory: a database that was never created. */
export function isNewPgdata(pgdata: string): boolean {
  try {
    return fs.readdirSync(pgdata).length === 0;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw error;
  }
}

/**
 * Creates a new `pgdata` as a copy of the template: copied beside it, then renamed, so a start killed half-way leaves
 * no half database. The caller holds the data-directory lock and has checked isNewPgdata. False (and nothing
 * changed) when the copy fails: the caller then creates the database the usual way.
 */
export function copyTemplate(template: string, pgdata: string): boolean {
  const parent = path.dirname(pgdata);
  const prefix = `${path.basename(pgdata)}.from-template-`;
  for (const name of fs.existsSync(parent) ? fs.readdirSync(parent) : []) {
    if (name.startsWith(prefix)) removeQuietly(path.join(parent, name)); // left by a start that was killed
  }
  const staging = path.join(parent, `${prefix}${process.pid}`);
  try {
    fs.cpSync(template, staging, { recursive: true, mode: fs.constants.COPYFILE_FICLONE });
    if (fs.existsSync(pgdata)) fs.rmdirSync(pgdata); // empty: rmdir refuses otherwise
    fs.renameSync(staging, pgdata);
    return true;
  } catch (error) {
    logger.error('could not copy the PGlite template; creating the database with initdb', { template, error: (error as Error).message });
    removeQuietly(staging);
    return false;
  }
}

function removeQuietly(target: string) {
  try {
    fs.rmSync(target, { recursive: true, force: true });
  } catch {
    /* in use or gone: not ours to insist on */
  }
}
