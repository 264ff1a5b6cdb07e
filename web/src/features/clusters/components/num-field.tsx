import { NumberInput, type NumberInputProps } from '@mantine/core';
import { numberSeparators } from '../../../lib/format';
import { useClustersTranslation } from '../i18n';

/** A number input that reads and writes numbers the way the current language does ("36.539,5" in vi). */
export function NumField(props: Omit<NumberInputProps, 'thousandSeparator' | 'decimalSeparator'>) {
  useClustersTranslation(); // re-render, and so re-read the separators, when the language changes
  const { thousand, decimal } = numberSeparators();
  return <NumberInput {...props} thousandSeparator={thousand} decimalSeparator={decimal} hideControls />;
}

/** The number a NumField holds, or null when it is empty. */
export function numOrNull(value: number | string): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
