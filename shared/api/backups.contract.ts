// Backups as the user sees them: where they are, a second folder of the user's choosing (a setting on this
// machine, never stored in the portfolio), and restoring a file that cannot be opened from one of its backups.
import { z } from 'zod';
import { op } from './op.ts';

export interface BackupListing {
  fileName: string;
  /** ISO timestamp. */
  createdAt: string;
  reason: string;
  sizeBytes: number;
}

export interface BackupOverview {
  /** The folder beside the file. */
  dir: string;
  /** The second folder the user chose, or null. */
  secondDir: string | null;
  /** Newest first. */
  backups: BackupListing[];
}

export const secondBackupDirInput = z
  .object({
    path: z.string({ error: 'Skriv stien til en mappe.' }).trim().max(4096, { error: 'Stien er for lang.' }).nullable(),
  })
  .strict();

export const backupsContract = {
  'backups:overview': op(z.object({}).strict().optional().default({})).reads<BackupOverview>(),
  /** A per-user setting: reads() because it never writes the portfolio (so no daily backup or lease check). */
  'backups:setSecondDir': op(secondBackupDirInput).reads<BackupOverview>(),
  /** Restores the file that could not be opened from one of its own backups, named as listed. Offered where the
   * page itself shows the damaged file (the browser preview); the desktop app asks in its own dialogs. */
  'backups:restore': op(
    z
      .object({
        fileName: z
          .string({ error: 'Velg en sikkerhetskopi.' })
          .min(1, { error: 'Velg en sikkerhetskopi.' })
          .max(300, { error: 'Ukjent sikkerhetskopi.' }),
      })
      .strict(),
  ).returns<{ message: string }>('file'),
};
