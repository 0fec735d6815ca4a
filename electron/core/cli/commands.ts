// CLI commands: each declares its options and runs against the same services as the app.
import { resolve } from 'node:path';
import type { ParseArgsOptionsConfig } from 'node:util';
import { z } from 'zod';
import { recordStatusInput } from '../../../shared/api/status.contract.ts';
import { reportOptions } from '../../../shared/api/reports.contract.ts';
import { isoDate, planCode, year } from '../../../shared/api/schemas.ts';
import { REPORT_COLUMNS, type ReportColumn } from '../../../shared/report/columns.ts';
import type { PageFit } from '../../../shared/report/layout.ts';
import { todayIso } from '../../../shared/format/nb.ts';
import { openPortfolioDb } from '../db/open.ts';
import { AppError } from '../errors.ts';
import { exportFormats, isExportFormat } from '../export/formats.ts';
import { chromiumPdfRenderer } from '../export/pdf-chromium.ts';
import { atomicWriteFile } from '../files/atomic-write.ts';
import { openPortfolio } from '../files/open-portfolio.ts';
import { sourceResourcesDir } from '../paths.ts';
import { planIdByCode } from '../repositories/plans.repo.ts';
import { measureIdByNumber } from '../repositories/measures.repo.ts';
import { checkPortfolio } from '../services/check.service.ts';
import { createPortfolioFile } from '../services/portfolio.service.ts';
import { recordStatus } from '../services/status.service.ts';
import { osUserName } from '../os-user.ts';

type Values = Record<string, string | boolean | undefined>;
interface Command {
  options: ParseArgsOptionsConfig;
  run(values: Values, out: (s: string) => void): Promise<number>;
}

function required(values: Values, name: string): string {
  const v = values[name];
  if (typeof v !== 'string' || v.trim() === '') throw new AppError('invalid', `Mangler --${name}.`);
  return v;
}

/** Validate one option with a shared schema, so the CLI gives the same message as the app. */
function parseWith<T>(schema: z.ZodType<T>, value: unknown, option: string): T {
  const r = schema.safeParse(value);
  if (!r.success) throw new AppError('invalid', `--${option}: ${r.error.issues[0]?.message ?? 'ugyldig verdi.'}`);
  return r.data;
}

function openExisting(values: Values, readOnly = false) {
  return openPortfolioDb(resolve(required(values, 'db')), { resourcesDir: sourceResourcesDir(), readOnly });
}

const db = { type: 'string' } as const;

/** A table too wide for the page, said with the options that fix it (see onPages in export/formats.ts). */
function tooWideForCli(err: unknown, columns: readonly ReportColumn[]): AppError | null {
  const fit = err instanceof AppError ? (err.details as { tooWide?: PageFit } | undefined)?.tooWide : undefined;
  if (!fit) return null;
  const fewer = `--columns ${columns.filter((c) => !fit.drop.includes(c)).join(',')}`;
  return new AppError(
    'invalid',
    fit.landscapeFits
      ? `Kolonnene får ikke plass på stående sider uten at tall eller datoer deles: ta bort --portrait ` +
          `(liggende sider) eller velg færre kolonner, for eksempel ${fewer}.`
      : 'Kolonnene får ikke plass på siden uten at tall eller datoer deles: velg færre kolonner, ' +
          `for eksempel ${fewer}.`,
  );
}

