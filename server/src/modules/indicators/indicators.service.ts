import type { Db } from '../../database';
import type { Actor } from '../../core/access';
import { AppError } from '../../core/errors';
import { recordAudit } from '../audit';
import * as repo from './indicators.repository';

/** The catalogue with each indicator's categories. */
export async function listCatalogue(db: Db) {
  const [indicators, categories] = await Promise.all([repo.findIndicators(db), repo.findCategories(db)]);
  return indicators.map((i) => ({
    code: i.code,
    nameVi: i.name_vi,
    nameEn: i.name_en,
    unitVi: i.unit_vi,
    unitEn: i.unit_en,
    kind: i.kind,
    decimals: i.decimals,
    formula: i.formula,
    builtin: i.builtin,
    categories: categories
      .filter((c) => c.indicator_code === i.code)
      .map((c) => ({ code: c.code, dimension: c.dimension, nameVi: c.name_vi, nameEn: c.name_en, parent: c.parent_code })),
  }));
}

/** A user-defined indicator. */
export type NewIndicator = {
  code: string;
  nameVi: string;
  nameEn: string;
  unitVi: string;
  unitEn: string;
  kind: 'flow' | 'index';
  decimals: number;
  categories?: { code: string; dimension: string; nameVi: string; nameEn: string }[];
};

/** Adds a user-defined indicator with its categories (audited). */
export async function createIndicator(db: Db, actor: Actor, input: NewIndicator) {
  return db.transaction().execute(async (trx) => {
    if ((await repo.findIndicators(trx)).some((i) => i.code === input.code))
      throw new AppError('conflict', `Indicator ${input.code} exists`, { field: 'code' });
    await repo.insertIndicator(trx, {
      code: input.code,
      name_vi: input.nameVi,
      name_en: input.nameEn,
      unit_vi: input.unitVi,
      unit_en: input.unitEn,
      kind: input.kind,
      decimals: input.decimals,
      formula: null,
      builtin: false,
    });
    await repo.insertCategories(
      trx,
      (input.categories ?? []).map((c, i) => ({
        indicator_code: input.code,
        code: c.code,
        dimension: c.dimension,
        name_vi: c.nameVi,
        name_en: c.nameEn,
        parent_code: null,
        sort: i,
      })),
    );
    await recordAudit(trx, actor, { entity: 'indicator', entityId: input.code, action: 'create', before: null, after: input });
    return (await listCatalogue(trx)).find((i) => i.code === input.code)!;
  });
}
