import { Alert, Anchor, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { attachmentUrl, useUploadAttachment } from '../api/registry';
import type { ClusterPage } from '../api/types';
import { useClustersTranslation } from '../i18n';
import { describeClusterError } from '../lib/describe';
import { FormTableSection } from './form-table-section';

/** The largest file the server takes (20 MB), checked here first so a large file is not sent for nothing. */
const MAX_BYTES = 20 * 1024 * 1024;
const ACCEPT = '.pdf,.png,.jpg,.jpeg,.docx,.xlsx,application/pdf,image/png,image/jpeg';

function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${formatNumber(bytes / (1024 * 1024), { decimals: 1 })} MB` : `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} KB`;
}

/** The cluster's documents with download links, and (for editors) an upload with the accepted types and size. */
export function AttachmentsSection({ cluster, canEdit }: { cluster: ClusterPage; canEdit: boolean }) {
  const { t } = useClustersTranslation();
  return (
    <FormTableSection
      items={cluster.attachments}
      empty={t('docs.empty')}
      minWidth={600}
      tableProps={{ 'data-testid': 'attachments-table' }}
      head={
        <>
          <Table.Th scope="col">{t('docs.file')}</Table.Th>
          <Table.Th scope="col">{t('docs.title')}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t('docs.size')}
          </Table.Th>
          <Table.Th scope="col">{t('docs.uploaded')}</Table.Th>
        </>
      }
      row={(a) => (
        <Table.Tr key={a.id}>
          <Table.Th scope="row" fw={400}>
            <Anchor href={attachmentUrl(cluster.provinceCode, a.id)} download aria-label={t('docs.download', { name: a.fileName })}>
              {a.fileName}
            </Anchor>
          </Table.Th>
          <Table.Td>{a.title ?? '—'}</Table.Td>
          <Table.Td ta="right" ff="monospace">
            {size(a.sizeBytes)}
          </Table.Td>
          <Table.Td>
            {formatDateTime(a.uploadedAt)} · {a.uploadedBy}
          </Table.Td>
        </Table.Tr>
      )}
      canEdit={canEdit}
    >
      {canEdit && <UploadForm cluster={cluster} />}
    </FormTableSection>
  );
}

function UploadForm({ cluster }: { cluster: ClusterPage }) {
  const { t } = useClustersTranslation();
  const send = useUploadAttachment(cluster.provinceCode, cluster.id);
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setProblem(t('docs.chooseFile'));
    if (file.size > MAX_BYTES) return setProblem(t('errorsx.tooLarge'));
    setProblem(null);
    send.mutate(
      { file, title },
      {
        onSuccess: () => {
          setFile(null);
          setTitle('');
          if (input.current) input.current.value = '';
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="upload-title" data-testid="upload-form">
      <Stack gap="xs" maw={560}>
        <Text fw={600} id="upload-title">
          {t('docs.upload')}
        </Text>
        <label htmlFor="upload-file">
          <Text size="sm">{t('docs.fileField')}</Text>
        </label>
        <input
          id="upload-file"
          ref={input}
          type="file"
          accept={ACCEPT}
          aria-describedby="upload-hint"
          onChange={(e) => {
            setFile(e.currentTarget.files?.[0] ?? null);
            setProblem(null);
          }}
          data-testid="upload-file"
        />
        <Text size="xs" c="dimmed" id="upload-hint">
          {t('docs.hint')}
        </Text>
        <TextInput label={t('docs.titleField')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} maxLength={300} />
        {(problem || send.isError) && (
          <Alert color="red" variant="light" role="alert">
            {problem ?? describeClusterError(send.error)}
          </Alert>
        )}
        {send.isSuccess && (
          <Alert color="green" variant="light" role="status">
            {t('docs.uploadedOk', { name: send.data.fileName })}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={send.isPending} data-testid="upload-submit">
            {t('docs.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
