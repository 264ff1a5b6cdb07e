/** Types of the clusters API (server/src/modules/clusters), one file per sub-entity, gathered here so the screens import one path. */
export * from './cluster.types';
export * from './cluster-page.types';
export * from './reporting.types';
