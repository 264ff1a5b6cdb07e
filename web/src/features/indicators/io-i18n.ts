import { useTranslation } from 'react-i18next';
import { i18n } from '../../lib/i18n';
import en from '../../locales/indicators/io.en.json';
import vi from '../../locales/indicators/io.vi.json';
import { indicatorsNs } from './i18n';

/**
 * The texts of the screens that put figures in officers' hands (entry grid, publication, workbook import) live in
 * their own namespace (src/locales/indicators/io.*.json), loaded with those screens only: the overview, which shares
 * the `indicators` namespace, must stay within its JavaScript budget.
 */
export const figuresIoNs = 'indicators-io';

if (!i18n.hasResourceBundle('vi', figuresIoNs)) {
  i18n.addResourceBundle('vi', figuresIoNs, vi);
  i18n.addResourceBundle('en', figuresIoNs, en);
}

/** `t` of the grid and import screens: their own keys first, then the figures screens' (`status.*`), then the main catalog's. */
export function useFiguresIoTranslation() {
  return useTranslation([figuresIoNs, indicatorsNs, 'translation'], { nsMode: 'fallback' });
}
