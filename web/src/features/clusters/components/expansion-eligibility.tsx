import { Alert, List, Stack, Text, Title } from '@mantine/core';
import { formatPercent } from '../../../lib/format';
import type { ExpansionEligibility as Eligibility } from '../api/investor-selection';
import { useClustersTranslation } from '../i18n';
import { formatSharePercent } from '../lib/investor-selection';
import { Facts } from './facts';

/** Whether the cluster may expand (Decree 32/2024: occupancy ≥ 60 % and the shared infrastructure operating), with the reasons it may not. */
export function ExpansionEligibility({ expansion }: { expansion: Eligibility | undefined }) {
  const { t } = useClustersTranslation();
  if (!expansion) return null;
  const minimum = formatSharePercent(expansion.minimumOccupancyPercent);
  return (
    <section aria-labelledby="expansion-title" data-testid="expansion">
      <Stack gap="sm">
        <Title order={3} size="h5" id="expansion-title">
          {t('expansion.title')}
        </Title>
        <Alert
          color={expansion.eligible ? 'green' : 'yellow'}
          variant="light"
          title={expansion.eligible ? t('expansion.eligible') : t('expansion.notEligible')}
          data-testid="expansion-verdict"
          data-eligible={expansion.eligible}
        >
          <Stack gap="xs">
            <Text size="sm">{t('expansion.rule', { minimum })}</Text>
            <Facts
              cols={2}
              testId="expansion-facts"
              items={[
                { key: 'occupancy', label: t('expansion.occupancy'), value: formatPercent(expansion.occupancyPercent) },
                {
                  key: 'shared',
                  label: t('expansion.shared'),
                  value: expansion.sharedInfrastructureOperating ? t('expansion.sharedOperating') : t('expansion.sharedNotOperating'),
                },
              ]}
            />
            {expansion.reasons.length > 0 && (
              <div>
                <Text size="sm" fw={500} id="expansion-reasons">
                  {t('expansion.reasons')}
                </Text>
                <List size="sm" aria-labelledby="expansion-reasons" data-testid="expansion-reasons">
                  {expansion.reasons.map((r) => (
                    <List.Item key={r.code}>
                      {t(`expansion.reason.${r.code}`, {
                        occupancy: formatPercent(typeof r.values['occupancyPercent'] === 'number' ? r.values['occupancyPercent'] : null),
                        minimum,
                        status: typeof r.values['status'] === 'string' ? t(`infraStatus.${r.values['status']}`) : '',
                      })}
                    </List.Item>
                  ))}
                </List>
              </div>
            )}
          </Stack>
        </Alert>
      </Stack>
    </section>
  );
}
