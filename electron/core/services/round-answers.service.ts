// Answers to an input round: read (identified by content, never by name; the same file twice changes nothing),
// reviewed (round-review.service.ts), and accepted in one transaction as status updates, field changes and budget
// changes whose history names the round, the recipient and the file (name and SHA-256), or rejected. Either way the
// decision on each change is stored with it (round_answer_items), so the answer's page shows what was decided.
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type {
  AcceptResult,
  AnswerReview,
  AnswerSummary,
  Correction,
  ReadAnswerResult,
} from '../../../shared/api/rounds.contract.ts';
import { MAX_ANSWER_BYTES } from '../../../shared/api/rounds.contract.ts';
import { periodLabel } from '../../../shared/domain/periods.ts';
import { formatDate, formatDateTime } from '../../../shared/format/nb.ts';
import { writeTx } from '../db/tx.ts';
import { AppError, notFound } from '../errors.ts';
import { insertAudit } from '../repositories/audit.repo.ts';
import {
  decideAnswer,
  findAnswerBySha,
  getAnswer,
  getRecipient,
  getRoundByUid,
  insertAnswer,
  insertAnswerItem,
  listRecipients,
  openAnswersOf,
  type AnswerRow,
} from '../repositories/rounds.repo.ts';
import { readAnswerFile, type ReadLimits } from '../rounds/answer-reader.ts';
import { answerContent, NOT_OUR_FORM, readMeta } from '../rounds/answer-content.ts';
import { RefusedFile } from '../rounds/answer-zip.ts';
import { editBudgetLine } from './budget.service.ts';
import type { Actor } from './change-log.service.ts';
import { getMeasure } from './measures.service.ts';
import { updateMeasure } from './measure-edit.service.ts';
import { orgDirectory } from './organisations.service.ts';
import { decisionRows } from './round-decided.ts';
import { computeReview, type Planned } from './round-review.service.ts';
import { answerSummary, requireRound, roundPeriod } from './rounds.service.ts';
import { recordStatus } from './status.service.ts';
import { getBudgetLine } from '../repositories/budget.repo.ts';

const refused = (message: string) => new AppError('invalid', message, { fields: { file: message } });

export interface ReadAnswerInput {
  roundId: number;
  fileName: string;
  base64: string;
  /** When given: the answer must be this recipient's. */
  recipient?: string;
}

export async function readAnswer(
  db: Database,
  input: ReadAnswerInput,
  actor: Actor,
  opts: { store?: boolean; limits?: ReadLimits } = {},
): Promise<ReadAnswerResult> {
  const round = requireRound(db, input.roundId);
  const bytes = Buffer.from(input.base64, 'base64');
  if (bytes.length > MAX_ANSWER_BYTES)
    throw refused(`Filen er for stor: et svar kan være høyst ${MAX_ANSWER_BYTES / 1024 / 1024} MB.`);
  if (bytes.length === 0) throw refused('Filen er tom.');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const parsed = await readAnswerFile(bytes, opts.limits);
  const today = actor.now.toISOString().slice(0, 10);
  const orgs = orgDirectory(db);
  let content;
  try {
    const meta = readMeta(parsed);
    const own = getRoundByUid(db, meta.uid);
    if (!own) throw new RefusedFile('Filen hører til en innspillsrunde som ikke finnes i denne porteføljen.');
    if (own.id !== round.id)
      throw new RefusedFile(
        `Filen er et svar i runden for ${periodLabel(roundPeriod(own))} (frist ${formatDate(own.deadline)}), ` +
          `ikke i denne runden for ${periodLabel(roundPeriod(round))}. Les den inn under sin egen runde.`,
      );
    const recipient = listRecipients(db, round.id).find((r) => r.id === meta.recipientId);
    if (!recipient) throw new RefusedFile('Filen er laget for en mottaker som ikke er med i denne runden.');
    if (input.recipient) {
      const wanted = new Set(orgs.chainIds(input.recipient));
      if (!wanted.has(recipient.org_id))
        throw new RefusedFile(
          `Filen er svaret fra ${orgs.refAt(recipient.org_id, today).abbrev}, ikke fra ${input.recipient}.`,
        );
    }
    content = answerContent(parsed, meta, round.secret);
  } catch (err) {
    if (err instanceof RefusedFile) throw refused(err.message);
    throw refused(NOT_OUR_FORM);
  }
  const row = {
    recipient_id: content.recipientId,
    file_name: input.fileName,
    sha256,
    size: bytes.length,
    read_at: actor.now.toISOString(),
    read_by: actor.user,
    content: JSON.stringify(content),
  };
  // The same file again: recognised before any write, so reading it twice leaves the file as it was.
  const same = findAnswerBySha(db, content.recipientId, sha256);
  if (same) return { review: computeReview(db, same, actor.now).review, alreadyRead: true };
  if (opts.store === false) {
    // Reviewed as if it were the newest answer, without storing it.
    const unsaved: AnswerRow = {
      ...row,
      id: Number.MAX_SAFE_INTEGER,
      state: 'review',
      decided_at: null,
      decided_by: null,
      accepted: 0,
      rejected: 0,
    };
    return { review: computeReview(db, unsaved, actor.now).review, alreadyRead: false };
  }
  return writeTx(db, () => {
    const id = insertAnswer(db, row);
    // A newer answer from the same recipient replaces one still waiting for review.
    for (const old of openAnswersOf(db, content.recipientId, id))
      decideAnswer(db, old, {
        state: 'superseded',
        at: actor.now.toISOString(),
        by: actor.user,
        accepted: 0,
        rejected: 0,
      });
    return { review: computeReview(db, getAnswer(db, id)!, actor.now).review, alreadyRead: false };
  });
}

