import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * The "DỮ LIỆU MINH HỌA / DEMO DATA" badge shown whenever the server runs on illustrative data, so no one
 * quotes it as official. It says it in both languages (a screenshot travels); `short` keeps only the current one for phones.
 */
export function DemoBadge({ short = false }: { short?: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge color="orange" variant="filled" size={short ? 'sm' : 'lg'} radius="sm" title={t('demo.hint')} style={{ flexShrink: 0 }} data-testid="demo-badge">
      {short ? t('demo.badgeShort') : t('demo.badge')}
    </Badge>
  );
}
