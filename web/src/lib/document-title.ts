import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the browser tab's title to "<page> · congthuong · Sở Công Thương", in the current language (screen readers announce it). */
export function useDocumentTitle(title: string): void {
  const { t } = useTranslation();
  const suffix = t('app.title');
  useEffect(() => {
    document.title = title && title !== suffix ? `${title} · ${suffix}` : suffix;
  }, [title, suffix]);
}
