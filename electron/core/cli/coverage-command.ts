// `npm run cli -- coverage`: the coverage table of the obligations (GRETA's recommendations) as a file, for a date or a
// reporting period. Like `export`, it only turns its options into the operation's input (obligations:export) and
// writes the bytes through the export-target check, so the portfolio can never be overwritten.
import { resolve } from 'node:path';
import { COVERAGE_FORMATS } from '../../../shared/api/obligations.contract.ts';
import type { ExportedFile } from '../../../shared/api/reports.contract.ts';
import type { CoreContext } from '../context.ts';
import { chromiumPdfRenderer } from '../export/pdf-chromium.ts';
import { assertExportTarget, protectedPortfolio, writeExportFile } from '../files/index.ts';
import type { Command, OptionSpec } from './options.ts';
import { DOCUMENT_OPTIONS } from './period-commands.ts';

/** What the command borrows from commands.ts (opening the file as the app does, and the shared dispatcher). */
export interface CliDeps {
  db: OptionSpec;
  withPortfolio<T>(path: string, write: boolean, fn: (ctx: CoreContext) => Promise<T>): Promise<T>;
  call<T>(ctx: CoreContext, name: string, input: unknown): Promise<T>;
}

export function coverageCommand(deps: CliDeps): Command {
  return {
    summary: 'Skriv dekningstabellen for forpliktelsene (GRETAs anbefalinger) per en dato eller for en periode.',
    description:
      'Skriver hver forpliktelse med tiltakene som er koblet til den, og status og vurdering for dem per datoen ' +
      '(eller per siste dag i perioden).',
    options: {
      db: deps.db,
      format: { type: 'string', value: COVERAGE_FORMATS.join('|'), help: 'Filformatet.', required: true },
      out: { type: 'string', value: 'FIL', help: 'Filen som skal skrives (aldri en porteføljefil).', required: true },
      'as-of': { type: 'string', value: 'ÅÅÅÅ-MM-DD', help: 'Status per denne datoen (standard: i dag).' },
      period: { type: 'string', value: 'ÅÅÅÅ|ÅÅÅÅ-Tn', help: 'Status for et år (2025) eller et tertial (2025-T2).' },
      plan: { type: 'string', value: 'KODE', help: 'Bare tiltak i én plan: en plankode fra filen.' },
      // The same option as the report pack's: `--lang en` makes the English edition.
      lang: DOCUMENT_OPTIONS.lang,
    },
    examples: [
      'npm run cli -- coverage --db portefolje.tilt --format xlsx --period 2025 --out dekning.xlsx',
      'npm run cli -- coverage --db portefolje.tilt --format docx --as-of 2025-06-30 --out dekning.docx',
      'npm run cli -- coverage --db portefolje.tilt --format pdf --period 2025 --lang en --out coverage.pdf',
    ],
    async run(values, io) {
      const target = resolve(String(values.out));
      const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
      const input = {
        format: values.format,
        asOf: text(values['as-of']),
        period: text(values.period),
        planCodes: values.plan === undefined ? [] : [values.plan],
        lang: text(values.lang),
      };
      await deps.withPortfolio(String(values.db), false, async (ctx) => {
        // Refused before any work is done, and checked again when the file is written.
        assertExportTarget(target, protectedPortfolio(ctx));
        ctx.pdf = chromiumPdfRenderer();
        const file = await deps.call<ExportedFile>(ctx, 'obligations:export', input);
        writeExportFile(target, Buffer.from(file.base64, 'base64'), protectedPortfolio(ctx));
      });
      io.out(`Skrev ${target}`);
      return 0;
    },
  };
}
