// Input rounds, their recipients and the answers read (migration 0012).
import type { Database } from 'better-sqlite3';
import { stmt } from '../db/statements.ts';
import type { AnswerState } from '../../../shared/api/rounds.contract.ts';

export interface RoundRow {
  id: number;
  uid: string;
  secret: string;
  period: string;
  deadline: string;
  created_at: string;
  created_by: string;
}

export interface RecipientRow {
  id: number;
  round_id: number;
  org_id: number;
  forms_at: string | null;
  sent_at: string | null;
}

export interface AnswerRow {
  id: number;
  recipient_id: number;
  file_name: string;
  sha256: string;
  size: number;
  read_at: string;
  read_by: string;
  content: string;
  state: AnswerState;
  decided_at: string | null;
  decided_by: string | null;
  accepted: number;
  rejected: number;
}

export function insertRound(db: Database, r: Omit<RoundRow, 'id'>): number {
  return Number(
    stmt(
      db,
      `INSERT INTO input_rounds (uid, secret, period, deadline, created_at, created_by)
       VALUES (@uid, @secret, @period, @deadline, @created_at, @created_by)`,
    ).run(r).lastInsertRowid,
  );
}

export function getRound(db: Database, id: number): RoundRow | undefined {
  return stmt(db, 'SELECT * FROM input_rounds WHERE id = ?').get(id) as RoundRow | undefined;
}

export function getRoundByUid(db: Database, uid: string): RoundRow | undefined {
  return stmt(db, 'SELECT * FROM input_rounds WHERE uid = ?').get(uid) as RoundRow | undefined;
}

/** Newest first. */
export function listRounds(db: Database): RoundRow[] {
  return stmt(db, 'SELECT * FROM input_rounds ORDER BY created_at DESC, id DESC').all() as RoundRow[];
}

export function insertRecipient(db: Database, roundId: number, orgId: number): number {
  return Number(
    stmt(db, 'INSERT INTO round_recipients (round_id, org_id) VALUES (?, ?)').run(roundId, orgId).lastInsertRowid,
  );
}

export function listRecipients(db: Database, roundId: number): RecipientRow[] {
  return stmt(db, 'SELECT * FROM round_recipients WHERE round_id = ? ORDER BY id').all(roundId) as RecipientRow[];
}

export function getRecipient(db: Database, id: number): RecipientRow | undefined {
  return stmt(db, 'SELECT * FROM round_recipients WHERE id = ?').get(id) as RecipientRow | undefined;
}

export function setFormsAt(db: Database, recipientId: number, at: string): void {
  stmt(db, 'UPDATE round_recipients SET forms_at = ? WHERE id = ?').run(at, recipientId);
}

export function setSentAt(db: Database, recipientId: number, at: string | null): void {
  stmt(db, 'UPDATE round_recipients SET sent_at = ? WHERE id = ?').run(at, recipientId);
}

export function insertAnswer(
  db: Database,
  a: Omit<AnswerRow, 'id' | 'state' | 'decided_at' | 'decided_by' | 'accepted' | 'rejected'>,
): number {
  return Number(
    stmt(
      db,
      `INSERT INTO round_answers (recipient_id, file_name, sha256, size, read_at, read_by, content)
       VALUES (@recipient_id, @file_name, @sha256, @size, @read_at, @read_by, @content)`,
    ).run(a).lastInsertRowid,
  );
}

export function getAnswer(db: Database, id: number): AnswerRow | undefined {
  return stmt(db, 'SELECT * FROM round_answers WHERE id = ?').get(id) as AnswerRow | undefined;
}

export function findAnswerBySha(db: Database, recipientId: number, sha256: string): AnswerRow | undefined {
  return stmt(db, 'SELECT * FROM round_answers WHERE recipient_id = ? AND sha256 = ?').get(recipientId, sha256) as
    AnswerRow | undefined;
}

/** A round's answers, newest first per recipient. */
export function listAnswers(db: Database, roundId: number): AnswerRow[] {
  return stmt(
    db,
    `SELECT a.* FROM round_answers a JOIN round_recipients r ON r.id = a.recipient_id
     WHERE r.round_id = ? ORDER BY a.recipient_id, a.id DESC`,
  ).all(roundId) as AnswerRow[];
}

/** Answers of the recipient read before `beforeId` (not rejected), newest first: what a corrected answer corrects. */
export function earlierAnswers(db: Database, recipientId: number, beforeId: number): AnswerRow[] {
  return stmt(
    db,
    `SELECT * FROM round_answers WHERE recipient_id = ? AND id < ? AND state <> 'rejected' ORDER BY id DESC`,
  ).all(recipientId, beforeId) as AnswerRow[];
}

export function countOpenAnswers(db: Database, roundId: number): number {
  return (
    stmt(
      db,
      `SELECT count(*) AS n FROM round_answers a JOIN round_recipients r ON r.id = a.recipient_id
       WHERE r.round_id = ? AND a.state = 'review'`,
    ).get(roundId) as { n: number }
  ).n;
}

/** Decides an answer still in review; false when it was not (someone decided it first). */
export function decideAnswer(
  db: Database,
  id: number,
  d: { state: Exclude<AnswerState, 'review'>; at: string; by: string; accepted: number; rejected: number },
): boolean {
  return (
    stmt(
      db,
      `UPDATE round_answers SET state = @state, decided_at = @at, decided_by = @by, accepted = @accepted,
         rejected = @rejected WHERE id = @id AND state = 'review'`,
    ).run({ id, ...d }).changes === 1
  );
}

/** Answers of the recipient still in review, other than `exceptId`: a newer answer supersedes them. */
export function openAnswersOf(db: Database, recipientId: number, exceptId: number): number[] {
  return (
    stmt(db, `SELECT id FROM round_answers WHERE recipient_id = ? AND state = 'review' AND id <> ?`).all(
      recipientId,
      exceptId,
    ) as { id: number }[]
  ).map((r) => r.id);
}

/** A decided change of an answer (migrations 0014, 0015); `fields`, `problems` and `notes` are JSON. */
export interface AnswerItemRow {
  answer_id: number;
  seq: number;
  measure_id: number;
  item_key: string;
  label: string;
  decision: 'accepted' | 'rejected';
  fields: string;
  problems: string;
  /**
   * The review's notes on the change (migration 0015; '[]' on changes decided before): each note's kind and values
   * (shared/domain/round-notes.ts), or, as stored before notes had kinds, the review's sentence.
   */
  notes: string;
}

export function insertAnswerItem(db: Database, row: AnswerItemRow): void {
  stmt(
    db,
    `INSERT INTO round_answer_items (answer_id, seq, measure_id, item_key, label, decision, fields, problems, notes)
     VALUES (@answer_id, @seq, @measure_id, @item_key, @label, @decision, @fields, @problems, @notes)`,
  ).run(row);
}

/** What was decided on each change of the answer, in the review's order (none for answers decided before 0014). */
export function answerItems(db: Database, answerId: number): AnswerItemRow[] {
  return stmt(
    db,
    `SELECT answer_id, seq, measure_id, item_key, label, decision, fields, problems, notes
     FROM round_answer_items WHERE answer_id = ? ORDER BY seq`,
  ).all(answerId) as AnswerItemRow[];
}
