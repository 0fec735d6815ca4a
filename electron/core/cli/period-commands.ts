// The CLI for reporting periods: `period` lists, closes and reopens them; `export --pack | --grid | --compare |
// --corrections` writes the report documents built on them. Both only turn options into an operation's input and
// call it through the same dispatcher as the app.
import type { DocumentFormat } from '../../../shared/api/documents.contract.ts';
import type { PeriodEvent, PeriodInfo, PeriodList } from '../../../shared/api/periods.contract.ts';
import type { ExportedFile } from '../../../shared/api/reports.contract.ts';
import { formatDate, formatDateTime } from '../../../shared/format/nb.ts';
import { AppError } from '../errors.ts';
import type { Command, CliIo, Values } from './options.ts';
import type { CoreContext } from '../context.ts';

const str = (v: Values[string]) => (typeof v === 'string' ? v : undefined);
const list = (v: Values[string]) =>
  typeof v === 'string'
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : undefined;
const whole = (v: string | undefined) => (v === undefined ? undefined : /^\s*\d+\s*$/.test(v) ? Number(v) : v);

/** Options of `export` that choose a report document instead of a status table. */
export const DOCUMENT_OPTIONS = {
  pack: {
    type: 'boolean',
    help: 'Rapportpakken (DOCX, PDF, XLSX) for --period: forside, sammendrag, avvik, figurer, tabeller.',
  },
  grid: {
    type: 'boolean',
    help: 'Statusrutenettet: tiltak × de siste periodene, til og med --period (XLSX, DOCX, PDF).',
  },
  compare: { type: 'string', value: 'PERIODE', help: 'Sammenlign denne perioden med --period (XLSX, DOCX, PDF).' },
  corrections: {
    type: 'boolean',
    help: '--period som rapportert og som korrigert, med forskjellene (XLSX, DOCX, PDF).',
  },
  period: { type: 'string', value: 'ÅÅÅÅ|ÅÅÅÅ-Tn', help: 'Perioden: et år (2025) eller et tertial (2025-T2).' },
  sections: {
    type: 'string',
    value: 'DELER',
    help: 'Rapportpakken: kommaliste av front, summary, figures, deviations, changes, corrections, tables.',
  },
  lang: { type: 'string', value: 'nb|en', help: 'Språk: nb (bokmål, standard) eller en (engelsk utgave).' },
  basis: {
    type: 'string',
    value: 'reported|corrected',
    help: 'For en lukket periode: som rapportert (standard for pakken) eller som korrigert.',
  },
  periods: { type: 'string', value: 'N', help: 'Statusrutenettet: antall perioder (1–12, standard 6).' },
  'period-kind': { type: 'string', value: 'tertial|year', help: 'Statusrutenettet: tertialer (standard) eller år.' },
  landscape: { type: 'boolean', help: 'Rapportpakken: liggende sider (standard: stående).' },
} as const;

export function wantsDocument(values: Values): boolean {
  return Boolean(values.pack || values.grid || values.corrections || values.compare !== undefined);
}

/** The `documents:export` input the options ask for; the contract checks every value and names the option. */
export function documentInput(values: Values): { document: Record<string, unknown>; format: unknown } {
  const chosen = ['pack', 'grid', 'compare', 'corrections'].filter(
    (k) => values[k] !== undefined && values[k] !== false,
  );
  if (chosen.length > 1)
    throw new AppError('invalid', `Velg én av --${chosen.join(', --')}: de lager hver sin rapport.`);
  const common = {
    lang: str(values.lang),
    planCodes: values.plan === undefined ? [] : [values.plan],
  };
  const period = str(values.period);
  if (period === undefined && !values.grid)
    throw new AppError('invalid', 'Mangler --period (for eksempel 2025 eller 2025-T2).');
  const document = values.pack
    ? {
        kind: 'pack',
        period,
        basis: str(values.basis),
        groupBy: values['group-by'],
        sections: list(values.sections),
        columns: list(values.columns),
        landscape: Boolean(values.landscape),
        ...common,
      }
    : values.grid
      ? {
          kind: 'grid',
          last: period,
          count: whole(str(values.periods)),
          periodKind: str(values['period-kind']) ?? (period && !period.includes('T') ? 'year' : undefined),
          basis: str(values.basis),
          ...common,
        }
      : values.corrections
        ? { kind: 'period', period, ...common }
        : { kind: 'compare', from: str(values.compare), to: period, basis: str(values.basis), ...common };
  return { document, format: values.format as DocumentFormat };
}

/** One closing or reopening of a period, for `period --history`. */
function eventLine(e: PeriodEvent): string {
  const when = `${formatDateTime(e.at)} av ${e.author}`;
  return e.action === 'close'
    ? `lukket ${when} (øyeblikksbilde av ${e.measureCount} tiltak)`
    : `gjenåpnet ${when}: ${e.reason}`;
}

