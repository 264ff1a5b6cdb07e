import { Outlet, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ForbiddenPage, ModuleDisabledPage } from '../components/ui/status-page';
import { useMe } from '../lib/me';
import { pageAccess, pageForPath } from './nav';

/**
 * The signed-in pages' outlet: renders the page when the user may see it, otherwise the "not allowed"
 * (or "module not enabled") page, inside the layout. It follows `me`, so it stays right after any change.
 */
export function PageOutlet() {
  const me = useMe();
  const { t } = useTranslation();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const page = pageForPath(pathname);
  switch (page ? pageAccess(me, page) : 'allowed') {
    case 'forbidden':
      return <ForbiddenPage roleLabel={t(`roles.${me.role}`)} />;
    case 'disabled':
      return <ModuleDisabledPage />;
    case 'allowed':
      return <Outlet />;
  }
}
