import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { api, type List } from '../../../lib/api';
import { indicatorsKey } from './keys';
import type { FigureHistory, FigureKey, FigureResult } from './types';

/** The query of every vintage of one figure. */
export function historyQuery(key: FigureKey) {
  return queryOptions({
    queryKey: [indicatorsKey, 'history', key] as const,
    queryFn: ({ signal }) =>
      api.get<FigureHistory>(
        '/api/figures/history',
        { indicator: key.indicator, orgunit: key.orgunit, period: key.period, category: key.category ?? undefined, base: key.base },
        signal,
      ),
  });
}

/** Every vintage of one figure (null key: nothing is asked), always asked again when shown: someone may have just saved it. */
export function useHistory(key: FigureKey | null) {
  return useQuery({ ...historyQuery(key ?? { indicator: '', orgunit: '', period: '' }), enabled: key !== null, staleTime: 0 });
}

/** The query of one figure as the engine computes it (value, status, whether reported, merged from which units). */
export function figureQuery(key: FigureKey) {
  return queryOptions({
    queryKey: [indicatorsKey, 'figure', key] as const,
    queryFn: ({ signal }) =>
      api.get<List<FigureResult>>(
        '/api/figures',
        { indicator: key.indicator, orgunit: key.orgunit, period: key.period, category: key.category ?? undefined },
        signal,
      ),
    select: (data) => data.items[0] ?? null,
  });
}

/** One figure (null key: nothing is asked). */
export function useFigure(key: FigureKey | null) {
  return useQuery({ ...figureQuery(key ?? { indicator: '', orgunit: '', period: '' }), enabled: key !== null });
}

/** The vintages of several figures (a merged province's predecessors), in the order of the keys. */
export function useFigureHistories(keys: FigureKey[]) {
  return useQueries({ queries: keys.map((key) => historyQuery(key)) });
}
