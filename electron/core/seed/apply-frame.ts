// Writes the plan frame into an empty portfolio: organisations, plans, parts, notes, numbered measures, obligations.
import type { Database } from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { placeholderTitle, type DatasetKind } from '../../../shared/domain/vocabulary.ts';
import { setMeta } from '../repositories/meta.repo.ts';
import { insertAgency, insertMeasure } from '../repositories/measures.repo.ts';
import { insertOrganisation, organisationIdByAbbrev } from '../repositories/organisations.repo.ts';
import { insertObligation } from '../repositories/obligations.repo.ts';
import { insertPart, insertPartNote, insertPlan } from '../repositories/plans.repo.ts';
import type { Frame, FramePlan } from './frame.ts';

export function loadFrame(resourcesDir: string): Frame {
  return JSON.parse(readFileSync(join(resourcesDir, 'seed', 'frame.json'), 'utf8')) as Frame;
}

export function insertOrganisations(db: Database, frame: Frame): void {
  const ids = new Map<string, number>();
  // Parents and predecessors first, so references resolve; the reference lists them in that order already.
  const pending = [...frame.organisations];
  while (pending.length > 0) {
    const i = pending.findIndex((o) => (!o.parent || ids.has(o.parent)) && (!o.renamedFrom || ids.has(o.renamedFrom)));
    const [o] = pending.splice(i === -1 ? 0 : i, 1);
    ids.set(
      o.abbrev,
      insertOrganisation(db, {
        abbrev: o.abbrev,
        name: o.name,
        kind: o.kind,
        parent_id: o.parent ? (ids.get(o.parent) ?? null) : null,
        valid_from: o.validFrom,
        valid_to: o.validTo,
        renamed_from_id: o.renamedFrom ? (ids.get(o.renamedFrom) ?? null) : null,
        note: o.note,
      }),
    );
  }
}

/** GRETA's recommendations from the reference, as obligations with their source text kept beside them. */
export function insertObligations(db: Database, frame: Frame, created: string): void {
  for (const o of frame.obligations) {
    insertObligation(db, {
      code: o.code,
      source: o.source,
      round: o.round,
      year: o.year,
      text: o.text,
      source_text: o.text,
      source_ref: o.sourceRef,
      strength: o.strength,
      verification_note: o.verificationNote,
      created_at: created,
    });
  }
}

export interface PlanIds {
  planId: number;
  partIds: Map<number, number>;
}

export function insertPlanFrame(db: Database, plan: FramePlan, sortOrder: number): PlanIds {
  const planId = insertPlan(db, {
    code: plan.code,
    title: plan.title,
    short_name: plan.shortName,
    kind: plan.kind,
    part_word: plan.partWord,
    part_word_plural: plan.partWordPlural,
    published: plan.published,
    start_date: plan.startDate,
    measure_count: plan.measureCount,
    sort_order: sortOrder,
  });
  const partIds = new Map<number, number>();
  for (const part of plan.parts) {
    const id = insertPart(db, planId, part.number, part.title);
    partIds.set(part.number, id);
    for (const note of part.notes) insertPartNote(db, id, note);
  }
  return { planId, partIds };
}

/** The real seed: each plan gets exactly its measures 1..N; only numbers the reference gives carry content. */
export function applyRealFrame(db: Database, frame: Frame, now: Date): void {
  const created = now.toISOString();
  insertOrganisations(db, frame);
  frame.plans.forEach((plan, i) => {
    const { planId, partIds } = insertPlanFrame(db, plan, i);
    const known = new Map(plan.knownMeasures.map((m) => [m.number, m]));
    for (let n = 1; n <= plan.measureCount; n++) {
      const k = known.get(n);
      const id = insertMeasure(db, {
        plan_id: planId,
        number: String(n),
        sort_key: n,
        part_id: k?.part ? (partIds.get(k.part) ?? null) : null,
        title: k?.title ?? placeholderTitle(n),
        description: '',
        title_pending: k ? 0 : 1,
        owner_id: k?.owner ? organisationIdByAbbrev(db, k.owner) : null,
        start_year: null,
        end_year: null,
        created_at: created,
      });
      for (const a of k?.agencies ?? []) {
        const orgId = organisationIdByAbbrev(db, a);
        if (orgId) insertAgency(db, id, orgId);
      }
    }
  });
  insertObligations(db, frame, created);
  setDataset(db, 'real', created);
}

export function setDataset(db: Database, kind: DatasetKind, created: string): void {
  setMeta(db, 'dataset', kind);
  setMeta(db, 'created_at', created);
}
