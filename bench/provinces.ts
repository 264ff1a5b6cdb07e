import provincesData from '../server/src/modules/places/data/provinces.json';

/** The 34 province codes in force since 1 July 2025 (from the places data file). */
export const BUILTIN_PROVINCE_CODES: string[] = provincesData.after.units.map((u) => u.code);
