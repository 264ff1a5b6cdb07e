import { useTranslation } from 'react-i18next';
import { i18n } from '../../lib/i18n';
import en from '../../locales/indicators/en.json';
import vi from '../../locales/indicators/vi.json';

/**
 * The figures screens keep their texts in their own catalog namespace (src/locales/indicators/), added when
 * these screens load: the main catalog ships with the log-in page and must stay small.
 */
export const indicatorsNs = 'indicators';

if (!i18n.hasResourceBundle('vi', indicatorsNs)) {
  i18n.addResourceBundle('vi', indicatorsNs, vi);
  i18n.addResourceBundle('en', indicatorsNs, en);
}

/** `t` of the figures screens: keys of the `indicators` namespace first, then of the main catalog ("app.close"). */
export function useIndicatorsTranslation() {
  return useTranslation([indicatorsNs, 'translation'], { nsMode: 'fallback' });
}
