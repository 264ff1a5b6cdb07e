import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, type List } from '../../../lib/api';
import type { Language } from '../../../lib/i18n';
import { indicatorsKey } from './keys';
import type { Indicator } from './types';

/** The query of the indicator catalogue; it changes rarely. */
export const catalogueQuery = queryOptions({
  queryKey: [indicatorsKey, 'catalogue'] as const,
  queryFn: ({ signal }) => api.get<List<Indicator>>('/api/indicators', undefined, signal),
  staleTime: 10 * 60_000,
});

/** The built-in indicators in the order the press releases use; user-defined ones follow, by code. */
const releaseOrder = ['IIP', 'IND_OUTPUT', 'IND_VALUE_ADDED', 'RETAIL', 'RETAIL_GOODS', 'EXPORT', 'IMPORT', 'TRADE_BALANCE'];

function byReleaseOrder(a: Indicator, b: Indicator): number {
  const rank = (i: Indicator) => (releaseOrder.includes(i.code) ? releaseOrder.indexOf(i.code) : releaseOrder.length);
  return rank(a) - rank(b) || a.code.localeCompare(b.code);
}

/** The indicator catalogue in press-release order, and a lookup by code. */
export function useCatalogue() {
  return useQuery({
    ...catalogueQuery,
    select: (data) => {
      const items = [...data.items].sort(byReleaseOrder);
      return { items, byCode: new Map(items.map((i) => [i.code, i])) };
    },
  });
}

/** The indicator's name in a language. */
export function indicatorName(indicator: Pick<Indicator, 'nameVi' | 'nameEn'> | undefined, language: Language, fallback = ''): string {
  if (!indicator) return fallback;
  return language === 'en' ? indicator.nameEn : indicator.nameVi;
}

/** The indicator's unit in a language ("tỷ đồng" / "billion VND"). */
export function indicatorUnit(indicator: Pick<Indicator, 'unitVi' | 'unitEn'> | undefined, language: Language): string {
  if (!indicator) return '';
  return language === 'en' ? indicator.unitEn : indicator.unitVi;
}
