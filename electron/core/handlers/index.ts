// The handler map for every operation in the contract. The compiler checks that none is missing.
import type { Api } from '../../../shared/api/contract.ts';
import { filesHandlers } from './files.handlers.ts';
import { portfolioHandlers } from './portfolio.handlers.ts';
import { statusHandlers } from './status.handlers.ts';
import type { HandlersFor } from './types.ts';

export const handlers: HandlersFor<Api> = {
  ...portfolioHandlers,
  ...statusHandlers,
  ...filesHandlers,
};
