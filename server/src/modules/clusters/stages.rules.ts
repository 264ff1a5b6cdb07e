import { AppError } from '../../core/errors';

/** The legal stages of a cluster in order (Decree 32/2024, amended by Decree 303/2026). */
export const STAGES = ['in_plan', 'establishment_decision', 'detailed_plan_1_500', 'land_clearance', 'infrastructure', 'operating'] as const;
/** A legal stage. */
export type Stage = (typeof STAGES)[number];

/** The stage that must be recorded before each one. */
export const PREDECESSOR = {
  in_plan: null,
  establishment_decision: 'in_plan',
  detailed_plan_1_500: 'establishment_decision',
  land_clearance: 'detailed_plan_1_500',
  infrastructure: 'land_clearance',
  operating: 'infrastructure',
} as const satisfies Record<Stage, Stage | null>;

/** Names of the stages in both languages. */
export const STAGE_NAMES = {
  in_plan: { vi: 'Có trong phương án phát triển cụm công nghiệp của tỉnh', en: 'In the provincial cluster plan' },
  establishment_decision: { vi: 'Quyết định thành lập', en: 'Establishment decision' },
  detailed_plan_1_500: { vi: 'Quy hoạch chi tiết 1/500', en: 'Detailed 1/500 plan' },
  land_clearance: { vi: 'Bồi thường, giải phóng mặt bằng', en: 'Land clearance' },
  infrastructure: { vi: 'Đầu tư xây dựng hạ tầng kỹ thuật', en: 'Infrastructure construction' },
  operating: { vi: 'Đi vào hoạt động', en: 'Operating' },
} as const satisfies Record<Stage, { vi: string; en: string }>;

/** One recorded stage fact. */
export type StageFact = { id: string; stage: Stage; documentDate: string; documentNo: string; correctsId: string | null };

/** The facts in force: every row no later row corrects. */
export function effectiveFacts<T extends StageFact>(facts: readonly T[]): T[] {
  const corrected = new Set(facts.map((f) => f.correctsId).filter((id): id is string => id !== null));
  return facts.filter((f) => !corrected.has(f.id));
}

/** The furthest stage among facts in force (optionally dated on or before a day), or null. */
export function latestStage(facts: readonly StageFact[], asOf?: string): Stage | null {
  const reached = new Set(
    effectiveFacts(facts)
      .filter((f) => !asOf || f.documentDate <= asOf)
      .map((f) => f.stage),
  );
  return [...STAGES].reverse().find((s) => reached.has(s)) ?? null;
}

const name = (s: Stage) => STAGE_NAMES[s].en;

/**
 * Checks that a fact may be appended: a new stage needs its predecessor in force and not dated after it;
 * a stage already in force needs a correction; a correction targets a fact in force of the same stage.
 */
export function checkAppend(facts: readonly StageFact[], next: { stage: Stage; documentDate: string; correctsId: string | null }) {
  const live = effectiveFacts(facts);
  const byStage = new Map(live.map((f) => [f.stage, f]));
  if (next.correctsId !== null) {
    const target = facts.find((f) => f.id === next.correctsId);
    if (!target) throw new AppError('conflict', `Stage fact ${next.correctsId} does not belong to this cluster`);
    if (!live.includes(target)) throw new AppError('conflict', `Stage fact ${target.id} has already been corrected: correct the latest fact instead`);
    if (target.stage !== next.stage)
      throw new AppError('conflict', `A correction keeps the stage: fact ${target.id} is "${name(target.stage)}", not "${name(next.stage)}"`);
  } else if (byStage.has(next.stage)) {
    const f = byStage.get(next.stage)!;
    throw new AppError(
      'conflict',
      `"${name(next.stage)}" is already recorded (no. ${f.documentNo}, ${f.documentDate}); append a correction referencing fact ${f.id}`,
      { existing: f.id },
    );
  }
  const before = PREDECESSOR[next.stage];
  if (before) {
    const prev = byStage.get(before);
    if (!prev) throw new AppError('conflict', `"${name(next.stage)}" cannot be recorded before "${name(before)}"`, { missing: before });
    if (next.documentDate < prev.documentDate)
      throw new AppError('conflict', `"${name(next.stage)}" is dated ${next.documentDate}, before "${name(before)}" (${prev.documentDate})`, {
        missing: before,
      });
  }
  const after = STAGES[STAGES.indexOf(next.stage) + 1];
  const following = after ? byStage.get(after) : undefined;
  if (next.correctsId !== null && following && next.documentDate > following.documentDate) {
    throw new AppError('conflict', `The corrected date ${next.documentDate} falls after "${name(following.stage)}" (${following.documentDate})`);
  }
}
