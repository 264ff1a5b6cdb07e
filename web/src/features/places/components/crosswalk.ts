import { foldText } from '../../../lib/text';
import type { Province } from '../api/get-provinces';

/** Maps each predecessor code to the unit of today formed from it (the 2025 crosswalk read backwards). */
export function successorsByCode(today: readonly Province[]): Map<string, Province> {
  const result = new Map<string, Province>();
  for (const unit of today) for (const predecessor of unit.predecessors) result.set(predecessor.code, unit);
  return result;
}

/** The units whose code or either name contains the search text (diacritics ignored). */
export function filterProvinces(items: readonly Province[], search: string): Province[] {
  const needle = foldText(search.trim());
  if (!needle) return [...items];
  return items.filter((p) => p.code.includes(needle) || foldText(p.name).includes(needle) || foldText(p.nameEn).includes(needle));
}
