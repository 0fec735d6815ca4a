// File actions (Arkiv): new, open, recent, copy, restore, show in folder. Their handlers exist only in the
// Electron shell, which runs the native dialogs itself (a confirmation can never be skipped by the page);
// the browser preview answers them with "Ikke tilgjengelig i nettleservisningen".
import { z } from 'zod';
import { op } from './op.ts';
import { noInput } from './schemas.ts';

export interface FileActionResult {
  /** False when the user cancelled a dialog: nothing happened. */
  done: boolean;
  /** A Norwegian sentence to show, e.g. where a copy was saved. */
  message?: string;
}

export interface RecentFile {
  path: string;
  fileName: string;
}

const pathInput = z
  .object({
    path: z
      .string({ error: 'Filstien mangler.' })
      .min(1, { error: 'Filstien mangler.' })
      .max(4096, { error: 'Filstien er for lang.' }),
  })
  .strict();

export const fileContract = {
  'file:new': op(noInput).returns<FileActionResult>('file'),
  'file:open': op(noInput).returns<FileActionResult>('file'),
  'file:recent': op(noInput).reads<RecentFile[]>(),
  'file:openRecent': op(pathInput).returns<FileActionResult>('file'),
  /** A file the operating system handed the app (a second launch, «Åpne med»), asked of the page by the shell
   * (arkiv-requests.ts) so the page could ask its leave question first. Only such a file, and only once. */
  'file:openFromSystem': op(pathInput).returns<FileActionResult>('file'),
  'file:saveCopy': op(noInput).returns<FileActionResult>(),
  'file:restoreBackup': op(noInput).returns<FileActionResult>('file'),
  'file:showInFolder': op(noInput).returns<FileActionResult>(),
};
