import type { obligationsContract } from '../../../shared/api/obligations.contract.ts';
import { exportCoverage } from '../export/coverage-formats.ts';
import { coverage } from '../services/coverage.service.ts';
import {
  linkObligation,
  obligationsOfMeasure,
  unlinkObligation,
  updateObligationLink,
} from '../services/obligation-links.service.ts';
import {
  addObligation,
  listObligations,
  obligationHistory,
  retireObligation,
  updateObligation,
} from '../services/obligations.service.ts';
import type { CoreContext } from '../context.ts';
import type { HandlersFor } from './types.ts';

const actor = (ctx: CoreContext) => ({ now: ctx.now(), user: ctx.user() });

export const obligationsHandlers: HandlersFor<typeof obligationsContract> = {
  'obligations:list': (_, ctx) => listObligations(ctx.db),
  'obligations:history': (input, ctx) => obligationHistory(ctx.db, input.id),
  'obligations:add': (input, ctx) => addObligation(ctx.db, input, actor(ctx)),
  'obligations:update': (input, ctx) => updateObligation(ctx.db, input, actor(ctx)),
  'obligations:retire': (input, ctx) => retireObligation(ctx.db, input, actor(ctx)),
  'obligations:ofMeasure': (input, ctx) => obligationsOfMeasure(ctx.db, input.measureId),
  'obligations:link': (input, ctx) => linkObligation(ctx.db, input, actor(ctx)),
  'obligations:unlink': (input, ctx) => unlinkObligation(ctx.db, input, actor(ctx)),
  'obligations:updateLink': (input, ctx) => updateObligationLink(ctx.db, input, actor(ctx)),
  'obligations:coverage': (input, ctx) => coverage(ctx.db, input, ctx.now()),
  'obligations:export': async (input, ctx) => {
    const file = await exportCoverage(ctx.db, input, { now: ctx.now(), pdf: ctx.pdf });
    // Bytes for the caller to save: every path that writes them to a file goes through files/export-target.ts.
    return {
      fileName: file.fileName,
      mime: file.mime,
      base64: Buffer.from(typeof file.bytes === 'string' ? Buffer.from(file.bytes, 'utf8') : file.bytes).toString(
        'base64',
      ),
    };
  },
};
