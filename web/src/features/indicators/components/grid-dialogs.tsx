import { Alert, Button, Group, Modal, NativeSelect, Stack, Table, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { formatDateTime, formatNumber, formatPeriod } from '../../../lib/format';
import type { FigureWrite, GridRow } from '../api/grid';
import { useHistory } from '../api/get-history';
import type { FigureStatus } from '../api/types';
import { statusForSave, type PasteChange, type PastePlan, type StatusChoice } from '../lib/grid-model';
import { StatusMark } from './status-mark';
import { useGridText } from './grid-text';
import { Num } from './num';

const statuses: FigureStatus[] = ['estimate', 'preliminary', 'official'];

/** Props of {@link SaveDialog}. */
export type SaveDialogProps = {
  /** `paste`: a block pasted from a spreadsheet; `published`: a director's change to a published month. */
  mode: 'paste' | 'published';
  changes: PasteChange[];
  /** What a paste will not save (nothing for a single change). */
  plan?: Omit<PastePlan, 'changes'>;
  statusChoice: StatusChoice;
  latestMonth: string | null;
  onConfirm: (choice: StatusChoice, reason: string) => void;
  onCancel: () => void;
};

/**
 * Confirms what will be saved before anything is: each cell with its current and new value and the status it gets
 * (the status can be chosen here), the reason a published month needs, and for a paste every cell left out and why.
 */
export function SaveDialog({ mode, changes, plan, statusChoice, latestMonth, onConfirm, onCancel }: SaveDialogProps) {
  const { t, fullRowName, unit } = useGridText();
  const [choice, setChoice] = useState<StatusChoice>(statusChoice);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const needsReason = changes.some((c) => c.cell.published);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (needsReason && !reason.trim()) {
      setMissing(true);
      return;
    }
    onConfirm(choice, reason.trim());
  };
  const label = (row: GridRow, period: string) => `${fullRowName(row)} · ${formatPeriod(period)}`;

  return (
    <Modal
      opened
      onClose={onCancel}
      size="xl"
      title={<Text fw={700}>{mode === 'paste' ? t('grid.paste.title') : t('grid.reason.title')}</Text>}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <form onSubmit={submit} noValidate data-testid="save-dialog">
        <Stack gap="sm">
          <Text size="sm">
            {mode === 'paste'
              ? t('grid.paste.intro', { n: formatNumber(changes.length) })
              : t('grid.reason.intro', { period: formatPeriod(changes[0]?.cell.period) })}
          </Text>
          {changes.length > 0 && (
            <Table.ScrollContainer minWidth={560} mah={320}>
              <Table striped withTableBorder fz="sm" data-testid="save-changes">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('grid.paste.columns.cell')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('grid.paste.columns.current')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('grid.paste.columns.new')}
                    </Table.Th>
                    <Table.Th scope="col">{t('grid.paste.columns.status')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {changes.map((c) => (
                    <Table.Tr key={`${c.row.id}|${c.cell.period}`}>
                      <Table.Th scope="row" fw={400}>
                        {label(c.row, c.cell.period)}
                        {c.cell.published && (
                          <Text span size="xs" c="orange.8">
                            {' '}
                            · {t('grid.published')}
                          </Text>
                        )}
                      </Table.Th>
                      <Table.Td ta="right" ff="monospace">
                        <Num text={formatNumber(c.cell.value)} />
                      </Table.Td>
                      <Table.Td ta="right" ff="monospace" fw={600}>
                        {formatNumber(c.value)}{' '}
                        <Text span size="xs" c="dimmed">
                          {unit(c.row)}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <StatusMark status={statusForSave(choice, c.cell, latestMonth)} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {plan && plan.invalid.length > 0 && (
            <Alert color="red" variant="light" title={t('grid.paste.invalidTitle', { n: formatNumber(plan.invalid.length) })} data-testid="paste-invalid">
              <Stack gap={2}>
                {plan.invalid.slice(0, 20).map((i) => (
                  <Text size="sm" key={`${i.row.id}|${i.period}`}>
                    {t('grid.paste.invalid', { text: i.text, cell: label(i.row, i.period) })}
                  </Text>
                ))}
              </Stack>
            </Alert>
          )}
          {plan && plan.locked.length > 0 && (
            <Alert color="orange" variant="light" data-testid="paste-locked">
              {t('grid.paste.locked', { n: formatNumber(plan.locked.length) })}
            </Alert>
          )}
          {plan && (plan.unchanged > 0 || plan.outside > 0 || plan.empty > 0) && (
            <Text size="sm" c="dimmed">
              {[
                plan.unchanged > 0 ? t('grid.paste.unchanged', { n: formatNumber(plan.unchanged) }) : null,
                plan.empty > 0 ? t('grid.paste.empty', { n: formatNumber(plan.empty) }) : null,
                plan.outside > 0 ? t('grid.paste.outside', { n: formatNumber(plan.outside) }) : null,
              ]
                .filter(Boolean)
                .join(' ')}
            </Text>
          )}
          {changes.length > 0 && (
            <NativeSelect
              label={t('grid.statusChoice.label')}
              data={[{ value: 'auto', label: t('grid.statusChoice.auto') }, ...statuses.map((s) => ({ value: s, label: t(`status.${s}`) }))]}
              value={choice}
              onChange={(event) => setChoice(event.currentTarget.value as StatusChoice)}
              data-testid="save-status"
            />
          )}
          {needsReason && (
            <Textarea
              label={t('grid.reason.label')}
              description={t('grid.reason.description')}
              value={reason}
              onChange={(event) => {
                setReason(event.currentTarget.value);
                setMissing(false);
              }}
              required
              autosize
              minRows={2}
              maxLength={2000}
              error={missing ? t('grid.reason.required') : undefined}
              data-autofocus
              data-testid="save-reason"
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel} data-testid="save-cancel">
              {t('app.cancel')}
            </Button>
            <Button type="submit" disabled={changes.length === 0} data-testid="save-confirm">
              {changes.length > 1 ? t('grid.paste.confirm', { n: formatNumber(changes.length) }) : t('app.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Props of {@link ConflictDialog}. */
export type ConflictDialogProps = {
  write: FigureWrite;
  row: GridRow | undefined;
  /** How many more conflicts wait after this one (a paste can meet several). */
  remaining: number;
  onReload: () => void;
  /** Saves the user's value over the newer one, knowingly: `expectedVersion` = the version now stored. */
  onOverwrite: (version: number) => void;
};

/**
 * Someone saved the cell after this user opened it (409): shows their value, status, name and time beside the user's,
 * and lets the user take theirs (reload) or save over it knowingly (a new save with the fresh version).
 */
export function ConflictDialog({ write, row, remaining, onReload, onOverwrite }: ConflictDialogProps) {
  const { t, fullRowName, unit } = useGridText();
  const history = useHistory({ indicator: write.indicator, orgunit: write.orgunit, period: write.period, category: write.category, base: write.base });
  const latest = history.data?.items[0];
  const decimals = row?.decimals;
  return (
    <Modal opened onClose={onReload} size="lg" title={<Text fw={700}>{t('grid.conflict.title')}</Text>} closeButtonProps={{ 'aria-label': t('app.close') }}>
      <Stack gap="sm" data-testid="conflict-dialog">
        <Text size="sm">{t('grid.conflict.intro', { cell: `${row ? fullRowName(row) : write.indicator} · ${formatPeriod(write.period)}` })}</Text>
        {history.isPending && <Loading />}
        {history.isError && <ErrorAlert error={history.error} onRetry={() => void history.refetch()} />}
        {latest && (
          <Table withTableBorder fz="sm" data-testid="conflict-values">
            <Table.Tbody>
              <Table.Tr>
                <Table.Th scope="row">
                  {t('grid.conflict.theirs', { who: latest.recordedBy ?? t('history.system'), when: formatDateTime(latest.recordedAt) })}
                </Table.Th>
                <Table.Td ta="right" ff="monospace" fw={600} data-testid="conflict-theirs">
                  {formatNumber(latest.value, decimals === undefined ? {} : { decimals })} {row ? unit(row) : ''}
                </Table.Td>
                <Table.Td>
                  <StatusMark status={latest.status} />
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th scope="row">{t('grid.conflict.yours')}</Table.Th>
                <Table.Td ta="right" ff="monospace" fw={600} data-testid="conflict-yours">
                  {formatNumber(write.value)} {row ? unit(row) : ''}
                </Table.Td>
                <Table.Td>
                  <StatusMark status={write.status} />
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        )}
        {remaining > 0 && (
          <Text size="sm" c="dimmed">
            {t('grid.conflict.remaining', { n: formatNumber(remaining) })}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onReload} data-autofocus data-testid="conflict-reload">
            {t('grid.conflict.reload')}
          </Button>
          <Button
            color="orange"
            disabled={!latest || history.isFetching}
            onClick={() => latest && onOverwrite(latest.version)}
            data-testid="conflict-overwrite"
          >
            {t('grid.conflict.overwrite')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
