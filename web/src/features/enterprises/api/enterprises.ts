import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type List } from '../../../lib/api';

const key = 'enterprises';

/** Ownership types and statuses of the registry. */
export const OWNERSHIPS = ['state', 'private', 'fdi', 'cooperative', 'household'] as const;
/** Enterprise statuses. */
export const STATUSES = ['active', 'suspended', 'dissolved'] as const;

/** An enterprise of the registry. */
export type Enterprise = {
  taxCode: string;
  name: string;
  vsic: string | null;
  ownership: (typeof OWNERSHIPS)[number];
  address: string | null;
  communeCode: string | null;
  provinceCode: string;
  contactName: string | null;
  phone: string | null;
  email: string | null;
  status: (typeof STATUSES)[number];
  demo: boolean;
};

/** The fields an editor sets. */
export type EnterpriseFields = Omit<Enterprise, 'taxCode' | 'provinceCode' | 'demo'>;

/** The page size of the list. */
export const PAGE_SIZE = 50;

/** Enterprises of a province, searched (name, tax code, address; accents and case ignored by the server), a page at a time. */
export function useEnterprises(orgunit: string | null, q: string, page: number) {
  return useQuery({
    queryKey: [key, 'list', orgunit, q, page] as const,
    queryFn: ({ signal }) => api.get<List<Enterprise>>('/api/enterprises', { orgunit, q, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }, signal),
    enabled: orgunit !== null,
    placeholderData: keepPreviousData,
  });
}

/** One enterprise of a province. */
export function useEnterprise(province: string, taxCode: string) {
  return useQuery({
    queryKey: [key, 'one', province, taxCode] as const,
    queryFn: ({ signal }) => api.get<Enterprise>(`/api/provinces/${province}/enterprises/${encodeURIComponent(taxCode)}`, undefined, signal),
    retry: false,
  });
}

function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: [key] });
}

/** Registers an enterprise. */
export function useCreateEnterprise(province: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: Partial<EnterpriseFields> & { taxCode: string; name: string; ownership: Enterprise['ownership'] }) =>
      api.post<Enterprise>(`/api/provinces/${province}/enterprises`, input),
    onSuccess: refresh,
  });
}

/** Changes an enterprise (tax code and province stay). */
export function useUpdateEnterprise(province: string, taxCode: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: Partial<EnterpriseFields>) => api.put<Enterprise>(`/api/provinces/${province}/enterprises/${encodeURIComponent(taxCode)}`, input),
    onSuccess: refresh,
  });
}

/** A message in both languages, as the importer writes them. */
export type Bilingual = { vi: string; en: string };

/** What the importer understood of a file, and what it refused. */
export type ImportPreview = {
  dryRun: boolean;
  format: string;
  sheet: string | null;
  headerLine: number;
  rows: { line: number; taxCode: string; name: string; action: 'insert' | 'update' | 'unchanged'; changed: string[] }[];
  problems: { line: number; column: string; cell: string; value: string; message: Bilingual }[];
  notes: Bilingual[];
  counts: { insert: number; update: number; unchanged: number; refused: number };
  written: boolean;
};

/** The file to import: CSV text, or an XLSX workbook in base64. */
export type ImportFile = { csv: string } | { xlsxBase64: string };

/** Sends a file to the importer: a dry run (the preview) or the real run (all rows or none). */
export function useImportEnterprises(province: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ file, dryRun }: { file: ImportFile; dryRun: boolean }) =>
      api.post<ImportPreview>(`/api/provinces/${province}/enterprises/import`, { ...file, dryRun }),
    onSuccess: (result) => {
      if (result.written) void refresh();
    },
  });
}
