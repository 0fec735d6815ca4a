// Editing one measure: versioned field edits, soft delete and restore, links across plans, history.
import { z } from 'zod';
import type { Measure, MeasureLink, TimelineEntry, TrashedMeasure } from '../domain/types.ts';
import { op } from './op.ts';
import { measureChanges, type MeasureChanges } from '../domain/measure-fields.ts';
import { id, noInput } from './schemas.ts';

export const version = z.number({ error: 'Versjonen mangler.' }).int().positive({ error: 'Ugyldig versjon.' });

export { measureChanges, type MeasureChanges } from '../domain/measure-fields.ts';
export type MeasureChangeField = keyof MeasureChanges;

export const updateMeasureInput = z.object({ id, version, changes: measureChanges }).strict();

/** Fields a coordinator may set on many measures at once from the register (after pasting titles, say). */
export const BULK_FIELDS = ['part', 'owner'] as const;
export const bulkChanges = measureChanges.pick({ part: true, owner: true }).strict();
export const MAX_BULK = 10_000;

/** Many measures changed in one step: one transaction, one undo; each item names the version it was read at. */
export const updateManyInput = z
  .object({
    items: z
      .array(z.object({ id, version, changes: bulkChanges }).strict(), { error: 'Tiltakene mangler.' })
      .min(1, { error: 'Velg minst ett tiltak.' })
      .max(MAX_BULK, { error: `Høyst ${MAX_BULK} tiltak om gangen.` }),
  })
  .strict();

export interface UpdateManyResult {
  /** Measures whose fields changed (a measure that already had the value is left alone). */
  changed: number;
  /** What was done, in words («endring av hoveddel for 5 tiltak»); null when nothing changed. */
  label: string | null;
}

export const linkKind = z.enum(['viderefort', 'relatert'], { error: 'Ukjent koblingstype.' });

export const measureEditContract = {
  'measures:update': op(updateMeasureInput).returns<Measure>('measures', 'history'),
  'measures:updateMany': op(updateManyInput).returns<UpdateManyResult>('measures', 'history'),
  'measures:delete': op(z.object({ id, version }).strict()).returns<Measure>('measures', 'history'),
  'measures:restore': op(z.object({ id, version }).strict()).returns<Measure>('measures', 'history'),
  'measures:trash': op(noInput).reads<TrashedMeasure[]>('measures'),
  'measures:timeline': op(z.object({ id }).strict()).reads<TimelineEntry[]>(
    'measures',
    'status',
    'budget',
    'links',
    'obligations',
  ),
  'measures:links': op(z.object({ id }).strict()).reads<MeasureLink[]>('links', 'measures'),
  'measures:link': op(z.object({ fromId: id, toId: id, kind: linkKind.default('viderefort') }).strict()).returns<
    MeasureLink[]
  >('links', 'history'),
  'measures:unlink': op(z.object({ measureId: id, linkId: id }).strict()).returns<MeasureLink[]>('links', 'history'),
  /** The default author of new entries: the operating-system user's name. */
  'session:user': op(noInput).reads<{ name: string }>(),
};
