import { createRootRoute, createRoute, createRouter, lazyRouteComponent, Outlet, redirect } from '@tanstack/react-router';
import { ErrorAlert } from '../components/ui/error-alert';
import { Loading } from '../components/ui/loading';
import { SkipLink } from '../components/ui/skip-link';
import { NotFoundPage } from '../components/ui/status-page';
import { mayHaveSession } from '../lib/auth';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : typeof value === 'number' ? String(value) : undefined;
}

/** Keeps the named search parameters that hold text; the page checks their values itself (keeps this first bundle small). */
function textParams<K extends string>(...names: K[]) {
  return (search: Record<string, unknown>): { [P in K]?: string } => {
    const result: { [P in K]?: string } = {};
    for (const name of names) {
      const value = text(search[name]);
      if (value) result[name] = value;
    }
    return result;
  };
}

/** Only a path of this site may be a place to return to after log-in (no "//evil.example"). */
function safeRedirect(value: unknown): string | undefined {
  const path = text(value);
  return path && path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\') ? path : undefined;
}

/**
 * The signed-in user, or null. Without a session cookie the answer is null at once; otherwise
 * lib/me (and React Query with it) is loaded, so the log-in page of a signed-out visitor never loads it.
 */
async function loadMe() {
  if (!mayHaveSession()) return null;
  const { loadMe: load } = await import('../lib/me');
  return load();
}

function Root() {
  return (
    <>
      <SkipLink />
      <Outlet />
    </>
  );
}

const rootRoute = createRootRoute({
  component: Root,
  notFoundComponent: NotFoundPage,
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } => {
    const target = safeRedirect(search['redirect']);
    return target ? { redirect: target } : {};
  },
  beforeLoad: async ({ search }) => {
    if (await loadMe()) throw redirect({ href: search.redirect ?? '/' });
  },
  component: lazyRouteComponent(() => import('./routes/login'), 'LoginRoute'),
});

/** Everything behind log-in: checks the session, then renders the layout (header, navigation, main, access check). */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ location }) => {
    if (!(await loadMe())) throw redirect({ to: '/login', search: location.href === '/' ? {} : { redirect: location.href } });
  },
  component: lazyRouteComponent(() => import('./layout'), 'Layout'),
});

// Each page: a path, its search parameters, and its component loaded on first visit.
// Who may see it is decided by its entry in nav.ts (checked in page-outlet.tsx).

const homeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  component: lazyRouteComponent(() => import('./routes/home'), 'HomeRoute'),
});

const placesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/places',
  validateSearch: (search: Record<string, unknown>): { date?: string } => {
    const date = text(search['date']);
    return date && isoDate.test(date) ? { date } : {};
  },
  component: lazyRouteComponent(() => import('./routes/places'), 'PlacesRoute'),
});

const auditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/audit',
  validateSearch: (search: Record<string, unknown>): { entity?: string; entityId?: string; page?: number } => {
    const entity = text(search['entity']);
    const entityId = text(search['entityId']);
    const page = Number(search['page']);
    return {
      ...(entity ? { entity } : {}),
      ...(entityId ? { entityId } : {}),
      ...(Number.isInteger(page) && page > 1 ? { page } : {}),
    };
  },
  component: lazyRouteComponent(() => import('./routes/audit'), 'AuditRoute'),
});

const usersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/users',
  component: lazyRouteComponent(() => import('./routes/users'), 'UsersRoute'),
});

const overviewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/overview',
  validateSearch: textParams('orgunit', 'period', 'asOf', 'chart', 'rank', 'by'),
  component: lazyRouteComponent(() => import('./routes/overview'), 'OverviewRoute'),
});

const comparisonRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/comparison',
  validateSearch: textParams('indicator', 'period', 'by'),
  component: lazyRouteComponent(() => import('./routes/comparison'), 'ComparisonRoute'),
});

const plansRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/plans',
  validateSearch: textParams('orgunit', 'year'),
  component: lazyRouteComponent(() => import('./routes/plans'), 'PlansRoute'),
});

const gridRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/grid',
  validateSearch: textParams('orgunit', 'year'),
  component: lazyRouteComponent(() => import('./routes/grid'), 'GridRoute'),
});

const importRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/import',
  component: lazyRouteComponent(() => import('./routes/import'), 'ImportRoute'),
});

const reportsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/reports',
  // The version is a number, so the address reads "version=12" (a text of digits would be written quoted).
  validateSearch: (search: Record<string, unknown>): { orgunit?: string; period?: string; lang?: string; version?: number } => {
    const version = Number(search['version']);
    return { ...textParams('orgunit', 'period', 'lang')(search), ...(Number.isSafeInteger(version) && version > 0 ? { version } : {}) };
  },
  component: lazyRouteComponent(() => import('./routes/reports'), 'ReportsRoute'),
});

const clustersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/clusters',
  validateSearch: textParams('orgunit', 'commune', 'stage', 'occupancy', 'q'),
  component: lazyRouteComponent(() => import('./routes/clusters'), 'ClustersRoute'),
});

const clusterMapRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/clusters/map',
  validateSearch: textParams('orgunit'),
  component: lazyRouteComponent(() => import('./routes/cluster-map'), 'ClusterMapRoute'),
});

const clusterRoundsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/clusters/rounds',
  validateSearch: textParams('orgunit', 'period', 'tab', 'commune'),
  component: lazyRouteComponent(() => import('./routes/cluster-rounds'), 'ClusterRoundsRoute'),
});

const clusterRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/clusters/$province/$clusterId',
  validateSearch: textParams('tab'),
  component: lazyRouteComponent(() => import('./routes/cluster'), 'ClusterRoute'),
});

const myReportsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/my-reports',
  validateSearch: textParams('period'),
  component: lazyRouteComponent(() => import('./routes/my-reports'), 'MyReportsRoute'),
});

const enterprisesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/enterprises',
  validateSearch: textParams('orgunit', 'q', 'page'),
  component: lazyRouteComponent(() => import('./routes/enterprises'), 'EnterprisesRoute'),
});

const enterpriseRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/enterprises/$province/$taxCode',
  component: lazyRouteComponent(() => import('./routes/enterprise'), 'EnterpriseRoute'),
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  appRoute.addChildren([
    homeRoute,
    overviewRoute,
    comparisonRoute,
    plansRoute,
    gridRoute,
    importRoute,
    reportsRoute,
    clustersRoute,
    clusterMapRoute,
    clusterRoundsRoute,
    clusterRoute,
    myReportsRoute,
    enterprisesRoute,
    enterpriseRoute,
    placesRoute,
    auditRoute,
    usersRoute,
  ]),
]);

/** The app's router: code-based routes, each page's code loaded on first visit (or on hover/focus of its link). */
export const router = createRouter({
  routeTree,
  defaultPreload: 'intent',
  // React Query caches the data; the router need not keep its own copy.
  defaultPreloadStaleTime: 0,
  defaultPendingComponent: Loading,
  defaultErrorComponent: ({ error, reset }) => <ErrorAlert error={error} onRetry={reset} />,
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
