import { describe, expect, it } from 'vitest';
import { pageAccess, pageForPath, pages, visibleNav } from './nav';

const modules = ['places', 'audit', 'users', 'indicators'];

describe('page access', () => {
  it('refuses the users page to a viewer, and hides its link', () => {
    const viewer = { role: 'viewer' as const, modules };
    expect(pageAccess(viewer, pages.users)).toBe('forbidden');
    expect(visibleNav(viewer).map((p) => p.to)).toEqual(['/', '/overview', '/comparison', '/plans', '/places']);
  });

  it('gives the audit log to directors and admins only', () => {
    expect(pageAccess({ role: 'director', modules }, pages.audit)).toBe('allowed');
    expect(pageAccess({ role: 'officer', modules }, pages.audit)).toBe('forbidden');
    expect(visibleNav({ role: 'admin', modules }).map((p) => p.to)).toEqual(['/', '/overview', '/comparison', '/plans', '/places', '/audit', '/users']);
  });

  it('hides a module the server has not enabled, but says "forbidden" first when the role may not see it', () => {
    expect(pageAccess({ role: 'admin', modules: [] }, pages.places)).toBe('disabled');
    expect(pageAccess({ role: 'viewer', modules: [] }, pages.users)).toBe('forbidden');
    expect(visibleNav({ role: 'admin', modules: [] }).map((p) => p.to)).toEqual(['/']);
  });

  it('gives the figures screens to every reader role, not to reporters, and only with the indicators module', () => {
    for (const role of ['admin', 'director', 'officer', 'viewer'] as const) expect(pageAccess({ role, modules }, pages.overview)).toBe('allowed');
    expect(pageAccess({ role: 'reporter', modules }, pages.comparison)).toBe('forbidden');
    expect(pageAccess({ role: 'officer', modules: ['places'] }, pages.plans)).toBe('disabled');
  });

  it('finds the entry that governs a path, sub-pages included', () => {
    expect(pageForPath('/')).toBe(pages.home);
    expect(pageForPath('/users')).toBe(pages.users);
    expect(pageForPath('/users/42')).toBe(pages.users);
    expect(pageForPath('/usersx')).toBeUndefined();
  });
});
