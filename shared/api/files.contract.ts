// The open file itself: a change counter the renderer polls to notice edits made by others.
import type { ChangeCounter } from '../domain/types.ts';
import { op } from './op.ts';
import { noInput } from './schemas.ts';

export const filesContract = {
  'portfolio:changes': op(noInput).reads<ChangeCounter>(),
};
