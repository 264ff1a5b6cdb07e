import { useTranslation } from 'react-i18next';
import { i18n } from '../../lib/i18n';
import en from '../../locales/reports/en.json';
import vi from '../../locales/reports/vi.json';

/**
 * The monthly report screens keep their texts in their own catalog namespace (src/locales/reports/), added when
 * these screens load: the main catalog ships with the log-in page and must stay small.
 */
export const reportsNs = 'reports';

if (!i18n.hasResourceBundle('vi', reportsNs)) {
  i18n.addResourceBundle('vi', reportsNs, vi);
  i18n.addResourceBundle('en', reportsNs, en);
}

/** `t` of the report screens: keys of the `reports` namespace first, then of the main catalog ("app.close"). */
export function useReportsTranslation() {
  return useTranslation([reportsNs, 'translation']);
}
