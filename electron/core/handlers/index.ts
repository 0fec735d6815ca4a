// The handler map for every operation in the contract. The compiler checks that none is missing.
import type { Api } from '../../../shared/api/contract.ts';
import { backupsHandlers } from './backups.handlers.ts';
import { budgetHandlers } from './budget.handlers.ts';
import { measureEditHandlers } from './measure-edit.handlers.ts';
import { organisationsHandlers } from './organisations.handlers.ts';
import { fileHandlers } from './file.handlers.ts';
import { dashboardHandlers } from './dashboard.handlers.ts';
import { filesHandlers } from './files.handlers.ts';
import { historyHandlers } from './history.handlers.ts';
import { periodsHandlers } from './periods.handlers.ts';
import { documentsHandlers } from './documents.handlers.ts';
import { obligationsHandlers } from './obligations.handlers.ts';
import { portfolioHandlers } from './portfolio.handlers.ts';
import { roundsHandlers } from './rounds.handlers.ts';
import { reportsHandlers } from './reports.handlers.ts';
import { registerHandlers } from './register.handlers.ts';
import { statusHandlers } from './status.handlers.ts';
import { titlesHandlers } from './titles.handlers.ts';
import type { HandlersFor } from './types.ts';

export const handlers: HandlersFor<Api> = {
  ...portfolioHandlers,
  ...statusHandlers,
  ...reportsHandlers,
  ...measureEditHandlers,
  ...budgetHandlers,
  ...organisationsHandlers,
  ...titlesHandlers,
  ...registerHandlers,
  ...fileHandlers,
  ...dashboardHandlers,
  ...filesHandlers,
  ...backupsHandlers,
  ...historyHandlers,
  ...periodsHandlers,
  ...documentsHandlers,
  ...roundsHandlers,
  ...obligationsHandlers,
};
