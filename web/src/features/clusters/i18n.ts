import { useTranslation } from 'react-i18next';
import { i18n } from '../../lib/i18n';
import en from '../../locales/clusters/en.json';
import vi from '../../locales/clusters/vi.json';

/**
 * The cluster screens keep their texts in their own catalog namespace (src/locales/clusters/), added when these
 * screens load: the main catalog ships with the log-in page and must stay small.
 */
export const clustersNs = 'clusters';

if (!i18n.hasResourceBundle('vi', clustersNs)) {
  i18n.addResourceBundle('vi', clustersNs, vi);
  i18n.addResourceBundle('en', clustersNs, en);
}

/** `t` of the cluster screens: keys of the `clusters` namespace first, then of the main catalog ("app.close"). */
export function useClustersTranslation() {
  return useTranslation([clustersNs, 'translation'], { nsMode: 'fallback' });
}
