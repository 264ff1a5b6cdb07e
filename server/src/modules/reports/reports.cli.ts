import fs from 'node:fs';
import { InvalidArgumentError, type Command } from 'commander';
import type { DatabaseHandle } from '../../database';
import { REPORT_FORMATS, renderReport, type ReportFormat } from './render';
import { generateMonthlyReport } from './reports.service';

const asOfOption = (v: string) => {
  const at = new Date(v.length === 10 ? `${v}T23:59:59.999+07:00` : v);
  if (Number.isNaN(at.getTime())) throw new InvalidArgumentError('expected an ISO date or timestamp, e.g. 2023-06-07 or 2023-06-07T17:00:00+07:00');
  return at;
};

/** Adds `report`: writes the monthly sector report of a province in a format (txt and md to standard output when no --out). */
export function registerReportCommand(program: Command, withDatabase: <T>(fn: (handle: DatabaseHandle) => Promise<T>) => Promise<T>) {
  program
    .command('report')
    .description('Write the monthly sector report (Báo cáo tình hình hoạt động ngành Công Thương tháng N) from the figures')
    .requiredOption('--orgunit <ref>', 'the province: CODE or CODE@YYYY-MM-DD (e.g. 40)')
    .requiredOption('--period <month>', 'the report month, YYYY-MM (e.g. 2023-05)')
    .option(
      '--lang <lang>',
      'vi or en',
      (v: string) => {
        if (v !== 'vi' && v !== 'en') throw new InvalidArgumentError('lang must be vi or en');
        return v;
      },
      'vi',
    )
    .option(
      '--format <format>',
      REPORT_FORMATS.join(', '),
      (v: string) => {
        if (!(REPORT_FORMATS as readonly string[]).includes(v)) throw new InvalidArgumentError(`format must be one of ${REPORT_FORMATS.join(', ')}`);
        return v;
      },
      'txt',
    )
    .option('--out <file>', 'write to this file (default: standard output for txt and md, the report’s file name otherwise)')
    .option('--as-of <time>', 'from the figures as recorded at this time (ISO date or timestamp)', asOfOption)
    .action((opts: { orgunit: string; period: string; lang: 'vi' | 'en'; format: ReportFormat; out?: string; asOf?: Date }) =>
      withDatabase(async ({ db }) => {
        const report = await generateMonthlyReport(db, { orgunit: opts.orgunit, period: opts.period, lang: opts.lang, asOf: opts.asOf ?? null });
        const file = await renderReport(report.document, report.data, opts.format);
        if (!opts.out && typeof file.body === 'string' && (opts.format === 'txt' || opts.format === 'md')) return void process.stdout.write(file.body);
        const out = opts.out ?? file.fileName;
        fs.writeFileSync(out, file.body);
        console.error(`Report written to ${out}${report.newerFiguresExist ? ' (the figures have changed since the time asked)' : ''}.`);
      }),
    );
}
