import { formatChange, formatNumber, formatPercent } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import type { GridRow, GridWarning } from '../api/grid';
import { useFiguresIoTranslation } from '../io-i18n';

const num = (value: unknown, decimals?: number) => (typeof value === 'number' ? formatNumber(value, decimals === undefined ? {} : { decimals }) : '—');

/**
 * The grid's words in the current language: a row's name (an index's two series told apart), its unit, and each
 * warning rebuilt from its code and numbers (numbers through lib/format.ts); an unknown code falls back to the server's sentence.
 */
export function useGridText() {
  const { t } = useFiguresIoTranslation();
  const language = currentLanguage();
  const en = language === 'en';

  const rowName = (row: GridRow): string => {
    if (row.level > 0) return (en ? row.categoryNameEn : row.categoryNameVi) ?? row.category ?? '';
    const name = en ? row.nameEn : row.nameVi;
    return row.base === 'level' ? name : `${name} (${t(`grid.bases.${row.base}`)})`;
  };

  /** The row's name with its indicator's, for a category ("Bán lẻ hàng hóa và dịch vụ: Dịch vụ lưu trú"). */
  const fullRowName = (row: GridRow): string => {
    if (row.level === 0) return rowName(row);
    const total = en ? row.nameEn : row.nameVi;
    const base = row.base === 'level' ? '' : ` (${t(`grid.bases.${row.base}`)})`;
    return `${total}${base}: ${rowName(row)}`;
  };

  const unit = (row: GridRow): string => (en ? row.unitEn : row.unitVi);

  const warning = (w: GridWarning, row: GridRow, rows: readonly GridRow[]): string => {
    const d = w.details;
    switch (w.code) {
      case 'jump_vs_previous_month':
      case 'jump_vs_last_year':
        return t(`grid.warnings.${w.code}`, {
          change: formatChange(typeof d['changePercent'] === 'number' ? d['changePercent'] : null, 1),
          base: num(d['base'], row.decimals),
          threshold: formatPercent(typeof d['thresholdPercent'] === 'number' ? d['thresholdPercent'] : null, 0),
        });
      case 'part_exceeds_total': {
        const label = String(d['totalLabel'] ?? '');
        const parent = rows.find((r) => r.indicator === row.indicator && r.base === row.base && r.level > 0 && r.categoryNameVi === label);
        const total = parent ? rowName(parent) : label === row.nameVi ? (en ? row.nameEn : row.nameVi) : label;
        return t('grid.warnings.part_exceeds_total', { value: num(d['value'], row.decimals), total, totalValue: num(d['total'], row.decimals) });
      }
      case 'index_out_of_bounds':
        return t('grid.warnings.index_out_of_bounds', { value: num(d['value'], 2), min: num(d['min']), max: num(d['max']) });
      case 'stored_ratio_mismatch':
        return t('grid.warnings.stored_ratio_mismatch', { cell: String(d['cell'] ?? '?'), stored: num(d['stored']), recomputed: num(d['recomputed']) });
      default:
        return en ? w.message.en : w.message.vi;
    }
  };

  return { t, language, rowName, fullRowName, unit, warning };
}
