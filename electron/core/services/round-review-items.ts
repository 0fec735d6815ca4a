// The items of an open answer's review: per measure, what the answer says differs from the form (a status update,
// a registry field, a budget line's spent amount), old → new, with the rules it breaks and notes on its dating; and
// what accepting each would write. The review itself (round-review.service.ts) puts them together.
import type { ReviewItem, ReviewPart } from '../../../shared/api/rounds.contract.ts';
import { fieldDef, parseCell } from '../../../shared/domain/measure-fields.ts';
import {
  assessmentFromLabel,
  cellText,
  dateProblem,
  defaultReportDate,
  OPEN_FIELDS,
  readAmount,
  type OpenField,
  type YearField,
  readDate,
  statusFromLabel,
  unknownAssessmentMessage,
  unknownStatusMessage,
} from '../../../shared/domain/rounds.ts';
import {
  ASSESSMENT_SHORT,
  assessmentNeedsComment,
  COMMENT_REQUIRED_MESSAGE,
  STATUS_LABELS,
  type AssessmentCode,
  type StatusCode,
} from '../../../shared/domain/vocabulary.ts';
import { statusDateProblem, unlikelyPairWarning } from '../../../shared/domain/status-rules.ts';
import { formatDate, formatNok } from '../../../shared/format/nb.ts';
import { measureYearWarning, planPeriod } from '../../../shared/domain/measure-years.ts';
import { reviewNote, type ReviewNote } from '../../../shared/domain/round-notes.ts';
import { CONTACT_FIELDS } from '../../../shared/domain/round-contact.ts';
import type { AnswerRowContent, FormMeasure } from '../rounds/answer-content.ts';
import type { Period } from '../../../shared/domain/periods.ts';
import { correctedAmount } from './round-corrections.ts';
import type { CorrectedPeriods } from '../../../shared/domain/corrections.ts';

/** The closed periods (labels) an update of the row's measure dated `date` corrects. */
type ClosedOn = (date: string) => CorrectedPeriods<string>;
import { NO_STATUS, type CurrentMeasure } from './round-measures.ts';

/** What accepting an item writes, kept beside the review so accept uses exactly what was shown. */
export type Planned =
  | {
      kind: 'status';
      measureId: number;
      status: StatusCode;
      assessment: AssessmentCode;
      comment: string;
      date: string;
      author: string;
    }
  /** Registry fields by key (one, or the contact person's name and e-mail together) and the values to write. */
  | { kind: 'field'; measureId: number; changes: Record<string, unknown> }
  | { kind: 'budget'; measureId: number; lineId: number; spent: number };

const statusText = (s: StatusCode | null) => (s ? STATUS_LABELS[s] : NO_STATUS);
const assessmentText = (a: AssessmentCode | null) => (a ? ASSESSMENT_SHORT[a] : '');
export const part = (label: string, old: string, now: string, problem: string | null = null): ReviewPart => ({
  label,
  old,
  new: now,
  changed: old !== now,
  problem,
  earlier: null,
  correction: null,
});

export function formulaNotes(row: AnswerRowContent, keys: string[], labels: Record<string, string>): ReviewNote[] {
  return row.formulas
    .filter((k) => keys.includes(k))
    .map((k) => reviewNote({ kind: 'formula', field: labels[k] ?? k, value: cellText(row.cells[k] ?? null) }, null));
}

/**
 * What accepting an update dated `date` will do that the old → new table cannot show: an update older than today's
 * newest is history, not the measure's status now; one dated in a closed period, or setting the status at the end of
 * one (shared/domain/corrections.ts), is a correction after closing.
 */
function datingNotes(date: string | null, cur: CurrentMeasure, closedOn: ClosedOn): ReviewNote[] {
  if (!date) return [];
  const notes: ReviewNote[] = [];
  // The newest status, also when the form showed the one at the period's end.
  const latest = cur.newer ?? cur;
  if (latest.date && date < latest.date) {
    const status = `${statusText(latest.status)} ${assessmentText(latest.assessment)}`.trim();
    notes.push(reviewNote({ kind: 'newer-status', status, newerDate: latest.date, date }, null));
  }
  const closed = closedOn(date);
  if (closed.inside.length + closed.later.length > 0)
    notes.push(
      reviewNote(
        closed.later.length
          ? { kind: 'closed-period', date, periods: closed.inside, later: closed.later }
          : { kind: 'closed-period', date, periods: closed.inside },
        null,
      ),
    );
  return notes;
}

