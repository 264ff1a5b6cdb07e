import type { Me, Role } from '../lib/auth';

/** The path of a page that can appear in the navigation. */
export type PagePath = '/' | '/overview' | '/comparison' | '/plans' | '/places' | '/audit' | '/users';

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
};

/** The registry of pages: a new module adds one entry here (and its route in router.tsx). Order = menu order. */
export const pages = {
  home: { to: '/', labelKey: 'nav.home', module: null, roles: 'all' },
  overview: { to: '/overview', labelKey: 'nav.overview', module: 'indicators', roles: ['admin', 'director', 'officer', 'viewer'] },
  comparison: { to: '/comparison', labelKey: 'nav.comparison', module: 'indicators', roles: ['admin', 'director', 'officer', 'viewer'] },
  plans: { to: '/plans', labelKey: 'nav.plans', module: 'indicators', roles: ['admin', 'director', 'officer', 'viewer'] },
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

/** The registry entry that governs a path: the longest entry path equal to it or above it ("/users/42" → users). */
export function pageForPath(pathname: string): PageEntry | undefined {
  let best: PageEntry | undefined;
  for (const page of Object.values(pages) as PageEntry[]) {
    const covers = page.to === '/' ? pathname === '/' : pathname === page.to || pathname.startsWith(`${page.to}/`);
    if (covers && (!best || page.to.length > best.to.length)) best = page;
  }
  return best;
}

/** The navigation entries a user sees: enabled on the server and allowed to the role. */
export function visibleNav(me: Pick<Me, 'role' | 'modules'>): PageEntry[] {
  return Object.values(pages).filter((page) => pageAccess(me, page) === 'allowed');
}
