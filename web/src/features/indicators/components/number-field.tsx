import { NumberInput, type NumberInputProps } from '@mantine/core';
import { numberSeparators } from '../../../lib/format';
import { useIndicatorsTranslation } from '../i18n';

/** A number input that reads and writes numbers the way the current language does ("36.539,5" in vi). */
export function NumberField(props: Omit<NumberInputProps, 'thousandSeparator' | 'decimalSeparator'>) {
  useIndicatorsTranslation(); // re-render, and so re-read the separators, when the language changes
  const { thousand, decimal } = numberSeparators();
  return <NumberInput {...props} thousandSeparator={thousand} decimalSeparator={decimal} hideControls />;
}
