// The archival JSON export (tiltaksportefolje/export@1): every plan's measures as of a date. Plans that start after
// the date are left out (their measures did not exist), and named with the sentence saying why.
import type { Database } from 'better-sqlite3';
import type { MeasureSummary, StatusUpdate } from '../../../shared/domain/types.ts';
import { fieldDef, SCALAR_KEYS } from '../../../shared/domain/measure-fields.ts';
import { planNotStartedNote, planStartedBy } from '../../../shared/domain/status-rules.ts';
import { NO_STATUS, type AssessmentCode, type StatusCode } from '../../../shared/domain/vocabulary.ts';
import { listAllBudgetLines } from '../repositories/budget.repo.ts';
import { listScalarValues } from '../repositories/measure-edit.repo.ts';
import { listPlans } from '../repositories/plans.repo.ts';
import { listAllStatusUpdates, toStatusUpdate } from '../repositories/statusUpdates.repo.ts';
import { listMeasures } from './measures.service.ts';
import { datasetKind } from './portfolio.service.ts';

export interface JsonExportOptions {
  /** The plans to export (all when empty or missing). */
  planCodes?: string[];
  asOf: string;
  withHistory?: boolean;
}

type LastUpdate = Pick<StatusUpdate, 'status' | 'assessment' | 'comment' | 'author' | 'correctionReason'> & {
  date: string;
};
type HistoryEntry = LastUpdate & { recordedAt: string };

export interface JsonExport {
  schema: 'tiltaksportefolje/export@1';
  asOf: string;
  dataset: 'real' | 'example';
  plans: {
    code: string;
    title: string;
    /** ISO date, or null when not known. */
    startDate: string | null;
    parts: { number: number; title: string }[];
    measures: {
      number: string;
      part: number | null;
      title: string;
      titlePending: boolean;
      ownerMinistry: string | null;
      coOwnerMinistries: string[];
      agencies: string[];
      /** Both null when no update is in force on the as-of date («Ingen status registrert»). */
      status: StatusCode | null;
      assessment: AssessmentCode | null;
      lastUpdate: LastUpdate | null;
      /** An amount left empty is null (not 0). */
      budget: {
        year: number;
        allocatedNok: number | null;
        spentNok: number | null;
        chapter: number | null;
        post: number | null;
      }[];
      history?: HistoryEntry[];
      /** Every other field of the registry with an export key (description, start and end year, …). */
      [exportKey: string]: unknown;
    }[];
  }[];
  /** Chosen plans that start after the as-of date, left out of `plans`, each with the sentence saying why. */
  plansNotStarted: { code: string; title: string; startDate: string; note: string }[];
}

function entry(u: StatusUpdate): LastUpdate {
  return {
    date: u.effectiveDate,
    author: u.author,
    status: u.status,
    assessment: u.assessment,
    comment: u.comment,
    // Why an update dated in a closed period corrects it («korrigert etter lukking»); null otherwise.
    correctionReason: u.correctionReason,
  };
}

export function exportJson(db: Database, opts: JsonExportOptions): JsonExport {
  // A budget line is dated by its year: lines for a year after the as-of date's are not yet part of the picture.
  const asOfYear = Number(opts.asOf.slice(0, 4));
  const budgets = Map.groupBy(
    listAllBudgetLines(db).filter((b) => b.year <= asOfYear),
    (b) => b.measure_id,
  );
  const history = opts.withHistory
    ? Map.groupBy(
        listAllStatusUpdates(db).filter((u) => u.effective_date <= opts.asOf),
        (u) => u.measure_id,
      )
    : null;
  const measures = Map.groupBy(listMeasures(db, { asOf: opts.asOf }), (m: MeasureSummary) => m.planCode);
  const fields = listScalarValues(db);
  const chosen = listPlans(db).filter((p) => !opts.planCodes?.length || opts.planCodes.includes(p.code));
  // Fields of the registry with an export key, beyond the fixed shape above (which already has the title).
  const exported = SCALAR_KEYS.filter((k) => k !== 'title' && fieldDef(k).exportKey);
  const extra = (id: number) =>
    Object.fromEntries(exported.map((k) => [fieldDef(k).exportKey!, fields.get(id)?.[fieldDef(k).column!] ?? null]));
  return {
    schema: 'tiltaksportefolje/export@1',
    asOf: opts.asOf,
    dataset: datasetKind(db),
    plans: chosen
      .filter((p) => planStartedBy(p, opts.asOf))
      .map((p) => ({
        code: p.code,
        title: p.title,
        startDate: p.startDate,
        parts: p.parts.map((pt) => ({ number: pt.number, title: pt.title })),
        measures: (measures.get(p.code) ?? []).map((m) => ({
          number: m.number,
          part: m.partNumber,
          title: m.title,
          titlePending: m.titlePending,
          ...extra(m.id),
          ownerMinistry: m.owner?.abbrev ?? null,
          coOwnerMinistries: m.coOwners.map((o) => o.abbrev),
          agencies: m.agencies.map((o) => o.abbrev),
          status: m.status === NO_STATUS ? null : m.status,
          assessment: m.status === NO_STATUS ? null : m.assessment,
          lastUpdate: m.lastUpdate ? entry(m.lastUpdate) : null,
          budget: (budgets.get(m.id) ?? []).map((b) => ({
            year: b.year,
            allocatedNok: b.allocated_nok,
            spentNok: b.spent_nok,
            chapter: b.chapter,
            post: b.post,
          })),
          ...(history
            ? {
                history: (history.get(m.id) ?? []).map((u) => ({
                  ...entry(toStatusUpdate(u)),
                  recordedAt: u.recorded_at,
                })),
              }
            : {}),
        })),
      })),
    plansNotStarted: chosen
      .filter((p) => !planStartedBy(p, opts.asOf))
      .map((p) => ({ code: p.code, title: p.title, startDate: p.startDate!, note: planNotStartedNote(p, opts.asOf) })),
  };
}