type Call = <T>(ctx: CoreContext, name: string, input: unknown) => Promise<T>;
type WithPortfolio = <T>(path: string, write: boolean, fn: (ctx: CoreContext) => Promise<T>) => Promise<T>;

export function periodCommand(withPortfolio: WithPortfolio, call: Call): Command {
  return {
    summary: 'Vis rapporteringsperiodene, eller lukk eller gjenåpne én.',
    description:
      'Uten --close eller --reopen: periodene siden den første planen startet, og om de er lukket; med --history\n' +
      'også hver periodes lukkinger og gjenåpninger (når, av hvem, hvorfor), eldste først.\n' +
      'Å lukke en periode fryser status for hvert tiltak som et øyeblikksbilde; å gjenåpne den krever en begrunnelse.',
    options: {
      db: { type: 'string', value: 'FIL', help: 'Porteføljefilen (.tilt).', required: true },
      close: { type: 'string', value: 'PERIODE', help: 'Lukk perioden (2025 eller 2025-T2); den må være over.' },
      reopen: { type: 'string', value: 'PERIODE', help: 'Gjenåpne en lukket periode (krever --reason).' },
      reason: { type: 'string', value: 'TEKST', help: 'Hvorfor perioden gjenåpnes.' },
      history: {
        type: 'boolean',
        help: 'Vis også hver periodes historikk: lukket, gjenåpnet (med begrunnelse), lukket igjen.',
      },
    },
    examples: [
      'npm run cli -- period --db portefolje.tilt',
      'npm run cli -- period --db portefolje.tilt --history',
      'npm run cli -- period --db portefolje.tilt --close 2025-T2',
      'npm run cli -- period --db portefolje.tilt --reopen 2025-T2 --reason "HOD rapporterte feil"',
    ],
    async run(values: Values, io: CliIo) {
      const close = str(values.close);
      const reopen = str(values.reopen);
      if (close && reopen) throw new AppError('invalid', 'Bruk enten --close eller --reopen, ikke begge.');
      if ((close || reopen) && values.history)
        throw new AppError('invalid', 'Bruk --history uten --close og --reopen: den viser periodene.');
      const db = str(values.db)!;
      if (close || reopen) {
        const p = await withPortfolio(db, true, (ctx) =>
          close
            ? call<PeriodInfo>(ctx, 'periods:close', { period: close })
            : call<PeriodInfo>(ctx, 'periods:reopen', { period: reopen, reason: str(values.reason) ?? '' }),
        ).catch((err: unknown) => {
          // The operation's period is given here as --close or --reopen.
          if (err instanceof AppError && err.message.startsWith('--period: '))
            throw new AppError(err.code, `--${close ? 'close' : 'reopen'}: ${err.message.slice(10)}`);
          throw err;
        });
        const e = p.events[0];
        io.out(
          close
            ? `Lukket ${p.label}: øyeblikksbilde av ${e.measureCount} tiltak (${e.author}, ${formatDateTime(e.at)}).`
            : `Gjenåpnet ${p.label} (${e.author}, ${formatDateTime(e.at)}): ${e.reason}`,
        );
        return 0;
      }
      const l = await withPortfolio(db, false, (ctx) => call<PeriodList>(ctx, 'periods:list', {}));
      const line = (p: PeriodInfo) => {
        const e = p.events[0];
        const state = p.closed
          ? `lukket ${formatDateTime(e.at)} av ${e.author}`
          : e
            ? `gjenåpnet ${formatDateTime(e.at)} av ${e.author}: ${e.reason}`
            : p.over
              ? 'åpen'
              : 'pågår';
        return `  ${p.label.padEnd(8)} ${p.key.padEnd(8)} ${state}`;
      };
      io.out(`Perioder siden ${formatDate(l.firstPlanStart)} (nå: ${l.current.tertial}):`);
      for (const p of [...l.years, ...l.tertials]) {
        io.out(line(p));
        // Oldest first, as it happened; the listing's line above already says the newest.
        if (values.history) for (const e of p.events.toReversed()) io.out(`${' '.repeat(20)}${eventLine(e)}`);
      }
      return 0;
    },
  };
}

export async function exportDocument(ctx: CoreContext, values: Values, call: Call): Promise<ExportedFile> {
  return call<ExportedFile>(ctx, 'documents:export', documentInput(values)).catch((err: unknown) => {
    // Too wide for the page: in the CLI the way out is --landscape (report documents are portrait unless asked).
    if (err instanceof AppError && err.message.startsWith('--portrait: '))
      throw new AppError(
        err.code,
        `--landscape: ${err.message.slice(12).replace('velg liggende sider', 'bruk --landscape')}`,
      );
    throw err;
  });
}
