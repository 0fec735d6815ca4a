// Export formats by name. Each turns the portfolio as of a date into the bytes of one file.
// The status-table formats share one report model (services/report.service.ts); JSON is the archival shape.
import type { Database } from 'better-sqlite3';
import type { ReportFormat, ReportOptions } from '../../../shared/api/reports.contract.ts';
import { labels } from '../../../shared/i18n/index.ts';
import { pageFit, tooWideMessage } from '../../../shared/report/layout.ts';
import type { ReportModel } from '../../../shared/report/model.ts';
import { AppError } from '../errors.ts';
import { exportJson } from '../services/export-json.service.ts';
import { requirePlans } from '../services/plans.service.ts';
import { buildReport } from '../services/report.service.ts';
import { reportCsv } from './csv.ts';
import { reportDocx } from './docx.ts';
import { reportPdf, type PdfRenderer } from './pdf.ts';
import { chartImage } from './status-chart.ts';
import { reportXlsx } from './xlsx.ts';

export interface ExportRequest extends ReportOptions {
  withHistory?: boolean;
}

export interface ExportDeps {
  now: Date;
  /** Needed for PDF only; see pdf.ts. */
  pdf?: PdfRenderer;
}

export interface ExportFormat {
  extension: string;
  mime: string;
  write(db: Database, req: ExportRequest, deps: ExportDeps): Promise<Uint8Array | string>;
}

type Render = (model: ReportModel, deps: ExportDeps) => Promise<Uint8Array | string> | Uint8Array | string;

/** Report-based formats build the model once and render it. */
function fromModel(render: Render) {
  return async (db: Database, req: ExportRequest, deps: ExportDeps) => render(buildReport(db, req, deps.now), deps);
}

/**
 * Page formats (DOCX, PDF) refuse tables too wide for the page rather than break a number, a date or an amount:
 * the message names the way out (landscape pages or fewer columns); `details.tooWide` says which columns.
 */
function onPages(render: Render): Render {
  return (model, deps) => {
    const fit = pageFit(model);
    if (!fit.fits) {
      const message = tooWideMessage(model, fit);
      throw new AppError('invalid', message, { fields: { landscape: message }, details: { tooWide: fit } });
    }
    return render(model, deps);
  };
}

export const exportFormats: Record<ReportFormat, ExportFormat> = {
  docx: {
    extension: 'docx',
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    write: fromModel(
      onPages(async (m) =>
        reportDocx(
          m,
          new Map(
            m.includeCharts
              ? await Promise.all(m.plans.map(async (p) => [p.code, await chartImage(p, m.lang)] as const))
              : [],
          ),
        ),
      ),
    ),
  },
  xlsx: {
    extension: 'xlsx',
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    write: fromModel((m) => reportXlsx(m)),
  },
  csv: { extension: 'csv', mime: 'text/csv;charset=utf-8', write: fromModel((m) => reportCsv(m)) },
  pdf: { extension: 'pdf', mime: 'application/pdf', write: fromModel(onPages((m, deps) => reportPdf(m, deps.pdf))) },
  json: {
    extension: 'json',
    mime: 'application/json',
    async write(db, req) {
      requirePlans(db, req.planCodes, 'planCodes');
      const json = exportJson(db, { planCodes: req.planCodes, asOf: req.asOf, withHistory: req.withHistory });
      return `${JSON.stringify(json, null, 2)}\n`;
    },
  },
};

export function isExportFormat(name: string): name is ReportFormat {
  return Object.hasOwn(exportFormats, name);
}

/**
 * A file name a person can tell apart in a downloads folder: statustabell-handlingsplan-2016-per-2024-12-31.docx,
 * status-table-handlingsplan-2016-as-of-2024-12-31.docx in English.
 */
export function suggestedFileName(
  req: Pick<ReportOptions, 'planCodes' | 'asOf'> & Partial<Pick<ReportOptions, 'lang'>>,
  format: ReportFormat,
): string {
  const T = labels(format === 'json' ? 'nb' : (req.lang ?? 'nb')).statusTable;
  const plans = req.planCodes.length === 1 ? `-${req.planCodes[0]}` : '';
  return `${T.fileStem}${plans}-${T.fileAsOf}-${req.asOf}.${exportFormats[format].extension}`;
}