export function statusItem(
  row: AnswerRowContent,
  form: FormMeasure,
  cur: CurrentMeasure,
  ctx: {
    period: Period;
    today: string;
    reporter: string;
    closedOn: ClosedOn;
  },
): { item: ReviewItem; planned: Planned | null } | null {
  const raw = (k: string) => cellText(row.cells[k] ?? null);
  if (['newStatus', 'newAssessment', 'newComment', 'newDate'].every((k) => raw(k) === '')) return null;
  const problems: { at: string; message: string }[] = [];
  let status: StatusCode | null = cur.status;
  if (raw('newStatus') !== '') {
    status = statusFromLabel(raw('newStatus'));
    if (!status) problems.push({ at: 'Status', message: unknownStatusMessage(raw('newStatus')) });
  } else if (!status) problems.push({ at: 'Status', message: 'Velg ny status: tiltaket har ingen status ennå.' });
  let assessment: AssessmentCode | null = cur.assessment;
  if (raw('newAssessment') !== '') {
    assessment = assessmentFromLabel(raw('newAssessment'));
    if (!assessment) problems.push({ at: 'Vurdering', message: unknownAssessmentMessage(raw('newAssessment')) });
  } else if (!assessment)
    problems.push({ at: 'Vurdering', message: 'Velg ny vurdering: tiltaket har ingen vurdering ennå.' });
  // A blank rating keeps today's, and with it today's comment when that is blank too (a Gul measure confirmed by its
  // status alone is not a Gul without a reason); a new rating with a blank comment has none.
  const comment = raw('newComment') === '' && raw('newAssessment') === '' ? cur.comment.trim() : raw('newComment');
  if (assessment && assessmentNeedsComment(assessment) && comment === '')
    problems.push({ at: 'Kommentar', message: COMMENT_REQUIRED_MESSAGE });
  const d = readDate(row.cells.newDate ?? null);
  let date = defaultReportDate(ctx.period, ctx.today);
  if (!d.ok) problems.push({ at: 'Dato', message: d.message });
  else if (d.value) {
    date = d.value;
    const p =
      dateProblem(d.value, ctx.period, ctx.today) ?? statusDateProblem(date, { startDate: cur.planStart }, ctx.today);
    if (p) problems.push({ at: 'Dato', message: p });
  } else {
    const p =
      dateProblem(date, ctx.period, ctx.today) ?? statusDateProblem(date, { startDate: cur.planStart }, ctx.today);
    if (p) problems.push({ at: 'Dato', message: `Datoen mangler, og ${p.charAt(0).toLowerCase()}${p.slice(1)}` });
  }
  const same =
    status === cur.status && assessment === cur.assessment && comment === cur.comment.trim() && !(d.ok && d.value);
  if (same && problems.length === 0) return null;
  const at = (label: string) => problems.find((p) => p.at === label)?.message ?? null;
  const newStatusText = raw('newStatus') !== '' && !status ? raw('newStatus') : statusText(status);
  const newAssessmentText =
    raw('newAssessment') !== '' && !assessment ? raw('newAssessment') : assessmentText(assessment);
  const parts = [
    part('Status', statusText(cur.status), newStatusText, at('Status')),
    part('Vurdering', assessmentText(cur.assessment), newAssessmentText, at('Vurdering')),
    part('Kommentar', cur.comment, comment, at('Kommentar')),
    part('Dato', formatDate(cur.date), d.ok ? formatDate(date) : raw('newDate'), at('Dato')),
  ];
  const conflict =
    form.statusId !== cur.statusId
      ? {
          atForm:
            `${cellText(row.cells.status ?? null)} ${cellText(row.cells.assessment ?? null)}`.trim() +
            (cellText(row.cells.date ?? null) ? ` (${cellText(row.cells.date ?? null)})` : ''),
          now: `${statusText(cur.status)} ${assessmentText(cur.assessment)}`.trim(),
          by: cur.statusAuthor,
          at: cur.date,
        }
      : null;
  const item: ReviewItem = {
    key: `${cur.id}:status`,
    label: 'Statusoppdatering',
    parts,
    problems: problems.map((p) => `${p.at}: ${p.message}`),
    conflict,
    notes: [
      ...formulaNotes(row, ['newStatus', 'newAssessment', 'newComment', 'newDate'], {
        newStatus: 'Ny status',
        newAssessment: 'Ny vurdering',
        newComment: 'Kommentar',
        newDate: 'Dato',
      }),
      // Allowed, but said, as the measure page asks the user to confirm it.
      ...(status && assessment && unlikelyPairWarning(status, assessment)
        ? [reviewNote({ kind: 'unlikely-pair', status, assessment }, null)]
        : []),
      ...datingNotes(d.ok ? date : null, cur, ctx.closedOn),
    ],
    decision: null,
  };
  const planned: Planned | null =
    problems.length === 0 && status && assessment
      ? { kind: 'status', measureId: cur.id, status, assessment, comment, date, author: ctx.reporter }
      : null;
  return { item, planned };
}

/**
 * A changed registry field other than the contact person (round-contact-item.ts), each a change of its own: Startår
 * and Sluttår, with their rules and a year's against the other.
 */
