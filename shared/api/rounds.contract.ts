// Input rounds (innspillsrunder): a round asks ministries (and optionally agencies) for their measures' status for a
// period through XLSX forms; an answer is read into a review, and only what the coordinator accepts is written.
import { z } from 'zod';
import { MAX_ANSWER_BYTES } from './view-params.ts';
import { op } from './op.ts';
import type { ReviewNote } from '../domain/round-notes.ts';
import type { ExportedFile } from './reports.contract.ts';
import { id, isoDate, orgAbbrev, periodKey } from './schemas.ts';

export { MAX_ANSWER_BYTES } from './view-params.ts';

export type AnswerState = 'review' | 'accepted' | 'rejected' | 'superseded';

export interface AnswerSummary {
  id: number;
  fileName: string;
  sha256: string;
  readAt: string;
  readBy: string;
  state: AnswerState;
  decidedAt: string | null;
  decidedBy: string | null;
  /** Items accepted and rejected when it was decided. */
  accepted: number;
  rejected: number;
  /** «Rapportert av» in the file (the first one given), or null. */
  reporter: string | null;
}

export interface RoundRecipient {
  id: number;
  abbrev: string;
  name: string;
  /** «departement» or the agency's kind. */
  kind: string;
  /** Live measures it reports on (as owner, co-owner or agency). */
  measureCount: number;
  formsAt: string | null;
  sentAt: string | null;
  /** When its first answer was read. */
  returnedAt: string | null;
  /** When an answer of it was accepted. */
  importedAt: string | null;
  /** Past the deadline without an answer. */
  late: boolean;
  /** Newest first. */
  answers: AnswerSummary[];
}

export interface RoundInfo {
  id: number;
  uid: string;
  period: string;
  periodLabel: string;
  deadline: string;
  createdAt: string;
  createdBy: string;
  recipients: RoundRecipient[];
  /** Recipients past the deadline without an answer. */
  late: number;
  /** Answers waiting for review. */
  inReview: number;
}

/** One side of a change: what it was and what it would be. */
export interface ReviewPart {
  /** «Status», «Vurdering», «Kommentar», «Dato», «Kontaktperson», «Brukt 2026 (kap. 440, post 70)». */
  label: string;
  /** As the portfolio has it now; on a decided answer, as it had it when the answer was decided. */
  old: string;
  /** As the answer gives it. */
  new: string;
  changed: boolean;
  /** A rule this value breaks (then the item cannot be accepted). */
  problem: string | null;
  /** What an earlier answer of the same recipient said here, when it said something else. */
  earlier: string | null;
  /**
   * The coordinator's correction of the answer's value (`new` stays the answer's): `typed` as written, `shown` as
   * it would be stored (`problem` is then the corrected value's), `by` who corrected it (on a decided answer; null
   * while in review).
   */
  correction: PartCorrection | null;
}

export interface PartCorrection {
  typed: string;
  shown: string;
  by: string | null;
}

/** What the coordinator decided on a change, as stored when the answer was accepted or rejected. */
export type ItemDecision = 'accepted' | 'rejected';

export interface ReviewItem {
  /**
   * «12:status», «12:contact» (the contact person's name and e-mail, one change), «12:field:endYear», «12:budget:7»
   * (measure id first): what accept lists.
   */
  key: string;
  label: string;
  parts: ReviewPart[];
  /** Rule breaks: the item cannot be accepted until fixed in a new answer or rejected. */
  problems: string[];
  /** The measure (or line) changed in the portfolio after the form was made: both are shown. */
  conflict: { atForm: string; now: string; by: string | null; at: string | null } | null;
  /**
   * Said about the values read (a formula taken as text) and what accepting does (a newer status, a closed period):
   * each note's kind and values, and its sentence for the change's state (in review, accepted or rejected).
   */
  notes: ReviewNote[];
  /** On a decided answer: what was decided, as stored then (never a conflict then); null while it is in review. */
  decision: ItemDecision | null;
}

export interface ReviewMeasure {
  measureId: number;
  planShortName: string;
  number: string;
  title: string;
  /** «ansvarlig», «medansvarlig», «etat». */
  role: string;
  reporter: string | null;
  items: ReviewItem[];
}

