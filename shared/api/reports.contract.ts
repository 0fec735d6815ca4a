// Status tables: a preview (the report model as data) and an export that returns a file's bytes.
import { z } from 'zod';
import { DEFAULT_REPORT_COLUMNS, REPORT_COLUMNS } from '../report/columns.ts';
import type { ReportModel } from '../report/model.ts';
import { op } from './op.ts';
import { documentLang, isoDate, planCode, year } from './schemas.ts';

export const REPORT_FORMATS = ['docx', 'xlsx', 'csv', 'pdf', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const reportOptions = z
  .object({
    /** Empty means every plan. */
    planCodes: z.array(planCode).max(10).default([]),
    asOf: isoDate,
    groupBy: z
      .enum(['part', 'ministry'], { error: 'Grupper etter del (part) eller ansvarlig departement (ministry).' })
      .default('part'),
    columns: z
      .array(z.enum(REPORT_COLUMNS, { error: `Ukjent kolonne. Gyldige kolonner: ${REPORT_COLUMNS.join(', ')}.` }))
      .min(1, { error: 'Velg minst én kolonne.' })
      .default(DEFAULT_REPORT_COLUMNS),
    budgetYear: year.nullable().default(null),
    landscape: z.boolean().default(true),
    includeCharts: z.boolean().default(false),
    /** Bokmål, or the English edition (every text the app writes; stored text stays as written). */
    lang: documentLang,
  })
  .strict();
export type ReportOptions = z.output<typeof reportOptions>;

export interface ExportedFile {
  fileName: string;
  mime: string;
  /** The file's bytes, base64: survives both IPC and the HTTP preview unchanged. */
  base64: string;
}

export const reportsContract = {
  'reports:preview': op(reportOptions).reads<ReportModel>('measures', 'status', 'budget', 'organisations', 'plans'),
  'reports:export': op(
    reportOptions.extend({
      format: z.enum(REPORT_FORMATS, { error: 'Ukjent format. Gyldige formater: docx, xlsx, csv, pdf, json.' }),
      /** JSON only: every measure's status history too. */
      withHistory: z.boolean({ error: 'Velg ja eller nei.' }).default(false),
    }),
  ).reads<ExportedFile>(),
};
