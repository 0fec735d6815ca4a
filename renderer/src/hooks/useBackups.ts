// Where the backups of the open file are, and the second backup folder (a setting on this machine).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { send } from '../api/client.ts';

export const BACKUPS_KEY = ['backups:overview'] as const;

export function useBackups() {
  return useQuery({ queryKey: BACKUPS_KEY, queryFn: () => send('backups:overview') });
}

/** Saves the second folder; its answer is the overview as it is now (a setting, not a write the page hears of). */
export function useSetSecondBackupDir() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (path: string | null) => send('backups:setSecondDir', { path }),
    onSuccess: (overview) => qc.setQueryData(BACKUPS_KEY, overview),
  });
}
