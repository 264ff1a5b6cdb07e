import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../lib/i18n';

/** Props of {@link LanguageSwitch}. */
export type LanguageSwitchProps = { value: Language; onChange: (language: Language) => void; loading?: boolean };

/** One button that switches between Vietnamese and English; it shows the language it switches to. */
export function LanguageSwitch({ value, onChange, loading }: LanguageSwitchProps) {
  const { t } = useTranslation();
  const next: Language = value === 'vi' ? 'en' : 'vi';
  return (
    <Button
      variant="default"
      size="compact-md"
      loading={loading}
      onClick={() => onChange(next)}
      aria-label={t('language.switchTo')}
      title={t(`language.names.${next}`)}
      data-testid="lang-switch"
      data-language={value}
    >
      <span lang={next}>{t('language.target')}</span>
    </Button>
  );
}
