// "Fyll inn titler": titles for some or all of a plan's measures in one transaction, all or nothing. A title per
// measure in number order; an empty one (or none, after the last) keeps the title the measure has.
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { FillTitlesResult, fillTitlesInput } from '../../../shared/api/titles.contract.ts';
import { lineCountMessage, titleProblem } from '../../../shared/domain/titles.ts';
import { placeholderTitle } from '../../../shared/domain/vocabulary.ts';
import { writeTx } from '../db/tx.ts';
import { AppError, fieldError } from '../errors.ts';
import { requirePlans } from './plans.service.ts';
import { insertAudit, listAudit } from '../repositories/audit.repo.ts';
import {
  countPendingTitlesInPlan,
  listPlanMeasureTitles,
  setMeasureTitle,
} from '../repositories/measure-titles.repo.ts';
import { planIdByCode } from '../repositories/plans.repo.ts';

export type FillTitlesInput = z.output<typeof fillTitlesInput>;

export interface Actor {
  now: Date;
  user: string;
}

export function fillTitles(db: Database, input: FillTitlesInput, actor: Actor): FillTitlesResult {
  const titles = input.titles.map((t) => t.trim());
  return writeTx(db, () => {
    requirePlans(db, [input.planCode], 'planCode');
    const planId = planIdByCode(db, input.planCode)!;
    const measures = listPlanMeasureTitles(db, planId);
    const countMessage = lineCountMessage(titles.length, measures.length);
    if (countMessage) throw fieldError('titles', countMessage);
    if (!titles.some((t) => t !== '')) throw fieldError('titles', 'Ingen titler å lagre. Lim inn minst én tittel.');
    const problems: Record<string, string> = {};
    titles.forEach((t, i) => {
      const p = t === '' ? null : titleProblem(t);
      if (p) problems[`titles.${i}`] = `Tiltak ${measures[i].number}: ${p}`;
    });
    const first = Object.values(problems)[0];
    if (first) throw new AppError('invalid', first, { fields: problems });

    const given = measures.filter((_, i) => (titles[i] ?? '') !== '');
    const changedSince = given.filter((m) => input.expectedVersions[String(m.id)] !== m.version);
    if (changedSince.length > 0) {
      const m = changedSince[0];
      const last = listAudit(db, 'measure', m.id)[0];
      const by = last ? ` av ${last.author}` : '';
      const more = changedSince.length > 1 ? ` (og ${changedSince.length - 1} andre)` : '';
      throw new AppError(
        'conflict',
        `Tiltak ${m.number}${more} er endret${by} etter at forhåndsvisningen ble laget. ` +
          'Ingenting er lagret; se over forhåndsvisningen på nytt og lagre igjen.',
        { details: { measureIds: changedSince.map((c) => c.id) } },
      );
    }

    const at = actor.now.toISOString();
    let changed = 0;
    measures.forEach((m, i) => {
      const title = titles[i] ?? '';
      if (title === '') return;
      // A line left as «Tiltak N» is not a title: the measure stays (or becomes) unfilled, as in the measure's edit.
      const pending = title === placeholderTitle(m.number) ? 1 : 0;
      if (title === m.title && m.title_pending === pending) return;
      if (!setMeasureTitle(db, m.id, m.version, title, pending, at))
        throw new AppError('conflict', `Tiltak ${m.number} ble endret samtidig. Ingenting er lagret; prøv igjen.`);
      const audit = (field: string, old: string, now: string) =>
        insertAudit(db, {
          at,
          author: actor.user,
          entity: 'measure',
          entity_id: m.id,
          action: 'update',
          field,
          old_value: old,
          new_value: now,
          version: m.version + 1,
        });
      if (title !== m.title) audit('title', m.title, title);
      if (m.title_pending !== pending) audit('title_pending', String(m.title_pending), String(pending));
      changed++;
    });
    return { planCode: input.planCode, changed, pendingLeft: countPendingTitlesInPlan(db, planId) };
  });
}
