// Where the backups of the open file are, and the second backup folder (a setting on this machine).
import { useMutation, useQuery } from '@tanstack/react-query';
import { send } from '../api/client.ts';

export const BACKUPS_KEY = ['backups:overview'] as const;

export function useBackups() {
  return useQuery({ queryKey: BACKUPS_KEY, queryFn: () => send('backups:overview') });
}

export function useSetSecondBackupDir() {
  return useMutation({ mutationFn: (path: string | null) => send('backups:setSecondDir', { path }) });
}
