import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, type List } from '../../../lib/api';
import { indicatorsKey } from './keys';
import type { RankedFigure } from './types';

/** The measure a ranking orders by: growth over the same period last year, percent of the annual plan, or the value. */
export type RankMeasure = 'yoyPercent' | 'planPercent' | 'value';

/** Every measure, in the order the screens offer them. */
export const rankMeasures: readonly RankMeasure[] = ['yoyPercent', 'planPercent', 'value'];

/** What a ranking asks: one indicator and period, ordered by one measure, optionally as published at the end of a day. */
export type RankingParams = { indicator: string; period: string; by: RankMeasure; asOf?: string };

/** The query of the ranking of the provinces in the user's scope. */
export function rankingQuery(params: RankingParams) {
  return queryOptions({
    queryKey: [indicatorsKey, 'ranking', params] as const,
    queryFn: ({ signal }) => api.get<List<RankedFigure>>('/api/figures/ranking', params, signal),
  });
}

/** The provinces in the user's scope ranked for one indicator and period (1 = best; ties share a rank). */
export function useRanking(params: RankingParams | null) {
  return useQuery({ ...rankingQuery(params ?? { indicator: '', period: '', by: 'yoyPercent' }), enabled: params !== null, placeholderData: keepPreviousData });
}
