import type { measureEditContract } from '../../../shared/api/measure-edit.contract.ts';
import {
  deleteMeasure,
  listTrash,
  measureTimeline,
  restoreMeasure,
  updateMeasure,
} from '../services/measure-edit.service.ts';
import { updateMeasures } from '../services/measure-bulk.service.ts';
import { addLink, listLinks, removeLink } from '../services/measure-links.service.ts';
import type { HandlersFor } from './types.ts';

export const measureEditHandlers: HandlersFor<typeof measureEditContract> = {
  'measures:update': (input, ctx) => updateMeasure(ctx.db, input, { now: ctx.now(), user: ctx.user() }),
  'measures:updateMany': (input, ctx) => updateMeasures(ctx.db, input, { now: ctx.now(), user: ctx.user() }),
  'measures:delete': (input, ctx) =>
    deleteMeasure(ctx.db, input.id, input.version, { now: ctx.now(), user: ctx.user() }),
  'measures:restore': (input, ctx) =>
    restoreMeasure(ctx.db, input.id, input.version, { now: ctx.now(), user: ctx.user() }),
  'measures:trash': (_, ctx) => listTrash(ctx.db),
  'measures:timeline': (input, ctx) => measureTimeline(ctx.db, input.id),
  'measures:links': (input, ctx) => listLinks(ctx.db, input.id),
  'measures:link': (input, ctx) => addLink(ctx.db, input, { now: ctx.now(), user: ctx.user() }),
  'measures:unlink': (input, ctx) => removeLink(ctx.db, input, { now: ctx.now(), user: ctx.user() }),
  'session:user': (_, ctx) => ({ name: ctx.user() }),
};
