/** The first part of every React Query key of the clusters screens: a change refreshes them together. */
export const clustersKey = 'clusters';
