/** Lower-cases and strips Vietnamese diacritics, so "ha noi" finds "Hà Nội" and "dak" finds "Đắk Lắk". */
export function foldText(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase();
}
