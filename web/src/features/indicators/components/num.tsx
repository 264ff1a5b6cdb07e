import { VisuallyHidden } from '@mantine/core';
import { useIndicatorsTranslation } from '../i18n';

/**
 * A formatted number as text. "—" (no figure) is hidden from screen readers, which hear "no figure" instead;
 * `label` replaces what they hear (the label and the number together), when the number has no visible label.
 */
export function Num({ text, label, testId }: { text: string; label?: string; testId?: string }) {
  const { t } = useIndicatorsTranslation();
  if (text === '—') {
    return (
      <span data-testid={testId}>
        <span aria-hidden>—</span>
        <VisuallyHidden>{label ? `${label}: ${t('common.noFigure')}` : t('common.noFigure')}</VisuallyHidden>
      </span>
    );
  }
  if (label) {
    return (
      <span data-testid={testId}>
        <span aria-hidden>{text}</span>
        <VisuallyHidden>{`${label}: ${text}`}</VisuallyHidden>
      </span>
    );
  }
  return <span data-testid={testId}>{text}</span>;
}
