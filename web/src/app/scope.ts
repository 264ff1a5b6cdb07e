import { useTranslation } from 'react-i18next';
import { useProvinces } from '../features/places/api/get-provinces';
import type { Me } from '../lib/auth';

/** The user's provinces in words: "all provinces", or their names in the current language (codes while names load). */
export function useScopeNames(me: Me): { all: boolean; names: string[] } {
  const { i18n } = useTranslation();
  const all = me.scope.includes('*');
  const provinces = useProvinces(undefined, !all && me.scope.length > 0 && me.modules.includes('places'));
  if (all) return { all, names: [] };
  const byCode = new Map((provinces.data?.items ?? []).map((p) => [p.code, i18n.language === 'en' ? p.nameEn : p.name]));
  return { all, names: me.scope.map((code) => byCode.get(code) ?? code) };
}

/** A short line for the header: "All provinces", one or two names, or "N provinces". */
export function useScopeSummary(me: Me): { label: string; full: string } {
  const { t } = useTranslation();
  const { all, names } = useScopeNames(me);
  if (all) return { label: t('scope.all'), full: t('scope.all') };
  if (names.length === 0) return { label: t('scope.none'), full: t('scope.none') };
  const full = names.join(', ');
  return { label: names.length <= 2 ? full : t('scope.count', { count: names.length }), full };
}

/** A province the user may choose: its code and name in the current language. */
export type ScopeProvince = { code: string; name: string };

/**
 * The provinces a user may choose on the figures screens: every province (official order) for `['*']`, else the
 * user's own in the order of their scope (shown by code while the names load, or when the places module is off).
 */
export function useScopeProvinces(me: Me): { items: ScopeProvince[]; pending: boolean } {
  const { i18n } = useTranslation();
  const all = me.scope.includes('*');
  const provinces = useProvinces(undefined, me.modules.includes('places'));
  const list = provinces.data?.items ?? [];
  const nameOf = (p: { name: string; nameEn: string }) => (i18n.language === 'en' ? p.nameEn : p.name);
  if (all) return { items: list.map((p) => ({ code: p.code, name: nameOf(p) })), pending: provinces.isPending && me.modules.includes('places') };
  const byCode = new Map(list.map((p) => [p.code, nameOf(p)]));
  return { items: me.scope.map((code) => ({ code, name: byCode.get(code) ?? code })), pending: false };
}
