import type { filesContract } from '../../../shared/api/files.contract.ts';
import { AppError } from '../errors.ts';
import { changeCounter } from '../files/changes.ts';
import { checkPortfolio } from '../services/check.service.ts';
import type { HandlersFor } from './types.ts';

export const filesHandlers: HandlersFor<typeof filesContract> = {
  'portfolio:changes': (_, ctx) => {
    // A reader notices here (the page polls every few seconds) that the writer has left.
    ctx.writer?.refresh();
    return { counter: changeCounter(ctx) };
  },
  'portfolio:check': (_, ctx) => checkPortfolio(ctx.db),
  'portfolio:takeOver': async (_, ctx) => {
    if (!ctx.readOnly) return { readOnly: false, message: 'Du kan allerede gjøre endringer i filen.' };
    if (!ctx.writer) throw new AppError('read-only', ctx.readOnlyReason ?? 'Filen er åpnet skrivebeskyttet.');
    if (await ctx.writer.takeOver()) return { readOnly: false, message: 'Du kan nå gjøre endringer i filen.' };
    return { readOnly: true, message: ctx.readOnlyReason ?? 'Filen er fortsatt i bruk av en annen.' };
  },
};
