// The one open portfolio of this app instance. Opening another file closes the current one first only once the
// new one has opened, so a failed open never leaves the user with nothing.
import { basename } from 'node:path';
import type { CoreContext } from '../core/context.ts';
import { AppError } from '../core/errors.ts';
import type { OpenedPortfolio, PortfolioFiles } from './document.ts';

export interface CurrentDocument {
  path: string;
  opened: OpenedPortfolio;
}

export interface DocumentHolder {
  current(): CurrentDocument | null;
  /** The CoreContext the API runs against; refuses politely when no file is open. */
  context(): CoreContext;
  open(path: string): Promise<CurrentDocument>;
  create(path: string): Promise<CurrentDocument>;
  close(): void;
}

export const NO_FILE_OPEN = 'Ingen portefølje er åpen. Velg Arkiv → Åpne… eller Ny portefølje.';

export function createDocumentHolder(
  files: PortfolioFiles,
  resourcesDir: string,
  onChange: (doc: CurrentDocument | null) => void = () => {},
): DocumentHolder {
  let doc: CurrentDocument | null = null;
  let stopWatching: () => void = () => {};

  const holder: DocumentHolder = {
    current: () => doc,
    context() {
      if (!doc) throw new AppError('unavailable', NO_FILE_OPEN);
      return doc.opened.ctx;
    },
    async open(path) {
      const opened = await files.openPortfolio(path, { resourcesDir });
      holder.close();
      doc = { path, opened };
      stopWatching = files.watchExternalChanges(opened.ctx, () => onChange(doc));
      onChange(doc);
      return doc;
    },
    async create(path) {
      await files.createPortfolio(path, { resourcesDir });
      return holder.open(path);
    },
    close() {
      stopWatching();
      stopWatching = () => {};
      if (doc) {
        try {
          doc.opened.close();
        } finally {
          doc = null;
        }
      }
    },
  };
  return holder;
}

/** "Tiltaksportefølje.tilt – Tiltaksporteføljen", with "(skrivebeskyttet)" when read-only. */
export function windowTitle(doc: CurrentDocument | null, productName = 'Tiltaksporteføljen'): string {
  if (!doc) return productName;
  return `${basename(doc.path)}${doc.opened.readOnly ? ' (skrivebeskyttet)' : ''} – ${productName}`;
}
