// Reporting periods (list, close, reopen) and the report documents built on them (preview as data, export as a file).
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { DocumentFormat } from '../../../shared/api/documents.contract.ts';
import type { InputOf } from '../../../shared/api/contract.ts';
import { send } from '../api/client.ts';
import { downloadFile } from '../api/download.ts';
import { periodsQuery } from './periodsQuery.ts';

export type DocumentChoice = InputOf<'documents:preview'>;

export function usePeriods() {
  return useQuery(periodsQuery);
}

export function useClosePeriod() {
  return useMutation({ mutationFn: (period: string) => send('periods:close', { period }) });
}

export function useReopenPeriod() {
  return useMutation({
    mutationFn: (input: { period: string; reason: string }) => send('periods:reopen', input),
  });
}

export function useDocumentPreview(request: DocumentChoice, enabled: boolean) {
  return useQuery({
    queryKey: ['documents:preview', request],
    queryFn: () => send('documents:preview', request),
    enabled,
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function useDocumentExport() {
  return useMutation({
    mutationFn: async (input: { document: DocumentChoice; format: DocumentFormat }) => {
      const file = await send('documents:export', input);
      downloadFile(file);
      return file;
    },
  });
}
