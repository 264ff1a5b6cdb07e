import { useTranslation } from 'react-i18next';
import { useProvinces } from '../features/places/api/get-provinces';

/**
 * The name of a unit given as "CODE@YYYY-MM-DD" (the figures API's reference to a unit valid from that day, e.g. a
 * province merged in 2025), from the list of units in force on that day; the bare code while it loads.
 */
export function UnitName({ unitRef }: { unitRef: string }) {
  const { i18n } = useTranslation();
  const [code, date] = unitRef.split('@');
  const list = useProvinces(date, Boolean(date));
  const unit = list.data?.items.find((p) => p.code === code);
  return <>{unit ? `${i18n.language === 'en' ? unit.nameEn : unit.name} (${code})` : code}</>;
}
