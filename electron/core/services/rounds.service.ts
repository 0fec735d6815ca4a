// Input rounds: making one for a period, its recipients and their tracking (forms made, sent, returned, imported,
// late), and the forms themselves (one XLSX per recipient, or all of them as one ZIP).
import { randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import JSZip from 'jszip';
import type { z } from 'zod';
import type { ExportedFile } from '../../../shared/api/reports.contract.ts';
import type {
  AnswerSummary,
  createRoundInput,
  RoundInfo,
  RoundRecipient,
} from '../../../shared/api/rounds.contract.ts';
import { parsePeriod, periodEnd, periodLabel, type Period } from '../../../shared/domain/periods.ts';
import { retiredOn } from '../../../shared/domain/organisations.ts';
import { formatDate, todayIso } from '../../../shared/format/nb.ts';
import { writeTx } from '../db/tx.ts';
import { AppError, fieldError, notFound } from '../errors.ts';
import {
  countOpenAnswers,
  getRound,
  insertRecipient,
  insertRound,
  listAnswers,
  listRecipients,
  listRounds,
  setFormsAt,
  setSentAt,
  type AnswerRow,
  type RoundRow,
} from '../repositories/rounds.repo.ts';
import { formFileName, writeForm, type FormSpec } from '../rounds/round-form.ts';
import type { Actor } from './change-log.service.ts';
import { orgDirectory, type OrgDirectory } from './organisations.service.ts';
import { datasetKind } from './portfolio.service.ts';
import { lockedCells, measuresByRecipient, statusBasis, type CurrentMeasure } from './round-measures.ts';

export function roundPeriod(r: RoundRow): Period {
  return parsePeriod(r.period)!;
}

export function requireRound(db: Database, id: number): RoundRow {
  const r = getRound(db, id);
  if (!r) throw notFound('Finner ikke innspillsrunden.');
  return r;
}

function reporterOf(a: AnswerRow): string | null {
  try {
    return (JSON.parse(a.content) as { reporter?: string | null }).reporter ?? null;
  } catch {
    return null;
  }
}

export function answerSummary(a: AnswerRow): AnswerSummary {
  return {
    id: a.id,
    fileName: a.file_name,
    sha256: a.sha256,
    readAt: a.read_at,
    readBy: a.read_by,
    state: a.state,
    decidedAt: a.decided_at,
    decidedBy: a.decided_by,
    accepted: a.accepted,
    rejected: a.rejected,
    reporter: reporterOf(a),
  };
}

export function roundInfo(db: Database, round: RoundRow, now: Date): RoundInfo {
  const today = todayIso(now);
  const orgs = orgDirectory(db);
  const recipients = listRecipients(db, round.id);
  const measures = measuresByRecipient(
    db,
    orgs,
    recipients.map((r) => r.org_id),
    roundPeriod(round),
    today,
  );
  const answers = listAnswers(db, round.id);
  const list: RoundRecipient[] = recipients.map((r) => {
    const org = orgs.refAt(r.org_id, today);
    const row = orgs.rows().find((o) => o.id === r.org_id);
    const mine = answers.filter((a) => a.recipient_id === r.id);
    const returnedAt = mine.length ? mine[mine.length - 1].read_at : null;
    const accepted = mine.filter((a) => a.state === 'accepted');
    return {
      id: r.id,
      abbrev: org.abbrev,
      name: org.name,
      kind: row?.kind ?? 'departement',
      measureCount: measures.get(r.org_id)?.length ?? 0,
      formsAt: r.forms_at,
      sentAt: r.sent_at,
      returnedAt,
      importedAt: accepted.length ? accepted[accepted.length - 1].decided_at : null,
      late: returnedAt === null && round.deadline < today,
      answers: mine.map(answerSummary),
    };
  });
  return {
    id: round.id,
    uid: round.uid,
    period: round.period,
    periodLabel: periodLabel(roundPeriod(round)),
    deadline: round.deadline,
    createdAt: round.created_at,
    createdBy: round.created_by,
    recipients: list,
    late: list.filter((r) => r.late).length,
    inReview: countOpenAnswers(db, round.id),
  };
}

export function listRoundInfos(db: Database, now: Date): RoundInfo[] {
  return listRounds(db).map((r) => roundInfo(db, r, now));
}

/** Every ministry (and, when asked, every agency) named on a live measure; not one retired by `today`. */
function defaultRecipients(db: Database, orgs: OrgDirectory, period: Period, today: string, agencies: boolean) {
  const all = orgs.rows().filter((o) => o.valid_to === null && !retiredOn({ retiredFrom: o.retired_from }, today));
  const candidates = all.filter((o) => o.kind === 'departement' || agencies);
  const measures = measuresByRecipient(
    db,
    orgs,
    candidates.map((o) => o.id),
    period,
    today,
  );
  return candidates.filter((o) => (measures.get(o.id) ?? []).some((m) => agencies || m.role !== 'etat'));
}

export function createRound(db: Database, input: z.output<typeof createRoundInput>, actor: Actor): RoundInfo {
  const period = parsePeriod(input.period)!;
  const today = todayIso(actor.now);
  if (input.deadline < today) throw fieldError('deadline', `Fristen ${formatDate(input.deadline)} har allerede gått.`);
  return writeTx(db, () => {
    const orgs = orgDirectory(db);
    let orgIds: number[];
    if (input.recipients.length === 0) {
      orgIds = defaultRecipients(db, orgs, period, today, input.includeAgencies).map((o) => o.id);
    } else {
      orgIds = [];
      for (const a of input.recipients) {
        const row = orgs.byAbbrev(a);
        if (!row) throw fieldError('recipients', `Ukjent organisasjon «${a}». Velg fra organisasjonsregisteret.`);
        if (!orgIds.includes(row.id)) orgIds.push(row.id);
      }
    }
    const measures = measuresByRecipient(db, orgs, orgIds, period, today);
    const none = orgIds.filter((id) => (measures.get(id) ?? []).length === 0).map((id) => orgs.refAt(id, today).abbrev);
    if (none.length)
      throw fieldError('recipients', `${none.join(', ')} har ingen tiltak i planene for ${periodLabel(period)}.`);
    if (orgIds.length === 0) throw fieldError('recipients', 'Ingen departementer har tiltak å rapportere på.');
    const id = insertRound(db, {
      uid: randomBytes(16).toString('hex'),
      secret: randomBytes(32).toString('hex'),
      period: input.period,
      deadline: input.deadline,
      created_at: actor.now.toISOString(),
      created_by: actor.user,
    });
    for (const orgId of orgIds) insertRecipient(db, id, orgId);
    return roundInfo(db, getRound(db, id)!, actor.now);
  });
}

export function markSent(
  db: Database,
  input: { roundId: number; recipient: string; sent: boolean },
  actor: Actor,
): RoundInfo {
  return writeTx(db, () => {
    const round = requireRound(db, input.roundId);
    const r = recipientByAbbrev(db, round, input.recipient);
    setSentAt(db, r.id, input.sent ? actor.now.toISOString() : null);
    return roundInfo(db, round, actor.now);
  });
}

function recipientByAbbrev(db: Database, round: RoundRow, abbrev: string) {
  const orgs = orgDirectory(db);
  const wanted = new Set(orgs.chainIds(abbrev));
  const r = listRecipients(db, round.id).find((x) => wanted.has(x.org_id));
  if (!r) throw fieldError('recipient', `«${abbrev}» er ikke mottaker i denne innspillsrunden.`);
  return r;
}

export function formSpec(
  round: RoundRow,
  recipient: { id: number; abbrev: string; name: string },
  measures: CurrentMeasure[],
  madeAt: string,
  example: boolean,
  statusAsOf: string | null = null,
): FormSpec {
  const period = roundPeriod(round);
  return {
    roundUid: round.uid,
    secret: round.secret,
    recipientId: recipient.id,
    recipientAbbrev: recipient.abbrev,
    recipientName: recipient.name,
    period,
    deadline: round.deadline,
    madeAt,
    budgetYear: Number(periodEnd(period).slice(0, 4)),
    budgetLines: Math.max(0, ...measures.map((m) => m.budget.length)),
    statusAsOf,
    example,
    rows: measures.map((m) => ({
      measureId: m.id,
      locked: lockedCells(m),
      version: m.version,
      statusId: m.statusId,
      budget: m.budget.map((b) => ({ id: b.id, version: b.version, spent: b.spent })),
      open: {
        contactName: m.contactName,
        contactEmail: m.contactEmail,
        startYear: m.startYear === '' ? null : Number(m.startYear),
        endYear: m.endYear === '' ? null : Number(m.endYear),
      },
    })),
  };
}

/** One recipient's form, or every recipient's as one ZIP; records when each form was made. */
export async function makeForms(
  db: Database,
  input: { roundId: number; recipient?: string },
  actor: Actor,
): Promise<ExportedFile> {
  const today = todayIso(actor.now);
  const round = requireRound(db, input.roundId);
  const orgs = orgDirectory(db);
  const recipients = input.recipient ? [recipientByAbbrev(db, round, input.recipient)] : listRecipients(db, round.id);
  const measures = measuresByRecipient(
    db,
    orgs,
    recipients.map((r) => r.org_id),
    roundPeriod(round),
    today,
  );
  const example = datasetKind(db) === 'example';
  const at = actor.now.toISOString();
  const files: { name: string; bytes: Buffer }[] = [];
  for (const r of recipients) {
    const org = orgs.refAt(r.org_id, today);
    const spec = formSpec(
      round,
      { id: r.id, abbrev: org.abbrev, name: org.name },
      measures.get(r.org_id) ?? [],
      at,
      example,
      statusBasis(roundPeriod(round), today),
    );
    files.push({ name: formFileName(spec), bytes: await writeForm(spec) });
  }
  writeTx(db, () => recipients.forEach((r) => setFormsAt(db, r.id, at)));
  if (input.recipient) {
    const f = files[0];
    return {
      fileName: f.name,
      mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      base64: f.bytes.toString('base64'),
    };
  }
  if (files.length === 0) throw new AppError('invalid', 'Runden har ingen mottakere.');
  const zip = new JSZip();
  for (const f of files) zip.file(f.name, f.bytes, { date: actor.now });
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  return {
    fileName: `Innspill ${periodLabel(roundPeriod(round))} – alle skjemaer.zip`,
    mime: 'application/zip',
    base64: bytes.toString('base64'),
  };
}
