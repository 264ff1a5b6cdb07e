/** Every query of this feature starts with this key, so a save can refresh them all at once. */
export const reportsKey = 'reports' as const;
