import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A spinner for a page or a block that is loading, announced to screen readers. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-label={t('app.loading')}>
      <Loader size="md" />
    </Center>
  );
}
