// Report documents made from reporting periods: the annual report pack, the status grid, two periods compared and a
// period «as reported» beside «as corrected». Previewed as the document model, exported as DOCX, PDF or XLSX.
import { z } from 'zod';
import type { DocModel } from '../report/document.ts';
import { PACK_COLUMNS, PACK_SECTIONS } from '../report/pack-data.ts';
import { op } from './op.ts';
import { basis, compareInput, gridInput, periodViewInput } from './periods.contract.ts';
import type { ExportedFile } from './reports.contract.ts';
import { documentLang, periodKey, planCode } from './schemas.ts';

export const DOCUMENT_FORMATS = ['docx', 'pdf', 'xlsx'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

const lang = documentLang;

export const packRequest = z
  .object({
    kind: z.literal('pack'),
    period: periodKey,
    planCodes: z.array(planCode).max(10).default([]),
    /** A closed period is reported as reported (its snapshot) unless «as corrected» is asked for. */
    basis: basis.default('reported'),
    groupBy: z
      .enum(['part', 'ministry'], { error: 'Grupper etter del (part) eller ansvarlig departement (ministry).' })
      .default('part'),
    sections: z
      .array(z.enum(PACK_SECTIONS, { error: `Ukjent del av rapportpakken. Gyldige: ${PACK_SECTIONS.join(', ')}.` }))
      .min(1, { error: 'Velg minst én del av rapportpakken.' })
      .default([...PACK_SECTIONS]),
    columns: z
      .array(z.enum(PACK_COLUMNS, { error: `Ukjent kolonne. Gyldige: ${PACK_COLUMNS.join(', ')}.` }))
      .default([]),
    landscape: z.boolean().default(false),
    lang,
  })
  .strict();
export type PackRequest = z.output<typeof packRequest>;

export const documentRequest = z.discriminatedUnion(
  'kind',
  [
    packRequest,
    gridInput.extend({ kind: z.literal('grid'), lang }).strict(),
    compareInput.extend({ kind: z.literal('compare'), lang }).strict(),
    periodViewInput.extend({ kind: z.literal('period'), lang }).strict(),
  ],
  { error: 'Ukjent rapport.' },
);
export type DocumentRequest = z.output<typeof documentRequest>;

const READS = ['periods', 'status', 'measures', 'plans', 'organisations', 'budget'] as const;

export const documentsContract = {
  'documents:preview': op(documentRequest).reads<DocModel>(...READS),
  'documents:export': op(
    z
      .object({
        document: documentRequest,
        format: z.enum(DOCUMENT_FORMATS, { error: 'Ukjent format. Gyldige formater: docx, pdf, xlsx.' }),
      })
      .strict(),
  ).reads<ExportedFile>(),
};