export interface AnswerReview {
  answer: AnswerSummary;
  roundId: number;
  periodLabel: string;
  recipient: { id: number; abbrev: string; name: string };
  /** Measures with at least one difference, in the form's order. */
  measures: ReviewMeasure[];
  /** Measures in the form that report nothing new. */
  unchanged: number;
  counts: { items: number; problems: number; conflicts: number };
  /**
   * «now»: compared with the portfolio as it is now (an answer in review, or one superseded); «stored»: a decided
   * answer as it was decided (each change's decision, before and after); «unstored»: decided before decisions were
   * stored (migration 0014), so no changes are listed.
   */
  basis: 'now' | 'stored' | 'unstored';
  /** Changes when the portfolio or the answer changes: accept refuses a review that is no longer what was seen. */
  token: string;
}

export interface ReadAnswerResult {
  review: AnswerReview;
  /** The very same file (SHA-256) was read before: nothing was stored or changed. */
  alreadyRead: boolean;
}

export interface AcceptResult {
  answerId: number;
  accepted: number;
  rejected: number;
  measures: number;
  /** Why no backup could be made (the changes were written), or null. */
  backupWarning: string | null;
}

const roundId = id;

/**
 * A value corrected by the coordinator in the review, before accepting: the item («12:budget:7») and its field
 * («Brukt 2026 (kap. 440, post 70)», a part's label), checked with the same rules as the field elsewhere.
 */
export const correctionInput = z
  .object({ key: z.string().max(100), field: z.string().max(200), value: z.string().max(4000) })
  .strict();
export type Correction = z.output<typeof correctionInput>;
const corrections = z.array(correctionInput).max(10_000).default([]);

const answerFile = z
  .object({
    roundId,
    fileName: z.string().trim().min(1, { error: 'Filnavnet mangler.' }).max(255),
    /** When given, the answer must be this recipient's. */
    recipient: orgAbbrev.optional(),
    base64: z.string().max(Math.ceil(MAX_ANSWER_BYTES / 3) * 4 + 4, {
      error: `Filen er for stor: et svar kan være høyst ${MAX_ANSWER_BYTES / 1024 / 1024} MB.`,
    }),
  })
  .strict();

export const createRoundInput = z
  .object({
    period: periodKey,
    deadline: isoDate,
    /** Ministries (and agencies) to ask, by abbreviation; empty: every ministry that owns or co-owns a measure. */
    recipients: z.array(orgAbbrev).max(100).default([]),
    /** Also ask every agency named on a measure. */
    includeAgencies: z.boolean().default(false),
  })
  .strict();

export const roundsContract = {
  'rounds:list': op(z.object({}).strict().optional().default({})).reads<RoundInfo[]>(
    'rounds',
    'measures',
    'organisations',
  ),
  'rounds:get': op(z.object({ roundId }).strict()).reads<RoundInfo>('rounds', 'measures', 'organisations'),
  'rounds:create': op(createRoundInput).returns<RoundInfo>('rounds'),
  /** One recipient's form, or (no recipient) every form as one ZIP; records that the forms were made. */
  'rounds:forms': op(z.object({ roundId, recipient: orgAbbrev.optional() }).strict()).returns<ExportedFile>('rounds'),
  'rounds:markSent': op(z.object({ roundId, recipient: orgAbbrev, sent: z.boolean() }).strict()).returns<RoundInfo>(
    'rounds',
  ),
  'rounds:readAnswer': op(answerFile).returns<ReadAnswerResult>('rounds'),
  /** The same reading and review without storing anything (the CLI's --dry-run). */
  'rounds:checkAnswer': op(answerFile).reads<ReadAnswerResult>('rounds', 'measures', 'status', 'budget'),
  /** The review, with the coordinator's corrections applied (each checked as the field is elsewhere). */
  'rounds:review': op(z.object({ answerId: id, corrections }).strict()).reads<AnswerReview>(
    'rounds',
    'measures',
    'status',
    'budget',
  ),
  'rounds:accept': op(
    z
      .object({
        answerId: id,
        token: z.string().max(100),
        /** Item keys to write; every other item is rejected. */
        accept: z.array(z.string().max(100)).max(200_000),
        /** The corrections the review was shown with; only those of accepted items are stored and written. */
        corrections,
      })
      .strict(),
  ).returns<AcceptResult>('rounds', 'measures', 'status', 'budget', 'history'),
  'rounds:reject': op(z.object({ answerId: id }).strict()).returns<AnswerSummary>('rounds'),
};
