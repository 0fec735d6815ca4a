// Budget lines per measure and year: allocated and spent whole NOK, chapter/post, "innenfor gjeldende rammer".
import { z } from 'zod';
import { CHAPTER_POST_MESSAGE, parseChapterPost } from '../domain/chapter-post.ts';
import type { BudgetSummary } from '../domain/types.ts';
import { version } from './measure-edit.contract.ts';
import { id, nok, year } from './schemas.ts';
import { op } from './op.ts';

/** "kap. 440, post 70" or "440.70"; empty = not given. */
export const chapterPost = z
  .string({ error: CHAPTER_POST_MESSAGE })
  .max(40, { error: CHAPTER_POST_MESSAGE })
  .refine((s) => s.trim() === '' || parseChapterPost(s) !== null, { error: CHAPTER_POST_MESSAGE });

const withinExisting = z.boolean({ error: 'Velg om tiltaket dekkes innenfor gjeldende rammer.' });

/** An amount, or null when left empty (not 0 kr). */
const amount = nok.nullable();

export const budgetFields = z
  .object({
    year,
    allocatedNok: amount,
    spentNok: amount,
    chapterPost: chapterPost.optional(),
    withinExisting: withinExisting.optional(),
  })
  .strict();

export const budgetChanges = budgetFields.partial().strict();
export type BudgetChanges = z.input<typeof budgetChanges>;

export const budgetContract = {
  'budget:list': op(z.object({ measureId: id }).strict()).reads<BudgetSummary>('budget'),
  'budget:add': op(budgetFields.extend({ measureId: id })).returns<BudgetSummary>('budget', 'history'),
  'budget:update': op(z.object({ id, version, changes: budgetChanges }).strict()).returns<BudgetSummary>(
    'budget',
    'history',
  ),
  'budget:delete': op(z.object({ id, version }).strict()).returns<BudgetSummary>('budget', 'history'),
};
