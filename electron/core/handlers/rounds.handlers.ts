import type { roundsContract } from '../../../shared/api/rounds.contract.ts';
import { acceptAnswer, answerReview, readAnswer, rejectAnswer } from '../services/round-answers.service.ts';
import {
  createRound,
  listRoundInfos,
  makeForms,
  markSent,
  requireRound,
  roundInfo,
} from '../services/rounds.service.ts';
import type { HandlersFor } from './types.ts';

const actor = (ctx: { now(): Date; user(): string }) => ({ now: ctx.now(), user: ctx.user() });

export const roundsHandlers: HandlersFor<typeof roundsContract> = {
  'rounds:list': (_, ctx) => listRoundInfos(ctx.db, ctx.now()),
  'rounds:get': (input, ctx) => roundInfo(ctx.db, requireRound(ctx.db, input.roundId), ctx.now()),
  'rounds:create': (input, ctx) => createRound(ctx.db, input, actor(ctx)),
  'rounds:forms': (input, ctx) => makeForms(ctx.db, input, actor(ctx)),
  'rounds:markSent': (input, ctx) => markSent(ctx.db, input, actor(ctx)),
  'rounds:readAnswer': (input, ctx) => readAnswer(ctx.db, input, actor(ctx)),
  'rounds:checkAnswer': (input, ctx) => readAnswer(ctx.db, input, actor(ctx), { store: false }),
  'rounds:review': (input, ctx) => answerReview(ctx.db, input.answerId, ctx.now(), input.corrections),
  'rounds:accept': async (input, ctx) => {
    // Everything is written in one transaction, after a backup of the file as it was.
    await ctx.backup?.('import');
    const result = acceptAnswer(ctx.db, input, actor(ctx));
    return { ...result, backupWarning: ctx.backupWarning ?? null };
  },
  'rounds:reject': (input, ctx) => rejectAnswer(ctx.db, input.answerId, actor(ctx)),
};
