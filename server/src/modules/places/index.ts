/** places: administrative units with validity dates and the 2025 crosswalk. */
export type { PlacesTables } from './places.tables';
export type { Unit } from './places.service';
export { resolveUnit, predecessorsOf, listProvinces, parseUnitRef, today } from './places.service';
export { placesRoutes } from './places.routes';
export { resolveRefs, currentProvinceCodes, type ResolvedRef } from './places.directory';
import m0100 from './migrations/20261122_0100_places_admin_unit';
import m0101 from './migrations/20261122_0101_places_provinces_data';
/** Migrations of the module, by name. */
export const placesMigrations = { '20261122_0100_places_admin_unit': m0100, '20261122_0101_places_provinces_data': m0101 };
