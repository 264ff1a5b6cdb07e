import { Anchor, Badge, Button, Group, Modal, NativeSelect, Pagination, Stack, Table, Text, TextInput } from '@mantine/core';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../components/ui/error-alert';
import { Loading } from '../../components/ui/loading';
import { PageHeader } from '../../components/ui/page-header';
import { moveBetweenRows, rowActionAttribute } from '../../components/ui/table-keys';
import { PAGE_SIZE, useEnterprises } from '../../features/enterprises/api/enterprises';
import { EnterpriseForm } from '../../features/enterprises/components/enterprise-form';
import { ImportPanel } from '../../features/enterprises/components/import-panel';
import { useEnterprisesTranslation } from '../../features/enterprises/i18n';
import { formatNumber } from '../../lib/format';
import { useMe } from '../../lib/me';
import { useScopeProvinces } from '../scope';

const route = getRouteApi('/app/enterprises');

/**
 * The enterprise registry of a province: search by name, tax code or address (accents ignored by the server), a page
 * of 50 at a time; directors and officers register an enterprise or import a CSV/XLSX file (preview, then confirm).
 */
export function EnterprisesRoute() {
  const { t } = useEnterprisesTranslation();
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const go = useNavigate();
  const provinces = useScopeProvinces(me);
  const orgunit = provinces.items.some((p) => p.code === search.orgunit) ? search.orgunit! : (provinces.items[0]?.code ?? null);
  const q = search.q ?? '';
  const page = Math.max(1, Number(search.page) || 1);
  const list = useEnterprises(orgunit, q, page);
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);
  const [dialog, setDialog] = useState<'create' | 'import' | null>(null);
  const canEdit = me.role === 'director' || me.role === 'officer';
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / PAGE_SIZE)) : 1;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void navigate({ search: { ...(orgunit ? { orgunit } : {}), ...(text.trim() ? { q: text.trim() } : {}) }, replace: true });
  };

  return (
    <Stack gap="md">
      <PageHeader
        title={t('list.title')}
        description={t('list.intro')}
        actions={
          canEdit && orgunit ? (
            <Group gap="xs">
              <Button variant="light" onClick={() => setDialog('import')} data-testid="enterprise-import">
                {t('import.title')}
              </Button>
              <Button onClick={() => setDialog('create')} data-testid="enterprise-create">
                {t('list.create')}
              </Button>
            </Group>
          ) : undefined
        }
      />
      <form onSubmit={submit} role="search" aria-label={t('list.searchLabel')}>
        <Group align="flex-end" gap="sm" wrap="wrap">
          {provinces.items.length > 1 && (
            <NativeSelect
              label={t('list.province')}
              data={provinces.items.map((p) => ({ value: p.code, label: p.name }))}
              value={orgunit ?? ''}
              onChange={(e) => void navigate({ search: { orgunit: e.currentTarget.value } })}
              w={220}
            />
          )}
          <TextInput
            label={t('list.search')}
            placeholder={t('list.searchPlaceholder')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            w={320}
            data-testid="enterprise-q"
          />
          <Button type="submit" variant="default">
            {t('list.searchButton')}
          </Button>
        </Group>
      </form>
      <Text size="sm" c="dimmed" role="status" data-testid="enterprise-count">
        {list.data ? t('list.count', { total: formatNumber(list.data.total) }) : ''}
      </Text>
      {list.isPending && orgunit && <Loading />}
      {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && list.data.items.length === 0 && <Text c="dimmed">{t('list.empty')}</Text>}
      {list.data && list.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={860}>
          <Table striped highlightOnHover data-testid="enterprises-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('fields.taxCode')}</Table.Th>
                <Table.Th scope="col">{t('fields.name')}</Table.Th>
                <Table.Th scope="col">{t('fields.ownership')}</Table.Th>
                <Table.Th scope="col">{t('fields.vsic')}</Table.Th>
                <Table.Th scope="col">{t('fields.address')}</Table.Th>
                <Table.Th scope="col">{t('fields.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody onKeyDown={moveBetweenRows}>
              {list.data.items.map((e) => (
                <Table.Tr key={e.taxCode} data-tax-code={e.taxCode}>
                  <Table.Td ff="monospace">{e.taxCode}</Table.Td>
                  <Table.Th scope="row" fw={500}>
                    <Anchor
                      renderRoot={(props) => <Link to="/enterprises/$province/$taxCode" params={{ province: e.provinceCode, taxCode: e.taxCode }} {...props} />}
                      {...{ [rowActionAttribute]: '' }}
                    >
                      {e.name}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>{t(`ownership.${e.ownership}`)}</Table.Td>
                  <Table.Td>{e.vsic ?? '—'}</Table.Td>
                  <Table.Td>{e.address ?? '—'}</Table.Td>
                  <Table.Td>
                    <Badge size="sm" variant="light" color={e.status === 'active' ? 'green' : 'gray'} miw="max-content">
                      {t(`status.${e.status}`)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {pages > 1 && (
        <Pagination
          total={pages}
          value={page}
          onChange={(p) => void navigate({ search: (prev) => ({ ...prev, page: String(p) }), replace: true })}
          getControlProps={(control) => ({ 'aria-label': t(`pagination.${control}`) })}
          getItemProps={(p) => ({ 'aria-label': t('list.page', { page: formatNumber(p) }) })}
        />
      )}
      {orgunit && (
        <Modal opened={dialog !== null} onClose={() => setDialog(null)} title={dialog === 'import' ? t('import.title') : t('list.create')} size="xl">
          {dialog === 'create' && (
            <EnterpriseForm
              province={orgunit}
              onCancel={() => setDialog(null)}
              onDone={(saved) => {
                setDialog(null);
                void go({ to: '/enterprises/$province/$taxCode', params: { province: saved.provinceCode, taxCode: saved.taxCode } });
              }}
            />
          )}
          {dialog === 'import' && <ImportPanel province={orgunit} />}
        </Modal>
      )}
    </Stack>
  );
}
