// The CLI for input rounds: `round new`, `round forms`, `round import` (--dry-run, --accept-all) and `round status`.
// Each only turns options into operations called through the same dispatcher as the app.
import { readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { ExportedFile } from '../../../shared/api/reports.contract.ts';
import {
  MAX_ANSWER_BYTES,
  type AcceptResult,
  type AnswerReview,
  type ReadAnswerResult,
  type RoundInfo,
} from '../../../shared/api/rounds.contract.ts';
import { correctedText, UNSTORED_DECISIONS } from '../../../shared/domain/round-decisions.ts';
import { countOf, formatDate, formatDateTime } from '../../../shared/format/nb.ts';
import type { CoreContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { assertExportTarget, protectedPortfolio, writeExportFile } from '../files/index.ts';
import type { Command, CommandGroup, Values } from './options.ts';

type Call = <T>(ctx: CoreContext, name: string, input: unknown) => Promise<T>;
type WithPortfolio = <T>(path: string, write: boolean, fn: (ctx: CoreContext) => Promise<T>) => Promise<T>;

const STATE_WORDS = { review: 'til gjennomgang', accepted: 'godtatt', rejected: 'avvist', superseded: 'erstattet' };
const str = (v: Values[string]) => (typeof v === 'string' ? v : undefined);
const db = { type: 'string', value: 'FIL', help: 'Porteføljefilen (.tilt).', required: true } as const;
const round = { type: 'string', value: 'ID', help: 'Rundens nummer (se «round status»).', required: true } as const;
const roundId = (v: Values[string]) => {
  const s = str(v) ?? '';
  if (!/^\d+$/.test(s.trim())) throw new AppError('invalid', `--round: «${s}» er ikke et rundenummer.`);
  return Number(s);
};

/** The review as text: per measure, each change old → new, rule breaks and conflicts said at their field. */
export function reviewText(r: AnswerReview): string[] {
  const out = [
    `Svar fra ${r.recipient.abbrev} (${r.recipient.name}), innspillsrunde ${r.periodLabel}`,
    `Fil: ${r.answer.fileName}, SHA-256 ${r.answer.sha256}`,
    ...(r.answer.reporter ? [`Rapportert av: ${r.answer.reporter}`] : []),
    `${countOf(r.counts.items, 'endring', 'endringer')} på ${r.measures.length} tiltak, ` +
      `${r.counts.problems} med regelbrudd, ${r.counts.conflicts} konflikter; ${r.unchanged} tiltak uten endringer.`,
  ];
  if (r.basis === 'unstored') out.push(UNSTORED_DECISIONS);
  for (const m of r.measures) {
    out.push('', `${m.planShortName}, tiltak ${m.number}: ${m.title} (${m.role})`);
    for (const i of m.items) {
      out.push(`  ${i.label}${i.decision ? ` – ${i.decision === 'accepted' ? 'godtatt' : 'avvist'}` : ''}`);
      for (const p of i.parts.filter((x) => x.changed || x.problem))
        out.push(
          `    ${p.label}: ${p.old || '(tomt)'} → ${p.new || '(tomt)'}` +
            (p.correction ? ` · ${correctedText(p.correction)}` : '') +
            (p.earlier !== null ? ` (første svar: ${p.earlier || '(tomt)'})` : '') +
            (p.problem ? `   REGELBRUDD: ${p.problem}` : ''),
        );
      for (const prob of i.problems.filter((x) => !i.parts.some((p) => p.problem && x.endsWith(p.problem))))
        out.push(`    REGELBRUDD: ${prob}`);
      if (i.conflict)
        out.push(
          '    KONFLIKT: endret i porteføljen etter at skjemaet ble laget – ' +
            `i skjemaet: ${i.conflict.atForm || '(tomt)'}` +
            `, nå: ${i.conflict.now || '(tomt)'}` +
            (i.conflict.by ? ` (${i.conflict.by}${i.conflict.at ? `, ${formatDate(i.conflict.at)}` : ''})` : ''),
        );
      for (const n of i.notes) out.push(`    Merk: ${n.text}`);
    }
  }
  return out;
}

function answerFile(path: string): { fileName: string; base64: string } {
  const full = resolve(path);
  let size: number;
  try {
    size = statSync(full).size;
  } catch {
    throw new AppError('not-found', `Finner ikke filen «${path}».`);
  }
  if (size > MAX_ANSWER_BYTES)
    throw new AppError('invalid', `Filen er for stor: et svar kan være høyst ${MAX_ANSWER_BYTES / 1024 / 1024} MB.`);
  return { fileName: basename(full), base64: readFileSync(full).toString('base64') };
}

export function roundCommands(withPortfolio: WithPortfolio, call: Call): CommandGroup {
  const status: Command = {
    summary: 'Vis innspillsrundene, eller mottakerne i én runde: skjema laget, sendt, svar lest inn, godtatt, sen.',
    options: { db, round: { ...round, required: false } },
    examples: ['npm run cli -- round status --db portefolje.tilt --round 1'],
    async run(values, io) {
      const id = values.round === undefined ? null : roundId(values.round);
      await withPortfolio(str(values.db)!, false, async (ctx) => {
        if (id === null) {
          const list = await call<RoundInfo[]>(ctx, 'rounds:list', {});
          if (list.length === 0) io.out('Det finnes ingen innspillsrunder i filen. Lag en med «round new».');
          for (const r of list)
            io.out(
              `  ${String(r.id).padStart(3)}  ${r.periodLabel.padEnd(8)} frist ${formatDate(r.deadline)}  ` +
                `${r.recipients.length} mottakere, ${r.recipients.filter((x) => x.importedAt).length} godtatt, ` +
                `${r.inReview} til gjennomgang, ${r.late} for sent`,
            );
          return;
        }
        const r = await call<RoundInfo>(ctx, 'rounds:get', { roundId: id });
        io.out(`Innspillsrunde ${r.id}: ${r.periodLabel}, frist ${formatDate(r.deadline)}`);
        for (const x of r.recipients) {
          const state = x.importedAt
            ? `godtatt ${formatDateTime(x.importedAt)}`
            : x.answers.some((a) => a.state === 'review')
              ? 'svar til gjennomgang'
              : x.returnedAt
                ? `svar lest inn ${formatDateTime(x.returnedAt)}`
                : x.late
                  ? 'FOR SENT: ikke svart'
                  : x.sentAt
                    ? `sendt ${formatDate(x.sentAt)}`
                    : x.formsAt
                      ? `skjema laget ${formatDate(x.formsAt)}`
                      : 'skjema ikke laget';
          io.out(`  ${x.abbrev.padEnd(8)} ${String(x.measureCount).padStart(4)} tiltak  ${state}`);
        }
      });
      return 0;
    },
  };

  return {
    summary:
      'Innspillsrunder: departementene rapporterer i et Excel-skjema, og hver endring gås gjennom før den lagres.',
    subcommands: {
      new: {
        summary: 'Lag en innspillsrunde for en periode, med frist og mottakere.',
        options: {
          db,
          period: { type: 'string', value: 'ÅÅÅÅ|ÅÅÅÅ-Tn', help: 'Perioden: 2026 eller 2026-T2.', required: true },
          deadline: { type: 'string', value: 'ÅÅÅÅ-MM-DD', help: 'Svarfristen.', required: true },
          recipients: {
            type: 'string',
            value: 'FORKORTELSER',
            help: 'Kommaliste (HOD,JD); standard: alle departementer med tiltak.',
          },
          agencies: { type: 'boolean', help: 'Spør også etatene som står på tiltakene.' },
        },
        examples: ['npm run cli -- round new --db portefolje.tilt --period 2026-T2 --deadline 2026-09-15'],
        async run(values, io) {
          const r = await withPortfolio(str(values.db)!, true, (ctx) =>
            call<RoundInfo>(ctx, 'rounds:create', {
              period: values.period,
              deadline: values.deadline,
              recipients: (str(values.recipients) ?? '')
                .split(',')
                .map((s) => s.trim())
                .filter(Boolean),
              includeAgencies: Boolean(values.agencies),
            }),
          );
          io.out(
            `Laget innspillsrunde ${r.id} for ${r.periodLabel} med frist ${formatDate(r.deadline)}: ` +
              r.recipients.map((x) => `${x.abbrev} (${x.measureCount} tiltak)`).join(', ') +
              '.',
          );
          io.out(`Lag skjemaene med «npm run cli -- round forms --db ${str(values.db)} --round ${r.id} --out MAPPE».`);
          return 0;
        },
      },
      forms: {
        summary: 'Skriv ett XLSX-skjema per mottaker (eller alle i én ZIP) til en mappe.',
        options: {
          db,
          round,
          out: { type: 'string', value: 'MAPPE', help: 'Mappen skjemaene skrives til.', required: true },
          recipient: { type: 'string', value: 'FORKORTELSE', help: 'Bare skjemaet til denne mottakeren.' },
          zip: { type: 'boolean', help: 'Alle skjemaene som én ZIP-fil.' },
        },
        examples: ['npm run cli -- round forms --db portefolje.tilt --round 1 --out skjemaer'],
        async run(values, io) {
          const dir = resolve(str(values.out)!);
          if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory())
            throw new AppError('invalid', `--out: «${str(values.out)}» er ikke en mappe.`);
          const id = roundId(values.round);
          const written = await withPortfolio(str(values.db)!, true, async (ctx) => {
            const r = await call<RoundInfo>(ctx, 'rounds:get', { roundId: id });
            const wanted = str(values.recipient);
            const files: ExportedFile[] = [];
            if (values.zip) files.push(await call<ExportedFile>(ctx, 'rounds:forms', { roundId: id }));
            else
              for (const x of r.recipients.filter((y) => !wanted || y.abbrev.toLowerCase() === wanted.toLowerCase()))
                files.push(await call<ExportedFile>(ctx, 'rounds:forms', { roundId: id, recipient: x.abbrev }));
            if (files.length === 0)
              throw new AppError('invalid', `--recipient: «${wanted}» er ikke mottaker i runden.`);
            for (const f of files) {
              const target = join(dir, f.fileName);
              assertExportTarget(target, protectedPortfolio(ctx));
              writeExportFile(target, Buffer.from(f.base64, 'base64'), protectedPortfolio(ctx));
            }
            return files.map((f) => join(dir, f.fileName));
          });
          for (const f of written) io.out(`Skrev ${f}`);
          return 0;
        },
      },
      import: {
        summary: 'Les inn et svar: vis gjennomgangen (--dry-run), lagre det til gjennomgang, eller godta alt.',
        description:
          'Svaret kjennes igjen på innholdet (runde og mottaker), aldri på filnavnet. Uten valg lagres det til\n' +
          'gjennomgang i programmet (Innspill). --accept-all godtar alt bare når svaret har verken regelbrudd ' +
          'eller konflikter.',
        options: {
          db,
          round,
          'dry-run': { type: 'boolean', help: 'Vis gjennomgangen som tekst; ingenting lagres.' },
          'accept-all': { type: 'boolean', help: 'Godta alle endringene (bare uten regelbrudd og konflikter).' },
        },
        positional: { name: 'file', value: 'FIL', help: 'Svarfilen (.xlsx).', required: true },
        examples: [
          'npm run cli -- round import --db portefolje.tilt --round 1 --dry-run "Svar HOD.xlsx"',
          'npm run cli -- round import --db portefolje.tilt --round 1 --accept-all "Svar HOD.xlsx"',
        ],
        async run(values, io) {
          if (values['dry-run'] && values['accept-all'])
            throw new AppError('invalid', 'Bruk enten --dry-run eller --accept-all, ikke begge.');
          const input = { roundId: roundId(values.round), ...answerFile(str(values.file)!) };
          const dry = Boolean(values['dry-run']);
          return withPortfolio(str(values.db)!, !dry, async (ctx) => {
            const read = await call<ReadAnswerResult>(ctx, dry ? 'rounds:checkAnswer' : 'rounds:readAnswer', input);
            const r = read.review;
            for (const line of reviewText(r)) io.out(line);
            if (read.alreadyRead) {
              io.out('');
              io.out(
                `Denne filen ble lest inn ${formatDateTime(r.answer.readAt)}; ingenting er endret nå ` +
                  `(svaret er ${STATE_WORDS[r.answer.state]}).`,
              );
            }
            if (dry) {
              io.out('');
              io.out('Prøvekjøring: ingenting er lagret.');
              return 0;
            }
            if (!values['accept-all'] || r.answer.state !== 'review') {
              if (!read.alreadyRead) io.out(`\nSvaret er lagret til gjennomgang (svar ${r.answer.id}).`);
              return 0;
            }
            if (r.counts.problems > 0)
              throw new AppError(
                'invalid',
                `Svaret har ${countOf(r.counts.problems, 'endring', 'endringer')} med regelbrudd, så ingenting ` +
                  'er godtatt: avvis dem i programmet (Innspill), eller be om et rettet svar.',
              );
            if (r.counts.conflicts > 0)
              throw new AppError(
                'invalid',
                `Svaret har ${r.counts.conflicts} konflikter med endringer gjort etter at skjemaet ble laget, så ` +
                  'ingenting er godtatt: gå gjennom dem i programmet (Innspill).',
              );
            const keys = r.measures.flatMap((m) => m.items.map((i) => i.key));
            const done = await call<AcceptResult>(ctx, 'rounds:accept', {
              answerId: r.answer.id,
              token: r.token,
              accept: keys,
            });
            if (done.backupWarning) io.err(`Merk: ${done.backupWarning}`);
            io.out(
              `\nGodtok ${countOf(done.accepted, 'endring', 'endringer')} på ${done.measures} tiltak ` +
                `fra ${r.recipient.abbrev}.`,
            );
            return 0;
          });
        },
      },
      status,
    },
  };
}