export function fieldItems(row: AnswerRowContent, form: FormMeasure, cur: CurrentMeasure, today: string) {
  const out: { item: ReviewItem; planned: Planned | null }[] = [];
  const changed = (key: OpenField) => cellText(row.cells[`field:${key}`] ?? null) !== form[key].trim();
  /** A year as it will stand: the answer's where it changes it (and is a year), else the portfolio's. */
  const yearAfter = (key: YearField): number | null => {
    const r = changed(key) ? parseCell(key, cellText(row.cells[`field:${key}`] ?? null)) : null;
    if (r?.ok) return r.value as number | null;
    return cur[key] === '' ? null : Number(cur[key]);
  };
  const start = yearAfter('startYear');
  const end = yearAfter('endYear');
  for (const key of OPEN_FIELDS.filter((k) => !(CONTACT_FIELDS as readonly string[]).includes(k))) {
    const raw = row.cells[`field:${key}`] ?? null;
    const atForm = form[key];
    if (!changed(key)) continue;
    const r = parseCell(key, cellText(raw));
    const label = fieldDef(key).label;
    const nowText = r.ok ? String(r.value ?? '') : cellText(raw);
    const current = cur[key];
    const notes = formulaNotes(row, [`field:${key}`], { [`field:${key}`]: label });
    let problem = r.ok ? null : r.message;
    if (r.ok && (key === 'startYear' || key === 'endYear') && typeof r.value === 'number') {
      // The measure page's rule (measure-edit.service.ts), with the other year as it will stand.
      if (start !== null && end !== null && end < start)
        problem = `Sluttåret (${end}) kan ikke være før startåret (${start}).`;
      // Allowed, but said, as the measure page asks before saving such a year.
      const plan = planPeriod(cur.plan);
      const thisYear = Number(today.slice(0, 4));
      if (measureYearWarning(key, r.value, plan, thisYear))
        notes.push(reviewNote({ kind: 'far-year', field: key, year: r.value, plan, thisYear }, null));
    }
    out.push({
      item: {
        key: `${cur.id}:field:${key}`,
        label,
        parts: [part(label, current, nowText, problem)],
        problems: problem ? [`${label}: ${problem}`] : [],
        conflict: current !== atForm ? { atForm, now: current, by: null, at: null } : null,
        notes,
        decision: null,
      },
      planned: r.ok && !problem ? { kind: 'field', measureId: cur.id, changes: { [key]: r.value } } : null,
    });
  }
  return out;
}

/** The items of a budget line's spent amounts; a `corrected` cell is read as the budget form reads an amount. */
export function budgetItems(
  row: AnswerRowContent,
  form: FormMeasure,
  cur: CurrentMeasure,
  year: number,
  corrected: ReadonlySet<string> = new Set(),
) {
  const out: { item: ReviewItem; planned: Planned | null }[] = [];
  form.budget.forEach(([lineId, version, spentAtForm], i) => {
    const key = `spent:${i + 1}`;
    const a = corrected.has(key)
      ? correctedAmount(cellText(row.cells[key] ?? null))
      : readAmount(row.cells[key] ?? null);
    if (a.ok && (a.value === null || a.value === spentAtForm)) return;
    const line = cur.budget.find((b) => b.id === lineId);
    const label = `Brukt ${year} (${line?.name ?? `linje ${i + 1}`})`;
    const problems: string[] = [];
    if (!a.ok) problems.push(`${label}: ${a.message}`);
    if (!line) problems.push(`${label}: Budsjettlinjen er slettet i porteføljen etter at skjemaet ble laget.`);
    const shownNew = a.ok ? formatNok(a.value) : cellText(row.cells[key] ?? null);
    out.push({
      item: {
        key: `${cur.id}:budget:${lineId}`,
        label,
        parts: [part(label, line ? formatNok(line.spent) : '', shownNew, problems[0] ?? null)],
        problems,
        conflict:
          line && (line.version !== version || line.spent !== spentAtForm)
            ? { atForm: formatNok(spentAtForm), now: formatNok(line.spent), by: null, at: null }
            : null,
        notes: formulaNotes(row, [key], { [key]: label }),
        decision: null,
      },
      planned: problems.length === 0 && a.ok ? { kind: 'budget', measureId: cur.id, lineId, spent: a.value! } : null,
    });
  });
  return out;
}

/** What earlier answers of the recipient said for the same item part, when it differs from this answer. */
export function markEarlier(items: ReviewItem[], earlier: Map<string, ReviewItem>): void {
  for (const item of items) {
    const before = earlier.get(item.key);
    for (const p of item.parts) {
      const e = before?.parts.find((x) => x.label === p.label);
      if (e && e.new !== p.new) p.earlier = e.new;
    }
  }
}