function requireOpen(db: Database, answerId: number): AnswerRow {
  const a = getAnswer(db, answerId);
  if (!a) throw notFound('Finner ikke svaret.');
  if (a.state !== 'review') {
    const what = { accepted: 'godkjent', rejected: 'avvist', superseded: 'erstattet av et nyere svar' }[a.state];
    throw new AppError(
      'conflict',
      `Svaret er allerede ${what} (${formatDateTime(a.decided_at)} av ${a.decided_by}); ingenting er endret.`,
    );
  }
  return a;
}

export function answerReview(db: Database, answerId: number, now: Date, corrections: readonly Correction[] = []) {
  const a = getAnswer(db, answerId);
  if (!a) throw notFound('Finner ikke svaret.');
  return computeReview(db, a, now, 0, corrections).review;
}

/**
 * The history's note on a value the coordinator corrected before accepting it: «Brukt 2026 (kap. 440, post 70):
 * «ca. 6 mill» fra innspill HOD T3 2026, rettet av koordinator til 6 000 000 kr».
 */
export function correctionText(review: AnswerReview, field: string, answered: string, corrected: string): string {
  return (
    `${field}: ${answered === '' ? '(tomt)' : `«${answered}»`} fra innspill ${review.recipient.abbrev} ` +
    `${review.periodLabel}, rettet av koordinator til ${corrected === '' ? '(tomt)' : corrected}`
  );
}

/** The history's note on every measure an accepted answer changed. */
function sourceText(db: Database, a: AnswerRow, now: Date): string {
  const r = getRecipient(db, a.recipient_id)!;
  const round = requireRound(db, r.round_id);
  const org = orgDirectory(db).refAt(r.org_id, now.toISOString().slice(0, 10));
  return `Innspillsrunde ${periodLabel(roundPeriod(round))}, ${org.abbrev}, fil «${a.file_name}», SHA-256 ${a.sha256}`;
}

function apply(db: Database, p: Planned[], actor: Actor, source: string, round: string): void {
  const today = actor.now.toISOString().slice(0, 10);
  const fields = p.filter((x) => x.kind === 'field');
  if (fields.length) {
    const m = getMeasure(db, fields[0].measureId, today);
    updateMeasure(
      db,
      { id: m.id, version: m.version, changes: Object.assign({}, ...fields.map((f) => f.changes)) },
      actor,
    );
  }
  for (const b of p.filter((x) => x.kind === 'budget')) {
    const line = getBudgetLine(db, b.lineId)!;
    editBudgetLine(db, { id: line.id, version: line.version, changes: { spentNok: b.spent } }, actor);
  }
  for (const s of p.filter((x) => x.kind === 'status'))
    recordStatus(
      db,
      {
        measureId: s.measureId,
        status: s.status,
        assessment: s.assessment,
        comment: s.comment,
        effectiveDate: s.date,
        author: s.author,
        correctionReason: `Innspill ${round}`,
      },
      actor,
    );
  insertAudit(db, {
    at: actor.now.toISOString(),
    author: actor.user,
    entity: 'measure',
    entity_id: p[0].measureId,
    action: 'round-import',
    field: 'source',
    old_value: null,
    new_value: source,
  });
}

