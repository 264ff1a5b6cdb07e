import { Alert, Box, Button, Stack, Text } from '@mantine/core';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { formatNumber, formatPeriod } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import type { FigureChange, MonthlyReport } from '../api/types';
import { useReportsTranslation } from '../i18n';

const shown = 12;

/** Props of {@link NewerFiguresNotice}. */
export type NewerFiguresNoticeProps = {
  report: MonthlyReport;
  /** Null when the user may not store versions (readers see the notice without the button). */
  onRegenerate: (() => void) | null;
  regenerating: boolean;
  error: unknown;
};

function useChangeText() {
  const { t } = useReportsTranslation();
  return (change: FigureChange, report: MonthlyReport): string => {
    const en = currentLanguage() === 'en';
    const indicator = report.data.indicators.find((i) => i.code === change.indicator);
    const category = change.category ? report.data.categories.find((c) => c.indicator === change.indicator && c.code === change.category) : undefined;
    const name = indicator ? (en ? indicator.nameEn : indicator.nameVi) : change.indicator;
    const what = category ? t('changes.withCategory', { name, category: en ? category.nameEn : category.nameVi }) : name;
    const value = (v: number | string | null) =>
      v === null
        ? t('changes.none')
        : typeof v === 'number'
          ? formatNumber(v, { decimals: indicator?.decimals })
          : change.field === 'status'
            ? t(`status.${v}`, { defaultValue: v })
            : v;
    return t('changes.item', {
      what,
      period: formatPeriod(change.period),
      field: t(`changes.field.${change.field}`),
      before: value(change.before),
      after: value(change.after),
    });
  };
}

/**
 * A stored version whose figures have since been revised: what changed (figure, period, before → after) and, for
 * officers and directors, "regenerate": a new version from the current figures, the officer's texts kept.
 */
export function NewerFiguresNotice({ report, onRegenerate, regenerating, error }: NewerFiguresNoticeProps) {
  const { t } = useReportsTranslation();
  const text = useChangeText();
  const changes = report.meta.changes;
  return (
    <Alert color="yellow" variant="light" title={t('changes.title')} data-testid="report-newer-figures">
      <Stack gap="xs">
        <Text size="sm">{t('changes.intro')}</Text>
        <Box component="ul" m={0} pl="lg" fz="sm" data-testid="report-changes">
          {changes.slice(0, shown).map((change, i) => (
            <li key={i}>{text(change, report)}</li>
          ))}
        </Box>
        {changes.length > shown && (
          <Text size="sm" c="dimmed">
            {t('changes.more', { number: formatNumber(changes.length - shown) })}
          </Text>
        )}
        {onRegenerate ? (
          <Button onClick={onRegenerate} loading={regenerating} color="yellow.8" style={{ alignSelf: 'flex-start' }} data-testid="report-regenerate">
            {t('changes.regenerate')}
          </Button>
        ) : (
          <Text size="sm" c="dimmed">
            {t('changes.askEditor')}
          </Text>
        )}
        {error ? <ErrorAlert error={error} /> : null}
      </Stack>
    </Alert>
  );
}
