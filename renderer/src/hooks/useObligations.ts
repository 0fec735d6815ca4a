// The obligations register: the list, coverage for a filter and date, one obligation's history, a measure's links, and
// the coverage table as a download. Writes refresh these by what they declare they change (api/invalidation.ts).
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { InputOf } from '../../../shared/api/contract.ts';
import { send } from '../api/client.ts';
import { downloadFile } from '../api/download.ts';
import { coverageQuery, obligationsQuery, type CoverageFilter } from './obligationsQuery.ts';

export type { CoverageFilter };

export function useObligations() {
  return useQuery(obligationsQuery);
}

export function useCoverage(filter: CoverageFilter, includeRetired = false) {
  return useQuery({ ...coverageQuery(filter, includeRetired), placeholderData: keepPreviousData });
}

export function useObligationHistory(id: number, enabled: boolean) {
  return useQuery({
    queryKey: ['obligations:history', id],
    queryFn: () => send('obligations:history', { id }),
    enabled,
  });
}

export function useMeasureObligations(measureId: number) {
  return useQuery({
    queryKey: ['obligations:ofMeasure', measureId],
    queryFn: () => send('obligations:ofMeasure', { measureId }),
  });
}

export function useCoverageExport() {
  return useMutation({
    mutationFn: async (input: InputOf<'obligations:export'>) => {
      const file = await send('obligations:export', input);
      downloadFile(file);
      return file;
    },
  });
}
