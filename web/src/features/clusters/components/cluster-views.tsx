import { Button, Group } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useClustersTranslation } from '../i18n';

/** Links between the registry's views: the table, the map, and (for readers) the reporting rounds. */
export function ClusterViews({ current, orgunit, rounds }: { current: 'list' | 'map' | 'rounds'; orgunit: string | null; rounds: boolean }) {
  const { t } = useClustersTranslation();
  const search = orgunit ? { orgunit } : {};
  const views = [
    { key: 'list', to: '/clusters', label: t('views.list') },
    { key: 'map', to: '/clusters/map', label: t('views.map') },
    ...(rounds ? [{ key: 'rounds', to: '/clusters/rounds', label: t('views.rounds') }] : []),
  ] as const;
  return (
    <Group gap="xs" component="nav" aria-label={t('views.label')}>
      {views.map((v) => (
        <Button
          key={v.key}
          renderRoot={(props) => <Link to={v.to} search={search} {...props} />}
          variant={current === v.key ? 'filled' : 'default'}
          size="compact-sm"
          aria-current={current === v.key ? 'page' : undefined}
          data-testid={`view-${v.key}`}
        >
          {v.label}
        </Button>
      ))}
    </Group>
  );
}
