import { Alert, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatNumber } from '../../../lib/format';
import { useFiguresIoTranslation } from '../io-i18n';
import type { ImportResult } from './use-import-file';

const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Props of {@link ImportDone}. */
export type ImportDoneProps = {
  done: ImportResult;
  /** Links shown after a workbook's import: the province and the latest month written (null: none). */
  doneLinks: (orgunit: string, month: string | null) => ReactNode;
};

/** What a confirmed import wrote (and left unchanged), with the links to see it. */
export function ImportDone({ done, doneLinks }: ImportDoneProps) {
  const { t } = useFiguresIoTranslation();
  const doneMonth = (() => {
    if (done.kind !== 'workbook') return null;
    const months = done.report.figures.filter((f) => f.outcome === 'write' && monthPattern.test(f.period)).map((f) => f.period);
    return months.length ? months.sort().at(-1)! : null;
  })();

  return (
    <Alert color="green" variant="light" role="status" data-testid="import-done">
      <Stack gap="xs">
        <Text size="sm">
          {done.kind === 'workbook'
            ? t('import.done', {
                file: done.report.fileName,
                written: formatNumber(done.report.counts['write'] ?? 0),
                unchanged: formatNumber(done.report.counts['unchanged'] ?? 0),
                plans: formatNumber(done.report.plans.filter((p) => p.outcome === 'write').length),
              })
            : t('import.csv.done', {
                kind: t(`import.csv.kinds.${done.report.kind}`),
                rows: formatNumber(done.report.rows),
                written: formatNumber(done.report.written),
                unchanged: formatNumber(done.report.unchanged),
              })}
        </Text>
        {done.kind === 'workbook' && doneLinks(done.report.orgunit, doneMonth)}
      </Stack>
    </Alert>
  );
}