export function acceptAnswer(
  db: Database,
  input: { answerId: number; token: string; accept: string[]; corrections?: Correction[] },
  actor: Actor,
): Omit<AcceptResult, 'backupWarning'> {
  return writeTx(db, () => {
    const a = requireOpen(db, input.answerId);
    const corrections = input.corrections ?? [];
    const shown = computeReview(db, a, actor.now, 0, corrections);
    if (shown.review.token !== input.token)
      throw new AppError(
        'conflict',
        'Porteføljen eller svaret er endret siden gjennomgangen ble åpnet, så ingenting er lagret. ' +
          'Se over gjennomgangen på nytt.',
      );
    const keys = [...new Set(input.accept)];
    // A correction is kept only with the change it was made to when that change is accepted; a rejected change is
    // stored as the answer had it.
    const kept = corrections.filter((c) => keys.includes(c.key));
    const { review, planned } = kept.length === corrections.length ? shown : computeReview(db, a, actor.now, 0, kept);
    const items = new Map(review.measures.flatMap((m) => m.items.map((i) => [i.key, { i, m }] as const)));
    for (const key of keys) {
      const found = items.get(key);
      if (!found) throw new AppError('invalid', 'Gjennomgangen nevner ikke en av endringene som skulle godtas.');
      if (found.i.problems.length)
        throw new AppError(
          'invalid',
          `Tiltak ${found.m.number} (${found.m.planShortName}): ${found.i.problems[0]} ` +
            'Avvis endringen, eller be om et rettet svar.',
        );
    }
    const chosen = keys.map((k) => planned.get(k)!);
    const byMeasure = new Map<number, Planned[]>();
    for (const p of chosen) byMeasure.set(p.measureId, [...(byMeasure.get(p.measureId) ?? []), p]);
    const source = sourceText(db, a, actor.now);
    for (const [measureId, list] of byMeasure)
      try {
        apply(db, list, actor, source, `${review.periodLabel} fra ${review.recipient.abbrev}`);
      } catch (e) {
        // Startår accepted without the Sluttår the review read it with (or the other way round): said per measure.
        if (!(e instanceof AppError) || !e.fields?.endYear) throw e;
        const m = review.measures.find((x) => x.measureId === measureId)!;
        throw new AppError(
          'invalid',
          `Tiltak ${m.number} (${m.planShortName}): ${e.message} Godta eller avvis startår og sluttår sammen.`,
        );
      }
    // Each corrected value is named in its measure's history beside the change it made.
    for (const { i, m } of items.values())
      for (const p of i.parts)
        if (p.correction && keys.includes(i.key))
          insertAudit(db, {
            at: actor.now.toISOString(),
            author: actor.user,
            entity: 'measure',
            entity_id: m.measureId,
            action: 'round-correction',
            field: 'source',
            old_value: p.new,
            new_value: correctionText(review, p.label, p.new, p.correction.shown),
          });
    const accepted = keys.length;
    const rejected = review.counts.items - accepted;
    decideAnswer(db, a.id, {
      state: accepted === 0 && rejected > 0 ? 'rejected' : 'accepted',
      at: actor.now.toISOString(),
      by: actor.user,
      accepted,
      rejected,
    });
    // What was decided on each change, as it was shown: the answer's page shows this from now on.
    for (const row of decisionRows(a.id, review, new Set(keys), actor.user)) insertAnswerItem(db, row);
    return { answerId: a.id, accepted, rejected, measures: byMeasure.size };
  });
}

export function rejectAnswer(db: Database, answerId: number, actor: Actor): AnswerSummary {
  return writeTx(db, () => {
    const a = requireOpen(db, answerId);
    const { review } = computeReview(db, a, actor.now);
    decideAnswer(db, a.id, {
      state: 'rejected',
      at: actor.now.toISOString(),
      by: actor.user,
      accepted: 0,
      rejected: review.counts.items,
    });
    for (const row of decisionRows(a.id, review, new Set())) insertAnswerItem(db, row);
    return answerSummary(getAnswer(db, a.id)!);
  });
}
