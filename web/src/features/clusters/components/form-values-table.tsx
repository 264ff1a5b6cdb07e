import { Table } from '@mantine/core';
import { formatNumber } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import type { FormItem, Items } from '../api/types';
import { useClustersTranslation } from '../i18n';

/** One column of values (a heading and the values by item number). */
export type ValueColumn = { key: string; label: string; items: Items | null };

/** The items of a Biểu 03/04 (with their section headings) and one or more columns of values. */
export function FormValuesTable({ items, columns, testId }: { items: FormItem[]; columns: ValueColumn[]; testId?: string }) {
  const { t } = useClustersTranslation();
  const language = currentLanguage();
  return (
    <Table.ScrollContainer minWidth={640 + columns.length * 110}>
      <Table striped fz="sm" data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={56}>
              {t('form.code')}
            </Table.Th>
            <Table.Th scope="col">{t('form.item')}</Table.Th>
            <Table.Th scope="col">{t('form.unit')}</Table.Th>
            {columns.map((c) => (
              <Table.Th key={c.key} scope="col" ta="right">
                {c.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) =>
            item.heading ? (
              <Table.Tr key={item.code}>
                <Table.Th scope="rowgroup" colSpan={3 + columns.length} fw={700}>
                  {item.code}. {language === 'en' ? item.en : item.vi}
                </Table.Th>
              </Table.Tr>
            ) : (
              <Table.Tr key={item.code} data-item={item.code}>
                <Table.Td>{item.code}</Table.Td>
                <Table.Th scope="row" fw={400} pl={item.code.includes('.') ? 'lg' : undefined}>
                  {language === 'en' ? item.en : item.vi}
                </Table.Th>
                <Table.Td>{language === 'en' ? item.unit.en : item.unit.vi}</Table.Td>
                {columns.map((c) => {
                  const value = c.items?.[item.code] ?? null;
                  return (
                    <Table.Td
                      key={c.key}
                      ta="right"
                      ff="monospace"
                      data-testid={testId ? `${testId}-${c.key}-${item.code}` : undefined}
                      data-value={value ?? ''}
                    >
                      {item.ratio ? formatNumber(value, { decimals: 2 }) : formatNumber(value)}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ),
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
