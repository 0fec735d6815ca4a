// Editing one measure: versioned field edits, soft delete and restore, links across plans, history.
import { z } from 'zod';
import type { Measure, MeasureLink, TimelineEntry, TrashedMeasure } from '../domain/types.ts';
import { op } from './op.ts';
import { id, longText, noInput, orgAbbrev, title, year } from './schemas.ts';

export const version = z.number({ error: 'Versjonen mangler.' }).int().positive({ error: 'Ugyldig versjon.' });

export const measureChanges = z
  .object({
    title: title.optional(),
    description: longText.optional(),
    partId: id.nullable().optional(),
    ownerAbbrev: orgAbbrev.nullable().optional(),
    coOwnerAbbrevs: z.array(orgAbbrev).max(50, { error: 'For mange departementer.' }).optional(),
    agencyAbbrevs: z.array(orgAbbrev).max(50, { error: 'For mange etater.' }).optional(),
    startYear: year.nullable().optional(),
    endYear: year.nullable().optional(),
  })
  .strict();

export type MeasureChanges = z.input<typeof measureChanges>;
export type MeasureChangeField = keyof MeasureChanges;

export const updateMeasureInput = z.object({ id, version, changes: measureChanges }).strict();

export const linkKind = z.enum(['viderefort', 'relatert'], { error: 'Ukjent koblingstype.' });

export const measureEditContract = {
  'measures:update': op(updateMeasureInput).returns<Measure>(),
  'measures:delete': op(z.object({ id, version }).strict()).returns<Measure>(),
  'measures:restore': op(z.object({ id, version }).strict()).returns<Measure>(),
  'measures:trash': op(noInput).reads<TrashedMeasure[]>(),
  'measures:timeline': op(z.object({ id }).strict()).reads<TimelineEntry[]>(),
  'measures:links': op(z.object({ id }).strict()).reads<MeasureLink[]>(),
  'measures:link': op(z.object({ fromId: id, toId: id, kind: linkKind.default('viderefort') }).strict()).returns<
    MeasureLink[]
  >(),
  'measures:unlink': op(z.object({ measureId: id, linkId: id }).strict()).returns<MeasureLink[]>(),
  /** The default author of new entries: the operating-system user's name. */
  'session:user': op(noInput).reads<{ name: string }>(),
};
