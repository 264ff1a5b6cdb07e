/**
 * `npm run build -w server` (run by `npm start` and `npm run build`): makes the PGlite template a new data directory
 * starts from, unless the one for this PGlite and these migrations exists. Knowing the migration names means loading
 * every module (a second or more), so the result of that check is remembered with a hash of the files that declare
 * migrations and their names: while they are unchanged, an up-to-date template costs only this hash.
 */
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './core/config';
import { MODULES_DIR, PGLITE_TEMPLATE_ROOT, hashFiles, migrationFiles, pgliteVersion, templateKey } from './db/pglite-template';

const started = performance.now();
const checkedFile = path.join(PGLITE_TEMPLATE_ROOT, 'checked.json');
const declaring = [
  path.join(REPO_ROOT, 'server', 'src', 'migrations.ts'),
  ...fs
    .readdirSync(MODULES_DIR)
    .sort()
    .map((module) => path.join(MODULES_DIR, module, 'index.ts'))
    .filter((file) => fs.existsSync(file)),
  ...migrationFiles(MODULES_DIR),
];
const quick = `${pgliteVersion()}:${hashFiles(REPO_ROOT, declaring)}`;
const checked = readChecked();
if (!(checked?.quick === quick && fs.existsSync(path.join(PGLITE_TEMPLATE_ROOT, checked.key, 'template.json')))) {
  const { buildPgliteTemplate, currentTemplateInfo } = await import('./pglite-template');
  const info = currentTemplateInfo();
  const { pgdata, made } = await buildPgliteTemplate();
  fs.writeFileSync(checkedFile, JSON.stringify({ quick, key: templateKey(info) }) + '\n');
  if (made) {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`PGlite template with ${info.migrations.length} migrations made in ${seconds} s: ${path.relative(REPO_ROOT, path.dirname(pgdata))}`);
  }
}
process.exit(0);

function readChecked(): { quick: string; key: string } | null {
  try {
    return JSON.parse(fs.readFileSync(checkedFile, 'utf8')) as { quick: string; key: string };
  } catch {
    return null;
  }
}
