import { describe, expect, it } from 'vitest';
import { pageAccess, pageForPath, pages, visibleNav } from './nav';

const modules = ['places', 'audit', 'users', 'indicators'];

describe('page access', () => {
  it('refuses the users page to a viewer, and hides its link', () => {
    const viewer = { role: 'viewer' as const, modules };
    expect(pageAccess(viewer, pages.users)).toBe('forbidden');
    expect(visibleNav(viewer).map((p) => p.to)).toEqual(['/', '/overview', '/comparison', '/plans', '/grid', '/places']);
  });

  it('gives the audit log to directors and admins only', () => {
    expect(pageAccess({ role: 'director', modules }, pages.audit)).toBe('allowed');
    expect(pageAccess({ role: 'officer', modules }, pages.audit)).toBe('forbidden');
    expect(visibleNav({ role: 'admin', modules }).map((p) => p.to)).toEqual([
      '/',
      '/overview',
      '/comparison',
      '/plans',
      '/grid',
      '/places',
      '/audit',
      '/users',
    ]);
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

  it('opens the entry grid to every reader and the workbook import to officers and directors only', () => {
    for (const role of ['admin', 'director', 'officer', 'viewer'] as const) expect(pageAccess({ role, modules }, pages.grid)).toBe('allowed');
    expect(pageAccess({ role: 'officer', modules }, pages.import)).toBe('allowed');
    expect(pageAccess({ role: 'director', modules }, pages.import)).toBe('allowed');
    expect(pageAccess({ role: 'viewer', modules }, pages.import)).toBe('forbidden');
    expect(pageAccess({ role: 'admin', modules }, pages.import)).toBe('forbidden');
  });

  it('finds the entry that governs a path, sub-pages included', () => {
    expect(pageForPath('/')).toBe(pages.home);
    expect(pageForPath('/users')).toBe(pages.users);
    expect(pageForPath('/users/42')).toBe(pages.users);
    expect(pageForPath('/usersx')).toBeUndefined();
  });
});

describe('cluster and enterprise pages', () => {
  const all = [...modules, 'clusters', 'enterprises'];

  it('shows the registry, rounds and enterprises to readers, and "my reports" to reporters only', () => {
    expect(visibleNav({ role: 'officer', modules: all }).map((p) => p.to)).toEqual([
      '/',
      '/overview',
      '/comparison',
      '/plans',
      '/grid',
      '/import',
      '/clusters',
      '/clusters/rounds',
      '/enterprises',
      '/places',
    ]);
    expect(visibleNav({ role: 'reporter', modules: all }).map((p) => p.to)).toEqual(['/', '/my-reports', '/places']);
  });

  it("lets a reporter open a cluster's page (the server decides which) but not the list, the map or the rounds", () => {
    const reporter = { role: 'reporter' as const, modules: all };
    expect(pageForPath('/clusters/40/12')).toBe(pages.cluster);
    expect(pageAccess(reporter, pageForPath('/clusters/40/12')!)).toBe('allowed');
    expect(pageAccess(reporter, pageForPath('/clusters')!)).toBe('forbidden');
    expect(pageAccess(reporter, pageForPath('/clusters/map')!)).toBe('forbidden');
    expect(pageForPath('/clusters/rounds')).toBe(pages.clusterRounds);
    expect(pageAccess(reporter, pageForPath('/clusters/rounds')!)).toBe('forbidden');
    expect(pageAccess({ role: 'viewer', modules: ['places'] }, pageForPath('/clusters/40/12')!)).toBe('disabled');
  });
});

describe('the monthly report page', () => {
  it('is open to every reader role with the reports module, not to reporters, and lists after the figures pages', () => {
    const withReports = [...modules, 'reports'];
    for (const role of ['admin', 'director', 'officer', 'viewer'] as const) expect(pageAccess({ role, modules: withReports }, pages.reports)).toBe('allowed');
    expect(pageAccess({ role: 'reporter', modules: withReports }, pages.reports)).toBe('forbidden');
    expect(pageAccess({ role: 'officer', modules }, pages.reports)).toBe('disabled');
    expect(pageForPath('/reports')).toBe(pages.reports);
    expect(pageForPath('/my-reports')).toBe(pages.myReports);
    const menu = visibleNav({ role: 'viewer', modules: withReports }).map((p) => p.to);
    expect(menu.indexOf('/reports')).toBeGreaterThan(menu.indexOf('/plans'));
  });
});
