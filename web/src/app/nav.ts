import type { Me, Role } from '../lib/auth';

/** The path of a page that can appear in the navigation. */
export type PagePath =
  | '/'
  | '/overview'
  | '/comparison'
  | '/plans'
  | '/grid'
  | '/import'
  | '/reports'
  | '/clusters'
  | '/clusters/rounds'
  | '/my-reports'
  | '/enterprises'
  | '/places'
  | '/audit'
  | '/users';

/** Who may open a page and where it appears in the navigation. */
export type PageEntry = {
  /** Path of the page, as declared in router.tsx. */
  to: PagePath;
  /** Catalog key of the link's text. */
  labelKey: string;
  /** Server module the page needs (`me.modules`); null for pages of the shell itself. */
  module: string | null;
  /** Roles that may open the page, or `'all'`. */
  roles: readonly Role[] | 'all';
  /** A page reached from other pages only (no menu link). */
  menu?: false;
  /** For such a page: the paths it governs, when they are not simply `to` and below (checked before the other entries). */
  pattern?: RegExp;
};

const readers = ['admin', 'director', 'officer', 'viewer'] as const satisfies readonly Role[];

/** The registry of pages: a new module adds one entry here (and its route in router.tsx). Order = menu order. */
export const pages = {
  home: { to: '/', labelKey: 'nav.home', module: null, roles: 'all' },
  overview: { to: '/overview', labelKey: 'nav.overview', module: 'indicators', roles: readers },
  comparison: { to: '/comparison', labelKey: 'nav.comparison', module: 'indicators', roles: readers },
  plans: { to: '/plans', labelKey: 'nav.plans', module: 'indicators', roles: readers },
  // The entry grid: everyone in scope reads it; officers and directors type into it (the grid itself decides).
  grid: { to: '/grid', labelKey: 'nav.grid', module: 'indicators', roles: readers },
  import: { to: '/import', labelKey: 'nav.import', module: 'indicators', roles: ['director', 'officer'] },
  reports: { to: '/reports', labelKey: 'nav.reports', module: 'reports', roles: readers },
  clusters: { to: '/clusters', labelKey: 'nav.clusters', module: 'clusters', roles: readers },
  // A cluster's page is also open to the reporter of that cluster (its investor); the server answers 404 for any other.
  cluster: {
    to: '/clusters',
    labelKey: 'nav.clusters',
    module: 'clusters',
    roles: [...readers, 'reporter'],
    menu: false,
    pattern: /^\/clusters\/\d{2}\/\d+\/?$/,
  },
  clusterRounds: { to: '/clusters/rounds', labelKey: 'nav.clusterRounds', module: 'clusters', roles: readers },
  myReports: { to: '/my-reports', labelKey: 'nav.myReports', module: 'clusters', roles: ['reporter'] },
  enterprises: { to: '/enterprises', labelKey: 'nav.enterprises', module: 'enterprises', roles: readers },
  places: { to: '/places', labelKey: 'nav.places', module: 'places', roles: 'all' },
  audit: { to: '/audit', labelKey: 'nav.audit', module: 'audit', roles: ['admin', 'director'] },
  users: { to: '/users', labelKey: 'nav.users', module: 'users', roles: ['admin'] },
} as const satisfies Record<string, PageEntry>;

/** Whether a user may open a page: allowed, forbidden by role, or missing because the server has not enabled its module. */
export type PageAccess = 'allowed' | 'forbidden' | 'disabled';

/** Decides a user's access to a page; the role is checked first, so a forbidden page says so even when its module is off. */
export function pageAccess(me: Pick<Me, 'role' | 'modules'>, page: PageEntry): PageAccess {
  if (page.roles !== 'all' && !page.roles.includes(me.role)) return 'forbidden';
  if (page.module !== null && !me.modules.includes(page.module)) return 'disabled';
  return 'allowed';
}

/**
 * The registry entry that governs a path: an entry whose pattern matches it, else the longest entry path equal to it
 * or above it ("/users/42" → users).
 */
export function pageForPath(pathname: string): PageEntry | undefined {
  const all = Object.values(pages) as PageEntry[];
  const matched = all.find((page) => page.pattern?.test(pathname));
  if (matched) return matched;
  let best: PageEntry | undefined;
  for (const page of all) {
    if (page.pattern) continue;
    const covers = page.to === '/' ? pathname === '/' : pathname === page.to || pathname.startsWith(`${page.to}/`);
    if (covers && (!best || page.to.length > best.to.length)) best = page;
  }
  return best;
}

/** The navigation entries a user sees: enabled on the server, allowed to the role, and meant for the menu. */
export function visibleNav(me: Pick<Me, 'role' | 'modules'>): PageEntry[] {
  return (Object.values(pages) as PageEntry[]).filter((page) => page.menu !== false && pageAccess(me, page) === 'allowed');
}
