import { Alert, Button, Group, Modal, Stack, Table, Text, type ModalProps, type TableProps } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useClustersTranslation } from '../i18n';
import { describeClusterError } from '../lib/describe';
import { ConfirmButton } from './confirm-button';

/** The add/edit dialog of a {@link FormTableSection}: its button, its titles, its size and the form inside. */
export type SectionDialog<T> = {
  /** The add button's text, and the dialog's title for a new item. */
  addLabel: string;
  /** The dialog's title for an item edited. */
  editLabel: string;
  addTestId: string;
  size: ModalProps['size'];
  /** The form: `item` is null for a new one; `done` closes the dialog. */
  form: (item: T | null, done: () => void) => ReactNode;
};

/** Props of {@link FormTableSection}. */
export type FormTableSectionProps<T> = {
  items: readonly T[];
  /** What is said instead of the table when there is no item. */
  empty: string;
  /** The table's least width before it scrolls sideways. */
  minWidth: number;
  /** The table's own props (it is always striped). */
  tableProps: TableProps & { 'data-testid': string };
  /** The column headers (`Table.Th`). */
  head: ReactNode;
  /** An item's row (`Table.Tr` with its key); `edit` opens the dialog on it. */
  row: (item: T, edit: () => void) => ReactNode;
  /** A line under the table (the units). */
  note?: ReactNode;
  /** The removal of an item, whose failure is said under the table. */
  removal?: { isError: boolean; error: unknown };
  /** Whether the add button shows. */
  canEdit: boolean;
  dialog?: SectionDialog<T>;
  /** What follows (an editor's upload form). */
  children?: ReactNode;
};

/**
 * A section of the cluster page that lists records in a table and edits them in a dialog: the table (or a sentence
 * when there is nothing), the failure of a removal, the add button for editors, and the dialog with the form.
 */
export function FormTableSection<T>({ items, empty, minWidth, tableProps, head, row, note, removal, canEdit, dialog, children }: FormTableSectionProps<T>) {
  const [open, setOpen] = useState<{ item: T | null } | null>(null);
  const close = () => setOpen(null);
  return (
    <Stack gap="sm">
      {items.length === 0 ? (
        <Text c="dimmed">{empty}</Text>
      ) : (
        <Table.ScrollContainer minWidth={minWidth}>
          <Table striped {...tableProps}>
            <Table.Thead>
              <Table.Tr>{head}</Table.Tr>
            </Table.Thead>
            <Table.Tbody>{items.map((item) => row(item, () => setOpen({ item })))}</Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {note}
      {removal?.isError && (
        <Alert color="red" variant="light" role="alert">
          {describeClusterError(removal.error)}
        </Alert>
      )}
      {canEdit && dialog && (
        <Group>
          <Button variant="light" onClick={() => setOpen({ item: null })} data-testid={dialog.addTestId}>
            {dialog.addLabel}
          </Button>
        </Group>
      )}
      {dialog && (
        <Modal opened={open !== null} onClose={close} title={open?.item === null ? dialog.addLabel : dialog.editLabel} size={dialog.size}>
          {open !== null && dialog.form(open.item, close)}
        </Modal>
      )}
      {children}
    </Stack>
  );
}

/** Props of {@link EditRemoveCell}. */
export type EditRemoveCellProps = { editLabel: string; removeLabel: string; onEdit: () => void; onRemove: () => void; removing: boolean };

/** The last cell of an editable row: Edit, and Remove (which asks once more). */
export function EditRemoveCell({ editLabel, removeLabel, onEdit, onRemove, removing }: EditRemoveCellProps) {
  const { t } = useClustersTranslation();
  return (
    <Table.Td>
      <Group gap={4} wrap="nowrap">
        <Button size="compact-xs" variant="subtle" onClick={onEdit} aria-label={editLabel}>
          {t('common.edit')}
        </Button>
        <ConfirmButton label={removeLabel} onConfirm={onRemove} loading={removing} />
      </Group>
    </Table.Td>
  );
}

/** Props of {@link DialogFormActions}. */
export type DialogFormActionsProps = {
  /** The save, whose failure is said above the buttons and which the Save button waits for. */
  mutation: { isError: boolean; error: unknown; isPending: boolean };
  onCancel: () => void;
  saveTestId?: string;
  errorTestId?: string;
};

/** The end of a dialog's form: why the save failed, then Cancel and Save. */
export function DialogFormActions({ mutation, onCancel, saveTestId, errorTestId }: DialogFormActionsProps) {
  const { t } = useClustersTranslation();
  return (
    <>
      {mutation.isError && (
        <Alert color="red" variant="light" role="alert" data-testid={errorTestId}>
          {describeClusterError(mutation.error)}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('app.cancel')}
        </Button>
        <Button type="submit" loading={mutation.isPending} data-testid={saveTestId}>
          {t('app.save')}
        </Button>
      </Group>
    </>
  );
}
