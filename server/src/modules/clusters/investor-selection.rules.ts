/**
 * Investor selection (Decree 32/2024): the council scores four groups weighted 15 / 15 / 30 / 40 (total 100), the
 * investor passes at 50, and its owner's equity must be at least 15 % of the total investment. Pure functions: the
 * service refuses with the fields and numbers these return.
 */

/** The council's pass mark (score out of 100). */
export const PASS_MARK = 50;
/** The least owner's equity, in percent of the total investment. */
export const MIN_EQUITY_PERCENT = 15;
/** The four groups of the council's score and their weights (maximum points). */
export const GROUP_WEIGHTS = { group1: 15, group2: 15, group3: 30, group4: 40 } as const;
/** A group of the council's score. */
export type ScoreGroup = keyof typeof GROUP_WEIGHTS;
/** The four group scores. */
export type GroupScores = Record<ScoreGroup, number>;
/** The groups in order. */
export const SCORE_GROUPS = Object.keys(GROUP_WEIGHTS) as ScoreGroup[];

/** Hundredths, as the scores are stored (numeric(5, 2)); avoids 0.1 + 0.2 in the sum. */
const hundredths = (v: number) => Math.round(v * 100);
/** Thousandths of a tỷ đồng, as amounts are stored (numeric(18, 3)). */
const thousandths = (v: number) => Math.round(v * 1000);

/** The total score: the sum of the groups (never typed), to two decimals. */
export function totalScore(groups: GroupScores): number {
  return SCORE_GROUPS.reduce((sum, g) => sum + hundredths(groups[g]), 0) / 100;
}

/** Owner's equity in percent of the total investment (null when there is no investment), to two decimals. */
export function equityPercent(equity: number, investment: number): number | null {
  if (investment <= 0) return null;
  return Math.round((equity / investment) * 10_000) / 100;
}

/** Whether the equity reaches 15 % of the investment, compared exactly in thousandths (48 of 320 is exactly 15 %). */
export function equityMet(equity: number, investment: number): boolean {
  return thousandths(equity) * 100 >= thousandths(investment) * MIN_EQUITY_PERCENT;
}

/** A refused field: its path in the request body, a code for the client's catalogs, the numbers, and vi / en sentences. */
export type SelectionProblem = {
  path: string;
  code: 'group_over_weight' | 'below_pass_mark' | 'equity_below_minimum';
  values: Record<string, number | null>;
  message: string;
  messageVi: string;
};

const vi = (v: number | null, decimals = 2) => (v === null ? '—' : new Intl.NumberFormat('vi-VN', { maximumFractionDigits: decimals }).format(v));
const en = (v: number | null, decimals = 2) => (v === null ? '—' : new Intl.NumberFormat('en-GB', { maximumFractionDigits: decimals }).format(v));

/** Why a selection is refused (empty when it is accepted): a group over its weight, a total below 50, equity below 15 %. */
export function selectionProblems(input: { groupScores: GroupScores; ownerEquity: number; totalInvestment: number }): SelectionProblem[] {
  const problems: SelectionProblem[] = [];
  for (const g of SCORE_GROUPS) {
    const score = input.groupScores[g];
    const weight = GROUP_WEIGHTS[g];
    if (score > weight || score < 0)
      problems.push({
        path: `body.groupScores.${g}`,
        code: 'group_over_weight',
        values: { score, weight },
        message: `Group ${g.slice(-1)} is scored ${en(score)}, outside 0–${weight}`,
        messageVi: `Nhóm ${g.slice(-1)} chấm ${vi(score)} điểm, ngoài khoảng 0–${weight}`,
      });
  }
  if (problems.length) return problems;
  const total = totalScore(input.groupScores);
  if (total < PASS_MARK)
    problems.push({
      path: 'body.groupScores',
      code: 'below_pass_mark',
      values: { total, passMark: PASS_MARK },
      message: `A total score of ${en(total)} is below the pass mark of ${PASS_MARK}: the investor is not selected`,
      messageVi: `Tổng điểm ${vi(total)} dưới mức đạt ${PASS_MARK} điểm: nhà đầu tư không được lựa chọn`,
    });
  if (!equityMet(input.ownerEquity, input.totalInvestment)) {
    const percent = equityPercent(input.ownerEquity, input.totalInvestment);
    problems.push({
      path: 'body.ownerEquity',
      code: 'equity_below_minimum',
      values: { equity: input.ownerEquity, investment: input.totalInvestment, percent, minimumPercent: MIN_EQUITY_PERCENT },
      message: `Owner's equity of ${en(input.ownerEquity, 3)} billion VND = ${en(percent)}% of the total investment of ${en(input.totalInvestment, 3)} billion VND, below ${MIN_EQUITY_PERCENT}%`,
      messageVi: `Vốn chủ sở hữu ${vi(input.ownerEquity, 3)} tỷ đồng = ${vi(percent)}% tổng vốn đầu tư ${vi(input.totalInvestment, 3)} tỷ đồng, dưới mức ${MIN_EQUITY_PERCENT}%`,
    });
  }
  return problems;
}
