// CLI commands. The data commands (status, export, check) only turn argv into an operation's input and call
// it through the same `dispatch` as the app and the preview, so they get the same validation messages, the same
// error mapping, the writer lease and the daily backup. init and restore work on the file itself.
import { resolve } from 'node:path';
import type { CheckResult } from '../../../shared/api/files.contract.ts';
import type { ExportedFile } from '../../../shared/api/reports.contract.ts';
import { REPORT_FORMATS } from '../../../shared/api/reports.contract.ts';
import { isoDate } from '../../../shared/api/schemas.ts';
import { asOfWarning, unlikelyPairWarning } from '../../../shared/domain/status-rules.ts';
import type { MeasureSummary, Plan, StatusUpdate } from '../../../shared/domain/types.ts';
import { ASSESSMENT_CODES, STATUS_CODES } from '../../../shared/domain/vocabulary.ts';
import { DEFAULT_REPORT_COLUMNS, REPORT_COLUMNS, type ReportColumn } from '../../../shared/report/columns.ts';
import type { PageFit } from '../../../shared/report/layout.ts';
import { formatDateTime, todayIso } from '../../../shared/format/nb.ts';
import type { CoreContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { chromiumPdfRenderer } from '../export/pdf-chromium.ts';
import {
  assertExportTarget,
  fileSettingsStore,
  listBackups,
  openPortfolio,
  protectedPortfolio,
  restoreBackup,
  writeExportFile,
} from '../files/index.ts';
import { dispatch } from '../handlers/dispatch.ts';
import { sourceResourcesDir } from '../paths.ts';
import { createPortfolioFile } from '../services/portfolio.service.ts';
import { coverageCommand } from './coverage-command.ts';
import { apiErrorLine, debugLog } from './errors.ts';
import type { Command, CommandGroup, Values } from './options.ts';
import { roundCommands } from './round-commands.ts';
import { DOCUMENT_OPTIONS, exportDocument, periodCommand, wantsDocument } from './period-commands.ts';

const str = (v: Values[string]) => (typeof v === 'string' ? v : undefined);
const db = { type: 'string', value: 'FIL', help: 'Porteføljefilen (.tilt).', required: true } as const;

/** Opens the portfolio as the app does (checks, writer lease, backups) and closes it afterwards. */
async function withPortfolio<T>(path: string, write: boolean, fn: (ctx: CoreContext) => Promise<T>): Promise<T> {
  const opened = await openPortfolio(resolve(path), {
    resourcesDir: sourceResourcesDir(),
    readOnly: !write,
    settings: fileSettingsStore(),
    log: debugLog,
  });
  try {
    return await fn(opened.ctx);
  } finally {
    opened.close();
  }
}

/** One operation through the shared dispatcher; a refusal becomes the CLI's one line. */
async function call<T>(ctx: CoreContext, name: string, input: unknown): Promise<T> {
  const r = await dispatch(name, input, () => ctx, debugLog);
  if (!r.ok) throw new AppError(r.error.code, apiErrorLine(r.error), { details: r.error.details });
  return r.value as T;
}

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

/** A whole number as a number, anything else as given, so the contract's own message explains it. */
const numberish = (v: string | undefined) => (v === undefined ? undefined : /^\s*\d+\s*$/.test(v) ? Number(v) : v);

export const commands: Record<string, Command | CommandGroup> = {
  init: {
    summary: 'Lag en ny porteføljefil med planenes rammeverk (eller eksempeldata).',
    description: 'Lager en ny porteføljefil. En fil som finnes fra før, erstattes aldri (bare en tom fil på 0 byte).',
    options: {
      db,
      example: { type: 'boolean', help: 'Fyll filen med fiktive eksempeldata i stedet for den tomme rammen.' },
      size: { type: 'string', value: 'N', help: 'Antall tiltak i eksempeldataene (1–1 000 000; bare med --example).' },
      date: {
        type: 'string',
        value: 'ÅÅÅÅ-MM-DD',
        help: 'Dagen eksempeldataene lages for: historikken går til måneden før (standard: i dag; bare med --example).',
      },
    },
    examples: ['npm run cli -- init --db portefolje.tilt', 'npm run cli -- init --db eksempel.tilt --example'],
    async run(values, io) {
      const path = resolve(str(values.db)!);
      const size = values.size === undefined ? undefined : Number(values.size);
      if (size !== undefined && (!Number.isInteger(size) || size < 1 || size > 1_000_000)) {
        throw new AppError('invalid', '--size må være et helt tall mellom 1 og 1 000 000.');
      }
      if (size !== undefined && !values.example)
        throw new AppError('invalid', '--size kan bare brukes sammen med --example.');
      const date = str(values.date);
      if (date !== undefined && !values.example)
        throw new AppError('invalid', '--date kan bare brukes sammen med --example.');
      if (date !== undefined && !isoDate.safeParse(date).success)
        throw new AppError('invalid', `--date må være en gyldig dato som ÅÅÅÅ-MM-DD, ikke «${date}».`);
      createPortfolioFile(path, {
        resourcesDir: sourceResourcesDir(),
        // Noon on that day: the same calendar day in every time zone the app is used in.
        now: date === undefined ? new Date() : new Date(`${date}T12:00:00`),
        example: values.example ? { size } : false,
        replaceEmpty: true,
      });
      io.out(`Laget ${values.example ? 'eksempelportefølje' : 'portefølje'}: ${path}`);
      return 0;
    },
  },

  export: {
    summary:
      'Skriv statustabeller (DOCX, XLSX, CSV, PDF) eller arkivformatet (JSON) per en dato, ' +
      'eller rapportpakken, statusrutenettet eller en sammenligning for en periode.',
    options: {
      db,
      format: { type: 'string', value: REPORT_FORMATS.join('|'), help: 'Filformatet.', required: true },
      out: { type: 'string', value: 'FIL', help: 'Filen som skal skrives (aldri en porteføljefil).', required: true },
      plan: {
        type: 'string',
        value: 'KODE',
        help: 'Bare én plan: en plankode fra filen (for eksempel handlingsplan-2016).',
      },
      'as-of': { type: 'string', value: 'ÅÅÅÅ-MM-DD', help: 'Status per denne datoen (standard: i dag).' },
      'group-by': { type: 'string', value: 'part|ministry', help: 'Grupper etter del eller ansvarlig departement.' },
      columns: { type: 'string', value: 'KOLONNER', help: `Kommaliste av: ${REPORT_COLUMNS.join(', ')}.` },
      'budget-year': { type: 'string', value: 'ÅÅÅÅ', help: 'Året budsjettkolonnen viser.' },
      portrait: { type: 'boolean', help: 'Stående sider (standard: liggende).' },
      charts: { type: 'boolean', help: 'Ta med statusfigurer (DOCX, PDF).' },
      'with-history': { type: 'boolean', help: 'JSON: ta med hele statushistorikken.' },
      ...DOCUMENT_OPTIONS,
    },
    examples: [
      'npm run cli -- export --db portefolje.tilt --format docx --as-of 2024-12-31 --out status.docx',
      'npm run cli -- export --db portefolje.tilt --format xlsx --as-of 2024-12-31 --lang en --out status-en.xlsx',
      'npm run cli -- export --db portefolje.tilt --format docx --pack --period 2025 --out rapportpakke-2025.docx',
      'npm run cli -- export --db portefolje.tilt --format pdf --pack --period 2025-T2 --lang en --out pack.pdf',
    ],
    async run(values, io) {
      const target = resolve(str(values.out)!);
      const dbPath = str(values.db)!;
      if (wantsDocument(values)) {
        await withPortfolio(dbPath, false, async (ctx) => {
          assertExportTarget(target, protectedPortfolio(ctx));
          ctx.pdf = chromiumPdfRenderer();
          const file = await exportDocument(ctx, values, call);
          writeExportFile(target, Buffer.from(file.base64, 'base64'), protectedPortfolio(ctx));
        });
        io.out(`Skrev ${target}`);
        return 0;
      }
      const input = {
        format: values.format,
        planCodes: values.plan === undefined ? [] : [values.plan],
        asOf: str(values['as-of']) ?? todayIso(),
        groupBy: values['group-by'],
        columns:
          values.columns === undefined
            ? undefined
            : String(values.columns)
                .split(',')
                .map((c) => c.trim())
                .filter(Boolean),
        budgetYear: numberish(str(values['budget-year'])),
        landscape: !values.portrait,
        includeCharts: Boolean(values.charts),
        withHistory: Boolean(values['with-history']),
        // The status table in bokmål or English, as the report pack; JSON is the archive and has no language.
        lang: str(values.lang),
      };
      if (values.format === 'json' && input.lang !== undefined)
        throw new AppError('invalid', 'JSON er arkivformatet og er likt på alle språk: ta bort --lang.');
      const file = await withPortfolio(dbPath, false, async (ctx) => {
        // Refused before any work is done, and checked again when the file is written.
        assertExportTarget(target, protectedPortfolio(ctx));
        // Written all the same, but most likely not the date meant (before every plan, or over a year ahead).
        const plans = await call<Plan[]>(ctx, 'plans:list', {});
        const warning = isoDate.safeParse(input.asOf).success ? asOfWarning(input.asOf, plans, todayIso()) : null;
        if (warning) io.err(`Advarsel: ${warning}`);
        ctx.pdf = chromiumPdfRenderer();
        const exported = await call<ExportedFile>(ctx, 'reports:export', input).catch((err: unknown) => {
          // Reached only with valid columns: the operation validated them before it measured the page.
          throw tooWideForCli(err, (input.columns as ReportColumn[] | undefined) ?? DEFAULT_REPORT_COLUMNS) ?? err;
        });
        writeExportFile(target, Buffer.from(exported.base64, 'base64'), protectedPortfolio(ctx));
        return target;
      });
      io.out(`Skrev ${file}`);
      return 0;
    },
  },

  period: periodCommand(withPortfolio, call),
  coverage: coverageCommand({ db, withPortfolio, call }),

  round: roundCommands(withPortfolio, call),

  status: {
    summary: 'Registrer én statusoppdatering med de samme reglene som programmet.',
    options: {
      db,
      plan: {
        type: 'string',
        value: 'KODE',
        help: 'Planen: en plankode fra filen (for eksempel strategi-2025-2030).',
        required: true,
      },
      measure: { type: 'string', value: 'N', help: 'Tiltakets nummer i planen.', required: true },
      status: { type: 'string', value: 'KODE', help: `Status: ${STATUS_CODES.join(', ')}.`, required: true },
      assessment: {
        type: 'string',
        value: 'KODE',
        help: `Vurdering: ${ASSESSMENT_CODES.join(', ')} (gul og rød må begrunnes).`,
        required: true,
      },
      comment: { type: 'string', value: 'TEKST', help: 'Kommentar (kan begynne med bindestrek).' },
      date: { type: 'string', value: 'ÅÅÅÅ-MM-DD', help: 'Datoen statusen gjelder fra (standard: i dag).' },
      author: { type: 'string', value: 'NAVN', help: 'Hvem som registrerer (standard: brukernavnet ditt).' },
      reason: { type: 'string', value: 'TEKST', help: 'Begrunnelse når oppdateringen endrer en lukket periode.' },
    },
    examples: [
      'npm run cli -- status --db portefolje.tilt --plan strategi-2025-2030 --measure 3 ' +
        '--status pagar --assessment gul --comment "Forsinket levering"',
    ],
    async run(values, io) {
      const plan = str(values.plan)!;
      const number = str(values.measure)!.trim();
      const u = await withPortfolio(str(values.db)!, true, async (ctx) => {
        const measures = await call<MeasureSummary[]>(ctx, 'measures:list', { planCode: plan });
        const measure = measures.find((m) => m.number === number);
        if (!measure) throw new AppError('not-found', `Fant ikke tiltak ${number} i ${plan}.`);
        const saved = await call<StatusUpdate>(ctx, 'status:record', {
          measureId: measure.id,
          status: values.status,
          assessment: values.assessment,
          comment: values.comment ?? '',
          effectiveDate: values.date,
          author: values.author,
          correctionReason: values.reason,
        });
        // Saved, but without today's backup: said once, as the app says it on the page.
        if (ctx.backupWarning) io.err(`Merk: ${ctx.backupWarning}`);
        return saved;
      });
      // Accepted, as the app accepts it after asking: the CLI says why it is unusual.
      const unlikely = unlikelyPairWarning(u.status, u.assessment);
      if (unlikely) io.err(`Advarsel: ${unlikely}`);
      io.out(`Registrerte status for tiltak ${number} i ${plan}: ${u.status}, ${u.assessment} (${u.effectiveDate}).`);
      return 0;
    },
  },

  check: {
    summary: 'Kontroller filen: SQLite, søkeindeksene og programmets egne regler. Skriver «ok».',
    options: { db },
    async run(values, io) {
      const r = await withPortfolio(str(values.db)!, false, (ctx) => call<CheckResult>(ctx, 'portfolio:check', {}));
      // Notices are no fault in the file: said on stderr, as the CLI's other «Merk:» lines, beside «ok».
      for (const n of r.notices) io.err(`Merk: ${n}`);
      if (r.problems.length === 0) {
        io.out('ok');
        return 0;
      }
      for (const p of r.problems) io.err(p);
      return 1;
    },
  },

  restore: {
    summary: 'List sikkerhetskopiene av en fil, eller gjenopprett den fra én av dem.',
    description:
      'Gjenoppretter med samme kontroll som programmet: sikkerhetskopien må være hel, og filen slik den er nå ' +
      'tas vare på først.\nLukk programmet (og nettleservisningen) som har filen åpen før du gjenoppretter.',
    options: {
      db,
      list: { type: 'boolean', help: 'Vis sikkerhetskopiene, nyeste først.' },
      backup: { type: 'string', value: 'NAVN', help: 'Gjenopprett fra denne sikkerhetskopien (navn fra --list).' },
    },
    examples: [
      'npm run cli -- restore --db portefolje.tilt --list',
      'npm run cli -- restore --db portefolje.tilt --backup portefolje.tilt.20261123T090000000Z.daglig.bak',
    ],
    async run(values, io) {
      const path = resolve(str(values.db)!);
      const opts = { resourcesDir: sourceResourcesDir(), secondBackupDir: fileSettingsStore().read().secondBackupDir };
      const backups = listBackups(path, opts);
      const name = str(values.backup);
      if (values.list === Boolean(name))
        throw new AppError('invalid', 'Bruk enten --list eller --backup NAVN. Se «npm run cli -- restore --help».');
      if (values.list) {
        if (backups.length === 0) {
          io.out(`Det finnes ingen sikkerhetskopier av «${path}».`);
          return 0;
        }
        io.out(`Sikkerhetskopier av «${path}», nyeste først:`);
        for (const b of backups)
          io.out(`  ${formatDateTime(b.createdAt)}  ${b.reason.padEnd(18)} ${b.fileName}  (${b.path})`);
        return 0;
      }
      const chosen = backups.find((b) => b.fileName === name || b.path === resolve(name!));
      if (!chosen)
        throw new AppError('not-found', `Fant ingen sikkerhetskopi «${name}» av filen. Se listen med --list.`);
      const { previous } = await restoreBackup(path, chosen.path, opts);
      io.out(
        `Gjenopprettet «${path}» fra sikkerhetskopien fra ${formatDateTime(chosen.createdAt)}.` +
          (previous ? ` Filen slik den var, er tatt vare på som «${previous}».` : ''),
      );
      return 0;
    },
  },
};
