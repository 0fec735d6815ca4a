// The open file itself: a change counter the renderer polls to notice edits made by others, the consistency
// check (`npm run cli -- check`), and taking over the writer lease once its holder has left.
import type { ChangeCounter } from '../domain/types.ts';
import { op } from './op.ts';
import { noInput } from './schemas.ts';

export interface CheckResult {
  /** One sentence per problem found; empty when the file is sound. */
  problems: string[];
  /** What is worth knowing but no fault in the file (history recorded under an older rule), one sentence each. */
  notices: string[];
}

export interface TakeOverResult {
  readOnly: boolean;
  message: string;
}

export const filesContract = {
  'portfolio:changes': op(noInput).reads<ChangeCounter>(),
  'portfolio:check': op(noInput).reads<CheckResult>(),
  /** Becomes the writer when the holder has left; changes nothing in the portfolio itself. */
  'portfolio:takeOver': op(noInput).reads<TakeOverResult>(),
};
