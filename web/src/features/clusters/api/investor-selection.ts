/**
 * The investor-selection council's group scores and the expansion rule (Decree 32/2024), as the cluster page
 * returns them (`investor.current.groupScores`, `expansion`), and the command that records a selection.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { clustersKey } from './keys';
import type { ClusterPage, InvestorFact } from './types';

/** The four groups of the council's score, as the server names them. */
export const SCORE_GROUPS = ['group1', 'group2', 'group3', 'group4'] as const;
/** A group of the council's score. */
export type ScoreGroup = (typeof SCORE_GROUPS)[number];
/** The four group scores. */
export type GroupScores = Record<ScoreGroup, number>;

/** An investor fact with the selection details (null on facts recorded with a total score only). */
export type InvestorSelectionFact = InvestorFact & {
  groupScores?: GroupScores | null;
  ownerEquity?: number | null;
  equityPercent?: number | null;
  equityMet?: boolean | null;
};

/** Why a cluster may not expand yet (codes of the server's rule). */
export type ExpansionReason = {
  code: 'no_industrial_land' | 'occupancy_below_minimum' | 'no_wastewater_plant' | 'wastewater_plant_not_operating' | 'wastewater_plant_below_standard';
  values: Record<string, number | string | null>;
  message: string;
};

/** Whether the cluster may expand (≥ 60 % occupancy and the shared infrastructure operating). */
export type ExpansionEligibility = {
  eligible: boolean;
  occupancyPercent: number | null;
  minimumOccupancyPercent: number;
  sharedInfrastructureOperating: boolean;
  reasons: ExpansionReason[];
};

/** The cluster page with the fields of this feature (absent from an older server). */
export type ClusterPageWithSelection = ClusterPage & { expansion?: ExpansionEligibility };

/** A selection to record: the group scores (the server computes the total), equity and investment in tỷ đồng. */
export type InvestorSelectionInput = {
  taxCode: string;
  groupScores: GroupScores;
  ownerEquity: number;
  totalInvestment: number;
  disbursedInvestment: number;
  basis?: string | null;
};

/** Records the infrastructure investor with the council's group scores; refreshes every cluster query. */
export function useSetInvestorSelection(province: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InvestorSelectionInput) =>
      api.put<{ current: InvestorSelectionFact | null }>(`/api/provinces/${province}/clusters/${id}/investor`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [clustersKey] }),
  });
}
