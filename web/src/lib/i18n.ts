import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import vi from '../locales/vi.json';

/** The languages the interface speaks; Vietnamese is the working language. */
export type Language = 'vi' | 'en';

const storageKey = 'ct.language';

/** Narrows any string to a supported language, or null. */
export function toLanguage(value: unknown): Language | null {
  return value === 'vi' || value === 'en' ? value : null;
}

function readStoredLanguage(): Language | null {
  try {
    return toLanguage(globalThis.localStorage.getItem(storageKey));
  } catch {
    return null; // storage blocked (private mode, policy): fall back to Vietnamese
  }
}

function storeLanguage(language: Language): void {
  try {
    globalThis.localStorage.setItem(storageKey, language);
  } catch {
    // storage blocked: the choice lasts for this page only
  }
}

/** The single i18next instance of the app; Vietnamese is built in, English is fetched the first time it is needed. */
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi } },
  lng: 'vi',
  fallbackLng: 'vi',
  supportedLngs: ['vi', 'en'],
  initAsync: false,
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
});

function syncDocument(language: string): void {
  if (typeof document === 'undefined') return; // unit tests in Node
  document.documentElement.lang = language;
}

syncDocument(i18n.language);
i18n.on('languageChanged', syncDocument);

// Only Vietnamese ships in the first bundle (it is the default and the fallback); this keeps the log-in page small.
const catalogs: Record<Exclude<Language, 'vi'>, () => Promise<{ default: Record<string, unknown> }>> = {
  en: () => import('../locales/en.json'),
};

async function ensureCatalog(language: Language): Promise<void> {
  if (language === 'vi' || i18n.hasResourceBundle(language, 'translation')) return;
  const catalog = await catalogs[language]();
  i18n.addResourceBundle(language, 'translation', catalog.default);
}

/** The language the interface currently speaks. */
export function currentLanguage(): Language {
  return toLanguage(i18n.resolvedLanguage) ?? toLanguage(i18n.language) ?? 'vi';
}

/** Switches the interface language, sets `<html lang>` and remembers the choice in this browser. */
export async function setLanguage(language: Language): Promise<void> {
  storeLanguage(language);
  if (currentLanguage() === language) return;
  await ensureCatalog(language);
  await i18n.changeLanguage(language);
}

/** Resolves once the language remembered in this browser is ready; render the app after it, so text does not flash. */
export function initLanguage(): Promise<void> {
  const stored = readStoredLanguage();
  return stored && stored !== 'vi' ? setLanguage(stored).catch(() => undefined) : Promise.resolve();
}
