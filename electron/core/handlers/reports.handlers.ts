import type { reportsContract } from '../../../shared/api/reports.contract.ts';
import { exportFormats, suggestedFileName } from '../export/formats.ts';
import { buildReport } from '../services/report.service.ts';
import type { HandlersFor } from './types.ts';

export const reportsHandlers: HandlersFor<typeof reportsContract> = {
  'reports:preview': (input, ctx) => buildReport(ctx.db, input, ctx.now()),
  'reports:export': async ({ format, ...opts }, ctx) => {
    const bytes = await exportFormats[format].write(ctx.db, opts, { now: ctx.now(), pdf: ctx.pdf });
    // Bytes for the caller to save: every path that writes them to a file goes through files/export-target.ts.
    return {
      fileName: suggestedFileName(opts, format),
      mime: exportFormats[format].mime,
      base64: Buffer.from(typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes).toString('base64'),
    };
  },
};
