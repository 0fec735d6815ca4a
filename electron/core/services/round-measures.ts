// The measures a recipient of an input round reports on, as the portfolio has them now: what its form shows in the
// locked cells (and checksums), and what a review compares an answer with. Their status is the one in force on the
// period's last day once the period is over (a T2 form is not started from a T3 status), else the newest.
import type { Database } from 'better-sqlite3';
import { partName } from '../../../shared/domain/plans.ts';
import type { Plan } from '../../../shared/domain/types.ts';
import { periodEnd, type Period } from '../../../shared/domain/periods.ts';
import {
  ASSESSMENT_SHORT,
  STATUS_LABELS,
  type AssessmentCode,
  type StatusCode,
} from '../../../shared/domain/vocabulary.ts';
import { formatChapterPost, formatDate, formatNok } from '../../../shared/format/nb.ts';
import { listAllBudgetLines } from '../repositories/budget.repo.ts';
import { listMeasureOrgLinks, listMeasuresWithStatus } from '../repositories/measures.repo.ts';
import { listPlans } from '../repositories/plans.repo.ts';
import type { OrgDirectory } from './organisations.service.ts';

export type Role = 'ansvarlig' | 'medansvarlig' | 'etat';
export const ROLE_LABELS: Record<Role, string> = {
  ansvarlig: 'Ansvarlig',
  medansvarlig: 'Medansvarlig',
  etat: 'Etat',
};

export interface CurrentBudgetLine {
  id: number;
  version: number;
  /** Null: no amount given yet. */
  spent: number | null;
  /** «kap. 440, post 70: 1 200 000 kr bevilget, 300 000 kr brukt» */
  text: string;
  /** «kap. 440, post 70» or «linje 2». */
  name: string;
}

export interface CurrentMeasure {
  id: number;
  version: number;
  planShortName: string;
  /** The plan's first day: no status may be dated before it. */
  planStart: string | null;
  number: string;
  title: string;
  part: string;
  owner: string;
  role: Role;
  statusId: number | null;
  status: StatusCode | null;
  assessment: AssessmentCode | null;
  comment: string;
  date: string | null;
  statusAuthor: string | null;
  /** The newest status when it is newer than the one above (dated after the period); null otherwise. */
  newer: { status: StatusCode | null; assessment: AssessmentCode | null; date: string | null } | null;
  contactName: string;
  contactEmail: string;
  /** Startår and Sluttår as text ('' when none). */
  startYear: string;
  endYear: string;
  /** The measure's plan: how far after its period a year lies (measure-years.ts). */
  plan: Pick<Plan, 'title' | 'shortName' | 'startDate' | 'published'>;
  budget: CurrentBudgetLine[];
}

export const NO_STATUS = 'Ingen status registrert';

/** The date a round's form and review take the status from: the period's last day once it is over, else null (now). */
export function statusBasis(period: Period, today: string): string | null {
  const end = periodEnd(period);
  return today > end ? end : null;
}

/** The text of each locked cell (column key → text), as written in the form and checksummed. */
export function lockedCells(m: CurrentMeasure): Record<string, string> {
  const cells: Record<string, string> = {
    id: String(m.id),
    plan: m.planShortName,
    number: m.number,
    'field:title': m.title,
    'field:part': m.part,
    'field:owner': m.owner,
    role: ROLE_LABELS[m.role],
    status: m.status ? STATUS_LABELS[m.status] : NO_STATUS,
    assessment: m.assessment ? ASSESSMENT_SHORT[m.assessment] : '',
    comment: m.comment,
    date: formatDate(m.date),
  };
  m.budget.forEach((b, i) => (cells[`budget:${i + 1}`] = b.text));
  return cells;
}

/** Every recipient's live measures for the period (plans started by its end), keyed by the recipient's org id. */
export function measuresByRecipient(
  db: Database,
  orgs: OrgDirectory,
  recipientOrgIds: number[],
  period: Period,
  today: string,
): Map<number, CurrentMeasure[]> {
  const end = periodEnd(period);
  const year = Number(end.slice(0, 4));
  const plans = new Map(listPlans(db).map((p) => [p.code, p]));
  const group = (table: 'measure_co_owners' | 'measure_agencies') => {
    const m = new Map<number, number[]>();
    for (const l of listMeasureOrgLinks(db, table)) m.set(l.measure_id, [...(m.get(l.measure_id) ?? []), l.org_id]);
    return m;
  };
  const coOwners = group('measure_co_owners');
  const agencies = group('measure_agencies');
  const budget = new Map<number, CurrentBudgetLine[]>();
  for (const b of listAllBudgetLines(db)) {
    if (b.year !== year) continue;
    const list = budget.get(b.measure_id) ?? [];
    const cp = formatChapterPost(b.chapter, b.post);
    list.push({
      id: b.id,
      version: b.version,
      spent: b.spent_nok,
      name: cp || `linje ${list.length + 1}`,
      text: `${cp ? `${cp}: ` : ''}${formatNok(b.allocated_nok)} bevilget, ${formatNok(b.spent_nok)} brukt`,
    });
    budget.set(b.measure_id, list);
  }
  const chains = recipientOrgIds.map((id) => ({ id, chain: new Set(orgs.chainOf(id)) }));
  const out = new Map<number, CurrentMeasure[]>(recipientOrgIds.map((id) => [id, []]));
  const basis = statusBasis(period, today);
  const newest = basis
    ? new Map(listMeasuresWithStatus(db, { planCode: null, asOf: today }).map((r) => [r.id, r]))
    : new Map<number, never>();
  for (const r of listMeasuresWithStatus(db, { planCode: null, asOf: basis ?? today })) {
    const plan = plans.get(r.plan_code);
    if (!plan || (plan.startDate !== null && plan.startDate > end)) continue;
    const row = r as unknown as Record<string, string | null>;
    const n = newest.get(r.id);
    const newer =
      n && n.su_id !== null && n.su_id !== r.su_id
        ? { status: n.su_status, assessment: n.su_assessment, date: n.su_effective_date }
        : null;
    for (const { id, chain } of chains) {
      const role: Role | null =
        r.owner_id !== null && chain.has(r.owner_id)
          ? 'ansvarlig'
          : (coOwners.get(r.id) ?? []).some((o) => chain.has(o))
            ? 'medansvarlig'
            : (agencies.get(r.id) ?? []).some((o) => chain.has(o))
              ? 'etat'
              : null;
      if (!role) continue;
      const part = plan.parts.find((p) => p.number === r.part_number);
      const partText = part ? `${partName(plan, part.number)}: ${part.title}` : partName(plan, null);
      out.get(id)!.push({
        id: r.id,
        version: r.version,
        planShortName: plan.shortName,
        planStart: plan.startDate,
        number: r.number,
        title: r.title,
        part: partText,
        owner: r.owner_id === null ? '' : orgs.refAt(r.owner_id, today).abbrev,
        role,
        statusId: r.su_id,
        status: r.su_status,
        assessment: r.su_assessment,
        comment: r.su_comment ?? '',
        date: r.su_effective_date,
        statusAuthor: r.su_author,
        newer,
        contactName: row.contact_name ?? '',
        contactEmail: row.contact_email ?? '',
        startYear: r.start_year === null ? '' : String(r.start_year),
        endYear: r.end_year === null ? '' : String(r.end_year),
        plan,
        budget: budget.get(r.id) ?? [],
      });
    }
  }
  return out;
}
