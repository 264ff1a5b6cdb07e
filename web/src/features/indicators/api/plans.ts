import { queryOptions, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type List } from '../../../lib/api';
import { indicatorsKey } from './keys';
import type { FigureResult, PlanVersion } from './types';

/** The query of every plan version of a province and year. */
export function plansQuery(orgunit: string, year: number) {
  return queryOptions({
    queryKey: [indicatorsKey, 'plans', orgunit, year] as const,
    queryFn: ({ signal }) => api.get<List<PlanVersion>>('/api/plans', { orgunit, year }, signal),
  });
}

/** Every plan version of a province and year (newest first within an indicator). */
export function usePlans(orgunit: string | null, year: number) {
  return useQuery({ ...plansQuery(orgunit ?? '', year), enabled: orgunit !== null });
}

/** A new plan version: the value, or growth over last year in percent (14 = +14 %), with its legal basis. */
export type PlanInput = { indicator: string; orgunit: string; year: number; plan?: number; growth?: number; basis?: string; basisDate?: string };

/** A growth scenario path: non-cumulative values per quarter (4) or month (12). */
export type ScenarioInput = { indicator: string; orgunit: string; year: number; granularity: 'month' | 'quarter'; values: (number | null)[] };

/** After a save every figure, overview and plan may have changed: refresh this feature's queries. */
function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: [indicatorsKey] });
}

/** Saves a plan version (the earlier ones are kept). */
export function useSavePlan() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: PlanInput) => api.put<{ changed: boolean; version: number; value: number }>('/api/plans', input),
    onSuccess: refresh,
  });
}

/** Saves a growth scenario as a new version. */
export function useSaveScenario() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: ScenarioInput) => api.put<{ version: number }>('/api/scenarios', input),
    onSuccess: refresh,
  });
}

/** The periods of a year at a granularity: 2026-Q1…Q4, or 2026-01…12. */
export function periodsOfYear(year: number, granularity: 'month' | 'quarter'): string[] {
  return granularity === 'quarter'
    ? [1, 2, 3, 4].map((q) => `${year}-Q${q}`)
    : Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

/**
 * The scenario path in force for an indicator, province and year, per quarter or month: the one entered,
 * or the one the server derives from the plan and last year's seasonal shares. Null where there is none.
 */
export function useScenarioPath(params: { indicator: string; orgunit: string; year: number; granularity: 'month' | 'quarter' } | null) {
  const periods = params ? periodsOfYear(params.year, params.granularity) : [];
  const results = useQueries({
    queries: periods.map((period) => ({
      queryKey: [indicatorsKey, 'figures', params?.indicator, params?.orgunit, period] as const,
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        api.get<List<FigureResult>>('/api/figures', { indicator: params?.indicator, orgunit: params?.orgunit, period }, signal),
    })),
  });
  const pending = results.some((r) => r.isPending);
  const error = results.find((r) => r.isError)?.error ?? null;
  const values = results.map((r) => r.data?.items[0]?.scenario?.value ?? null);
  return { periods, values, pending, error };
}