export const commands: Record<string, Command> = {
  init: {
    options: { db, example: { type: 'boolean' }, size: { type: 'string' } },
    async run(values, out) {
      const path = resolve(required(values, 'db'));
      const size = values.size === undefined ? undefined : Number(values.size);
      if (size !== undefined && (!Number.isInteger(size) || size < 1 || size > 1_000_000)) {
        throw new AppError('invalid', '--size må være et helt tall mellom 1 og 1 000 000.');
      }
      if (size !== undefined && !values.example)
        throw new AppError('invalid', '--size kan bare brukes sammen med --example.');
      createPortfolioFile(path, {
        resourcesDir: sourceResourcesDir(),
        now: new Date(),
        example: values.example ? { size } : false,
      });
      out(`Laget ${values.example ? 'eksempelportefølje' : 'portefølje'}: ${path}`);
      return 0;
    },
  },

  export: {
    options: {
      db,
      format: { type: 'string' },
      out: { type: 'string' },
      plan: { type: 'string' },
      'as-of': { type: 'string' },
      'group-by': { type: 'string' },
      columns: { type: 'string' },
      'budget-year': { type: 'string' },
      portrait: { type: 'boolean' },
      charts: { type: 'boolean' },
      'with-history': { type: 'boolean' },
    },
    async run(values, out) {
      const format = required(values, 'format');
      if (!isExportFormat(format))
        throw new AppError(
          'invalid',
          `Ukjent format «${format}». Gyldige formater: ${Object.keys(exportFormats).join(', ')}.`,
        );
      const target = resolve(required(values, 'out'));
      const plan = values.plan === undefined ? undefined : parseWith(planCode, values.plan, 'plan');
      const asOf = values['as-of'] === undefined ? todayIso() : parseWith(isoDate, values['as-of'], 'as-of');
      const groupBy =
        values['group-by'] === undefined
          ? undefined
          : parseWith(
              z.enum(['part', 'ministry'], { error: 'Gyldige verdier: part, ministry.' }),
              values['group-by'],
              'group-by',
            );
      const columns =
        values.columns === undefined
          ? undefined
          : parseWith(
              z
                .array(
                  z.enum(REPORT_COLUMNS, { error: `Ukjent kolonne. Gyldige kolonner: ${REPORT_COLUMNS.join(', ')}.` }),
                )
                .min(1, { error: 'Velg minst én kolonne.' }),
              String(values.columns)
                .split(',')
                .map((c) => c.trim())
                .filter(Boolean),
              'columns',
            );
      const budgetYear =
        values['budget-year'] === undefined ? null : parseWith(year, Number(values['budget-year']), 'budget-year');
      const req = reportOptions.parse({
        planCodes: plan ? [plan] : [],
        asOf,
        groupBy,
        columns,
        budgetYear,
        landscape: !values.portrait,
        includeCharts: Boolean(values.charts),
      });
      const database = openExisting(values, true);
      try {
        const bytes = await exportFormats[format]
          .write(
            database,
            { ...req, withHistory: Boolean(values['with-history']) },
            { now: new Date(), pdf: chromiumPdfRenderer() },
          )
          .catch((err: unknown) => {
            throw tooWideForCli(err, req.columns) ?? err;
          });
        atomicWriteFile(target, bytes);
      } finally {
        database.close();
      }
      out(`Skrev ${target}`);
      return 0;
    },
  },

  status: {
    options: {
      db,
      plan: { type: 'string' },
      measure: { type: 'string' },
      status: { type: 'string' },
      assessment: { type: 'string' },
      comment: { type: 'string' },
      date: { type: 'string' },
      author: { type: 'string' },
    },
    async run(values, out) {
      const plan = parseWith(planCode, required(values, 'plan'), 'plan');
      const number = required(values, 'measure');
      // Through the file lifecycle: respects another instance's writer lease and makes the day's backup.
      const opened = await openPortfolio(resolve(required(values, 'db')), { resourcesDir: sourceResourcesDir() });
      const database = opened.ctx.db;
      try {
        if (opened.readOnly) throw new AppError('read-only', opened.ctx.readOnlyReason ?? 'Filen er skrivebeskyttet.');
        const planId = planIdByCode(database, plan);
        const measureId = planId === null ? null : measureIdByNumber(database, planId, number);
        if (measureId === null) throw new AppError('not-found', `Fant ikke tiltak ${number} i ${plan}.`);
        const parsed = recordStatusInput.safeParse({
          measureId,
          status: values.status,
          assessment: values.assessment,
          comment: values.comment ?? '',
          effectiveDate: values.date,
          author: values.author,
        });
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          throw new AppError(
            'invalid',
            `--${String(issue?.path[0] ?? '')}: ${issue?.message}`.replace('--effectiveDate', '--date'),
          );
        }
        await opened.ctx.beforeWrite?.('status:record');
        const u = recordStatus(database, parsed.data, { now: new Date(), user: osUserName() });
        out(`Registrerte status for tiltak ${number} i ${plan}: ${u.status}, ${u.assessment} (${u.effectiveDate}).`);
        return 0;
      } finally {
        opened.close();
      }
    },
  },

  check: {
    options: { db },
    async run(values, out) {
      const database = openExisting(values, true);
      try {
        const problems = checkPortfolio(database);
        if (problems.length === 0) {
          out('ok');
          return 0;
        }
        for (const p of problems) console.error(p);
        return 1;
      } finally {
        database.close();
      }
    },
  },
};
