import { useTranslation } from 'react-i18next';
import { i18n } from '../../lib/i18n';
import en from '../../locales/enterprises/en.json';
import vi from '../../locales/enterprises/vi.json';

/**
 * The enterprise screens keep their texts in their own catalog namespace (src/locales/enterprises/), added when these
 * screens load: the main catalog ships with the log-in page and must stay small.
 */
export const enterprisesNs = 'enterprises';

if (!i18n.hasResourceBundle('vi', enterprisesNs)) {
  i18n.addResourceBundle('vi', enterprisesNs, vi);
  i18n.addResourceBundle('en', enterprisesNs, en);
}

/** `t` of the enterprise screens: keys of the `enterprises` namespace first, then of the main catalog ("app.close"). */
export function useEnterprisesTranslation() {
  return useTranslation([enterprisesNs, 'translation'], { nsMode: 'fallback' });
}
