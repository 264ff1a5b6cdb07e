import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors';
import { checkAppend, effectiveFacts, latestStage, type StageFact } from './stages.rules';

const fact = (id: string, stage: StageFact['stage'], documentDate: string, correctsId: string | null = null): StageFact => ({
  id,
  stage,
  documentDate,
  documentNo: `${id}/QĐ-UBND`,
  correctsId,
});

function refusal(fn: () => void): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('the stage order', () => {
  it('records the first stage on an empty cluster', () => {
    expect(() => checkAppend([], { stage: 'in_plan', documentDate: '2021-03-01', correctsId: null })).not.toThrow();
  });
  it('refuses a stage before its predecessor, naming both', () => {
    const error = refusal(() =>
      checkAppend([fact('1', 'in_plan', '2021-03-01')], { stage: 'detailed_plan_1_500', documentDate: '2022-01-01', correctsId: null }),
    );
    expect(error.code).toBe('conflict');
    expect(error.message).toBe('"Detailed 1/500 plan" cannot be recorded before "Establishment decision"');
  });
  it('refuses a stage dated before its predecessor', () => {
    const error = refusal(() =>
      checkAppend([fact('1', 'in_plan', '2021-03-01')], { stage: 'establishment_decision', documentDate: '2020-12-31', correctsId: null }),
    );
    expect(error.message).toContain('before "In the provincial cluster plan" (2021-03-01)');
  });
  it('refuses recording a stage twice and points to the correction', () => {
    const error = refusal(() => checkAppend([fact('1', 'in_plan', '2021-03-01')], { stage: 'in_plan', documentDate: '2021-04-01', correctsId: null }));
    expect(error.message).toContain('append a correction referencing fact 1');
  });
  it('lets a correction replace a fact and keeps the original in history', () => {
    const facts = [fact('1', 'in_plan', '2021-03-01'), fact('2', 'establishment_decision', '2022-05-01')];
    expect(() => checkAppend(facts, { stage: 'establishment_decision', documentDate: '2022-05-03', correctsId: '2' })).not.toThrow();
    const corrected = [...facts, fact('3', 'establishment_decision', '2022-05-03', '2')];
    expect(effectiveFacts(corrected).map((f) => f.id)).toEqual(['1', '3']);
    expect(refusal(() => checkAppend(corrected, { stage: 'establishment_decision', documentDate: '2022-05-04', correctsId: '2' })).message).toContain(
      'already been corrected',
    );
  });
  it('refuses a correction that changes the stage or jumps past the next stage', () => {
    const facts = [fact('1', 'in_plan', '2021-03-01'), fact('2', 'establishment_decision', '2022-05-01')];
    expect(refusal(() => checkAppend(facts, { stage: 'establishment_decision', documentDate: '2021-04-01', correctsId: '1' })).message).toContain(
      'keeps the stage',
    );
    expect(refusal(() => checkAppend(facts, { stage: 'in_plan', documentDate: '2022-06-01', correctsId: '1' })).message).toContain(
      'falls after "Establishment decision"',
    );
  });
  it('finds the latest stage reached, on a date if asked', () => {
    const facts = [fact('1', 'in_plan', '2021-03-01'), fact('2', 'establishment_decision', '2022-05-01')];
    expect(latestStage(facts)).toBe('establishment_decision');
    expect(latestStage(facts, '2021-12-31')).toBe('in_plan');
    expect(latestStage([])).toBeNull();
  });
});
