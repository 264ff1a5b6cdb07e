import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { DatabaseHandle } from './database';
import { computeFigures, importFiguresCsv } from './modules/indicators';

const pct = (v: number | null) => (v === null ? '—' : `${v >= 0 ? '+' : ''}${v.toFixed(2)}%`);
const num = (v: number | null) => (v === null ? '—' : v.toLocaleString('vi-VN', { maximumFractionDigits: 2 }));

/** Adds the commands of domain modules (import, figures …) to the command line. */
export function registerModuleCommands(program: Command, withDatabase: <T>(fn: (handle: DatabaseHandle) => Promise<T>) => Promise<T>) {
  program
    .command('import')
    .description('Import figures or plans from a CSV file (recognised by its header): atomic and idempotent')
    .argument('<file>')
    .option('--dry-run', 'show what would be written and every refused row, write nothing')
    .action((file: string, opts: { dryRun?: boolean }) =>
      withDatabase(async ({ db }) => {
        const csv = fs.readFileSync(file, 'utf8');
        const report = await importFiguresCsv(db, null, csv, { fileName: path.basename(file), dryRun: Boolean(opts.dryRun) });
        console.log(`${report.dryRun ? 'Dry run — nothing written. ' : ''}${report.kind}: ${report.rows} rows, ${report.written} ${report.dryRun ? 'would be written' : 'written'}, ${report.unchanged} unchanged.`);
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
          console.log(`${f.indicator} ${f.orgunit} ${f.period}: ${num(f.value)} (${f.status ?? 'no figure'}${f.reported ? '' : ', derived'}) · YoY ${pct(f.yoyPercent)} · plan ${num(f.plan)} → ${f.planPercent === null ? '—' : `${f.planPercent.toFixed(2)}%`} · scenario ${f.scenario?.warning ?? '—'}`);
        }
      }),
    );
}
