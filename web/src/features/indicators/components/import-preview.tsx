import { Alert, Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { formatNumber } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { cellOutcomes, type CellOutcome, type CsvReport, type WorkbookProblem, type WorkbookReport } from '../api/imports';
import type { Indicator } from '../api/types';
import { useFiguresIoTranslation } from '../io-i18n';
import { ImportFiguresTable, ImportPlansTable, outcomeColor } from './import-tables';

/** The sentence of a problem in the current language. */
function problemText(problem: { message: { vi: string; en: string } }): string {
  return currentLanguage() === 'en' ? problem.message.en : problem.message.vi;
}

/** A table of problems (refusals or warnings), cell by cell, in the user's language. */
function ProblemTable({ problems, title, color, testId }: { problems: WorkbookProblem[]; title: string; color: string; testId: string }) {
  const { t } = useFiguresIoTranslation();
  if (!problems.length) return null;
  return (
    <Stack gap={4} data-testid={testId}>
      <Title order={3} size="h5" c={color}>
        {title}
      </Title>
      <Table.ScrollContainer minWidth={560}>
        <Table striped withTableBorder fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w={180}>
                {t('import.columns.cell')}
              </Table.Th>
              <Table.Th scope="col">{t('import.columns.problem')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {problems.map((p, i) => (
              <Table.Tr key={`${p.sheet}!${p.cell}|${p.code}|${i}`} data-code={p.code}>
                <Table.Th scope="row" fw={500} style={{ whiteSpace: 'nowrap' }}>
                  {p.sheet ? `${p.sheet}!${p.cell}` : p.cell || '—'}
                </Table.Th>
                <Table.Td>{problemText(p)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

/** Props of {@link WorkbookPreview}. */
export type WorkbookPreviewProps = { report: WorkbookReport; indicators: Map<string, Indicator> };

/**
 * What the importer understood of a workbook, before anything is written (or what a confirmed import wrote): the
 * layout and number format it recognised, the counts by outcome, every figure cell (indicator, unit, period,
 * category, status, value, sheet and cell, outcome), the refused cells and the warnings, and the plans found.
 */
export function WorkbookPreview({ report, indicators }: WorkbookPreviewProps) {
  const { t } = useFiguresIoTranslation();
  const errors = report.problems.filter((p) => p.severity === 'error');
  const warnings = report.problems.filter((p) => p.severity === 'warning');
  const counts = useMemo(() => {
    const map = new Map<CellOutcome, number>();
    for (const f of report.figures) map.set(f.outcome, (map.get(f.outcome) ?? 0) + 1);
    return map;
  }, [report.figures]);

  return (
    <Stack gap="md" data-testid="import-preview" data-dry-run={report.dryRun}>
      <Stack gap={4}>
        <Text size="sm" data-testid="import-understood">
          {t('import.understood', {
            file: report.fileName,
            layout: t(`import.layouts.${report.layout}`),
            locale: t(`import.locales.${report.locale}`),
            reason: t(`import.localeReasons.${report.localeReason}`),
          })}
        </Text>
        <Group gap="xs" wrap="wrap" data-testid="import-counts">
          {cellOutcomes.map((o) =>
            counts.get(o) ? (
              <Badge key={o} color={outcomeColor[o]} variant="light" radius="sm" data-outcome={o}>
                {t(`import.outcomes.${o}`)}: {formatNumber(counts.get(o))}
              </Badge>
            ) : null,
          )}
          {report.plans.length > 0 && (
            <Badge color="blue" variant="light" radius="sm">
              {t('import.plansCount', { n: formatNumber(report.plans.length) })}
            </Badge>
          )}
          {warnings.length > 0 && (
            <Badge color="orange" variant="light" radius="sm">
              {t('import.warningsCount', { n: formatNumber(warnings.length) })}
            </Badge>
          )}
          {errors.length > 0 && (
            <Badge color="red" variant="filled" radius="sm">
              {t('import.errorsCount', { n: formatNumber(errors.length) })}
            </Badge>
          )}
        </Group>
      </Stack>
      {errors.length > 0 && (
        <Alert color="red" variant="light" role="alert" data-testid="import-refused">
          {t('import.refused', { n: formatNumber(errors.length) })}
        </Alert>
      )}
      {report.statusRequired && !report.status && (
        <Alert color="yellow" variant="light" data-testid="import-status-required">
          {t('import.statusRequired', { n: formatNumber(counts.get('needs_status') ?? 0) })}
        </Alert>
      )}
      {(counts.get('locked') ?? 0) > 0 && (
        <Alert color="orange" variant="light" data-testid="import-locked">
          {t('import.lockedNote', { n: formatNumber(counts.get('locked') ?? 0) })}
        </Alert>
      )}
      <ProblemTable problems={errors} title={t('import.errorsTitle')} color="red.8" testId="import-errors" />
      <ProblemTable problems={warnings} title={t('import.warningsTitle')} color="orange.8" testId="import-warnings" />

      <ImportFiguresTable figures={report.figures} counts={counts} indicators={indicators} />
      {report.plans.length > 0 && <ImportPlansTable plans={report.plans} indicators={indicators} />}
    </Stack>
  );
}

/** What a CSV import would do (or did): rows read, written, unchanged, and every refused cell by row and column. */
export function CsvPreview({ report }: { report: CsvReport }) {
  const { t } = useFiguresIoTranslation();
  return (
    <Stack gap="sm" data-testid="import-preview" data-dry-run={report.dryRun}>
      <Text size="sm" data-testid="import-understood">
        {t(report.dryRun ? 'import.csv.preview' : 'import.csv.done', {
          kind: t(`import.csv.kinds.${report.kind}`),
          rows: formatNumber(report.rows),
          written: formatNumber(report.written),
          unchanged: formatNumber(report.unchanged),
        })}
      </Text>
      {report.problems.length > 0 && (
        <>
          <Alert color="red" variant="light" role="alert" data-testid="import-refused">
            {t('import.refused', { n: formatNumber(report.problems.length) })}
          </Alert>
          <Table.ScrollContainer minWidth={560}>
            <Table striped withTableBorder fz="sm" data-testid="import-errors">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('import.columns.row')}</Table.Th>
                  <Table.Th scope="col">{t('import.columns.column')}</Table.Th>
                  <Table.Th scope="col">{t('import.columns.problem')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.problems.map((p, i) => (
                  <Table.Tr key={`${p.row}|${p.column}|${i}`}>
                    <Table.Th scope="row">{formatNumber(p.row)}</Table.Th>
                    <Table.Td>{p.column}</Table.Td>
                    <Table.Td>{problemText(p)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
  );
}
