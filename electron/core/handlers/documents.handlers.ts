import type { documentsContract } from '../../../shared/api/documents.contract.ts';
import { DOCUMENT_MIME, writeDocument } from '../export/documents.ts';
import { buildDocument } from '../services/documents.service.ts';
import type { HandlersFor } from './types.ts';

export const documentsHandlers: HandlersFor<typeof documentsContract> = {
  'documents:preview': (input, ctx) => buildDocument(ctx.db, input, { now: ctx.now(), user: ctx.user() }),
  'documents:export': async ({ document, format }, ctx) => {
    const doc = buildDocument(ctx.db, document, { now: ctx.now(), user: ctx.user() });
    const bytes = await writeDocument(doc, format, ctx.pdf);
    // Bytes for the caller to save: every path that writes them to a file goes through files/export-target.ts.
    return {
      fileName: `${doc.fileStem}.${format}`,
      mime: DOCUMENT_MIME[format],
      base64: Buffer.from(bytes).toString('base64'),
    };
  },
};
