import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import type { Province } from '../api/get-provinces';

/** Props of {@link ProvincesTable}. */
export type ProvincesTableProps = {
  items: Province[];
  /** For units no longer in force: the unit of today that absorbed each one, by code. */
  successors?: ReadonlyMap<string, Province>;
};

/** The provinces of one day with their validity and the 2025 crosswalk (formed from / merged into). */
export function ProvincesTable({ items, successors }: ProvincesTableProps) {
  const { t, i18n } = useTranslation();
  const nameOf = (province: Province) => (i18n.language === 'en' ? province.nameEn : province.name);
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover stickyHeader data-testid="provinces-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('places.columns.code')}</Table.Th>
            <Table.Th scope="col">{t('places.columns.name')}</Table.Th>
            <Table.Th scope="col">{t('places.columns.kind')}</Table.Th>
            <Table.Th scope="col">{t('places.columns.validFrom')}</Table.Th>
            <Table.Th scope="col">{t('places.columns.validTo')}</Table.Th>
            <Table.Th scope="col">{successors ? t('places.columns.successor') : t('places.columns.predecessors')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((province) => (
            <Table.Tr key={`${province.code}:${province.validFrom}`} data-code={province.code}>
              <Table.Td>
                <Text ff="monospace" size="sm">
                  {province.code}
                </Text>
              </Table.Td>
              <Table.Th scope="row" fw={500}>
                {nameOf(province)}
              </Table.Th>
              <Table.Td>{t(`places.kind.${province.kind}`)}</Table.Td>
              <Table.Td>{formatDate(province.validFrom)}</Table.Td>
              <Table.Td>{province.validTo ? formatDate(province.validTo) : t('places.inForce')}</Table.Td>
              <Table.Td>
                {successors ? <Successor province={province} successors={successors} nameOf={nameOf} /> : <Predecessors province={province} />}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Predecessors({ province }: { province: Province }) {
  const { t } = useTranslation();
  if (province.predecessors.length === 0) return <Text c="dimmed">{t('places.unchanged')}</Text>;
  return <>{province.predecessors.map((p) => `${p.code} ${p.name}`).join(', ')}</>;
}

function Successor({ province, successors, nameOf }: { province: Province; successors: ReadonlyMap<string, Province>; nameOf: (p: Province) => string }) {
  const { t } = useTranslation();
  const successor = successors.get(province.code);
  if (successor) return <>{`${successor.code} ${nameOf(successor)}`}</>;
  return <Text c="dimmed">{province.validTo ? '—' : t('places.unchanged')}</Text>;
}
