import fs from 'node:fs';
import path from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import type { DatabaseHandle } from './database';
import { computeFigures, importFiguresCsv, importWorkbook, type WorkbookImportReport } from './modules/indicators';
import { AppError } from './core/errors';
import { registerReportCommand } from './modules/reports';

const pct = (v: number | null) => (v === null ? '—' : `${v >= 0 ? '+' : ''}${v.toFixed(2)}%`);
const num = (v: number | null) => (v === null ? '—' : v.toLocaleString('vi-VN', { maximumFractionDigits: 2 }));

/** Adds the commands of domain modules (import, figures …) to the command line. */
export function registerModuleCommands(program: Command, withDatabase: <T>(fn: (handle: DatabaseHandle) => Promise<T>) => Promise<T>) {
  program
    .command('import')
    .description('Import figures or plans from a CSV file (recognised by its header) or a workbook (.xlsx, .xls): atomic and idempotent')
    .argument('<file>')
    .option('--dry-run', 'show what would be written and every refused row or cell, write nothing')
    .option('--orgunit <ref>', 'workbooks: the unit the figures belong to (e.g. 40)')
    .option('--status <status>', 'workbooks: estimate, preliminary or official for figures whose file states none')
    .option('--reason <text>', 'workbooks: why published months are changed (kept on those vintages)')
    .action((file: string, opts: { dryRun?: boolean; orgunit?: string; status?: string; reason?: string }) =>
      withDatabase(async ({ db }) => {
        const bytes = fs.readFileSync(file);
        if (isWorkbook(file, bytes)) return importWorkbookCommand(db, file, bytes, opts);
        const report = await importFiguresCsv(db, null, bytes.toString('utf8'), { fileName: path.basename(file), dryRun: Boolean(opts.dryRun) });
        console.log(
          `${report.dryRun ? 'Dry run — nothing written. ' : ''}${report.kind}: ${report.rows} rows, ${report.written} ${report.dryRun ? 'would be written' : 'written'}, ${report.unchanged} unchanged.`,
        );
      }),
    );

  program
    .command('figures')
    .description('Print figures as the API computes them (value, growth, plan, scenario, year-end)')
    .requiredOption('--indicator <codes>', 'indicator code(s), comma separated')
    .requiredOption('--orgunit <refs>', 'unit reference(s): CODE or CODE@YYYY-MM-DD, comma separated')
    .requiredOption('--period <period>', '2023-05, 2023-Q2, 2023-H1, 2023 or 2023-01/2023-05')
    .option('--category <code>', 'a category; omitted = the total')
    .option('--as-of <time>', 'as published at this time (ISO date or timestamp)')
    .option('--json', 'print the same JSON objects as the API')
    .action((opts: { indicator: string; orgunit: string; period: string; category?: string; asOf?: string; json?: boolean }) =>
      withDatabase(async ({ db }) => {
        const items = await computeFigures(db, {
          indicators: opts.indicator.split(','),
          orgunits: opts.orgunit.split(','),
          period: opts.period,
          category: opts.category ?? null,
          asOf: opts.asOf ? new Date(opts.asOf.length === 10 ? `${opts.asOf}T23:59:59.999+07:00` : opts.asOf) : null,
        });
        if (opts.json) return void console.log(JSON.stringify(items.length === 1 ? items[0] : items, null, 2));
        for (const f of items) {
          console.log(
            `${f.indicator} ${f.orgunit} ${f.period}: ${num(f.value)} (${f.status ?? 'no figure'}${f.reported ? '' : ', derived'}) · YoY ${pct(f.yoyPercent)} · plan ${num(f.plan)} → ${f.planPercent === null ? '—' : `${f.planPercent.toFixed(2)}%`} · scenario ${f.scenario?.warning ?? '—'}`,
          );
        }
      }),
    );

  registerReportCommand(program, withDatabase);
}

const STATUSES = ['estimate', 'preliminary', 'official'] as const;

/** A workbook by its extension or its first bytes (zip or OLE2). */
function isWorkbook(file: string, bytes: Buffer) {
  if (/\.(xlsx|xlsm|xls)$/i.test(file)) return true;
  return bytes.subarray(0, 4).equals(Buffer.from('504b0304', 'hex')) || bytes.subarray(0, 8).equals(Buffer.from('d0cf11e0a1b11ae1', 'hex'));
}

function printWorkbookReport(r: WorkbookImportReport) {
  const c = r.counts;
  console.log(
    `${r.dryRun ? 'Dry run — nothing written. ' : ''}${r.fileName} (${r.format}, layout ${r.layout}, numbers ${r.locale}): ${c.figures} figures — ${c.write} ${r.dryRun ? 'would be written' : 'written'}, ${c.unchanged} unchanged, ${c.notStored} ratios checked not stored, ${c.locked} locked, ${c.superseded} superseded, ${c.refused} refused; ${c.plans} plan(s).`,
  );
  for (const p of r.problems) console.log(`  ${p.severity === 'error' ? 'ERROR  ' : 'warning'} ${p.sheet}!${p.cell} ${p.message.vi}`);
  if (r.statusRequired && !r.status) console.log('  Some figures have no status in the file: pass --status estimate|preliminary|official to import.');
}

async function importWorkbookCommand(
  db: Parameters<typeof importWorkbook>[0],
  file: string,
  bytes: Buffer,
  opts: { dryRun?: boolean; orgunit?: string; status?: string; reason?: string },
) {
  if (!opts.orgunit) throw new InvalidArgumentError('A workbook needs --orgunit (the unit the figures belong to, e.g. 40).');
  if (opts.status && !(STATUSES as readonly string[]).includes(opts.status)) throw new InvalidArgumentError(`--status must be one of ${STATUSES.join(', ')}`);
  try {
    const report = await importWorkbook(db, null, bytes, {
      fileName: path.basename(file),
      orgunit: opts.orgunit,
      status: (opts.status as (typeof STATUSES)[number] | undefined) ?? null,
      dryRun: Boolean(opts.dryRun),
      reason: opts.reason ?? null,
    });
    printWorkbookReport(report);
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'import_refused' || !error.details || !('figures' in error.details)) throw error;
    printWorkbookReport(error.details as unknown as WorkbookImportReport);
    throw new AppError('import_refused', error.message); // the problems are printed above
  }
}
