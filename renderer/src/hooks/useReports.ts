// The report preview (the model as data) and the export of one format as a download.
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { ReportFormat } from '../../../shared/api/reports.contract.ts';
import type { InputOf } from '../../../shared/api/contract.ts';
import { send } from '../api/client.ts';
import { downloadFile } from '../api/download.ts';

export type ReportChoices = InputOf<'reports:preview'>;

export function useReportPreview(choices: ReportChoices, enabled: boolean) {
  return useQuery({
    queryKey: ['reports:preview', choices],
    queryFn: () => send('reports:preview', choices),
    enabled,
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function useReportExport() {
  return useMutation({
    mutationFn: async (input: ReportChoices & { format: ReportFormat }) => {
      const file = await send('reports:export', input);
      downloadFile(file);
      return file;
    },
  });
}
