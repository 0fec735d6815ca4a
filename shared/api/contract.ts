// Every operation the renderer may call, declared once. Add a feature by adding its contract file here.
import { fileContract } from './file.contract.ts';
import type { Contract, OpInput, OpOutput } from './op.ts';
import { backupsContract } from './backups.contract.ts';
import { budgetContract } from './budget.contract.ts';
import { measureEditContract } from './measure-edit.contract.ts';
import { organisationsContract } from './organisations.contract.ts';
import { dashboardContract } from './dashboard.contract.ts';
import { filesContract } from './files.contract.ts';
import { historyContract } from './history.contract.ts';
import { periodsContract } from './periods.contract.ts';
import { documentsContract } from './documents.contract.ts';
import { obligationsContract } from './obligations.contract.ts';
import { portfolioContract } from './portfolio.contract.ts';
import { roundsContract } from './rounds.contract.ts';
import { reportsContract } from './reports.contract.ts';
import { registerContract } from './register.contract.ts';
import { statusContract } from './status.contract.ts';
import { titlesContract } from './titles.contract.ts';

export const contract = {
  ...portfolioContract,
  ...statusContract,
  ...reportsContract,
  ...measureEditContract,
  ...budgetContract,
  ...organisationsContract,
  ...titlesContract,
  ...registerContract,
  ...fileContract,
  ...dashboardContract,
  ...filesContract,
  ...backupsContract,
  ...historyContract,
  ...periodsContract,
  ...documentsContract,
  ...roundsContract,
  ...obligationsContract,
} satisfies Contract;

export type Api = typeof contract;
export type OperationName = keyof Api;
export type InputOf<K extends OperationName> = OpInput<Api[K]>;
export type OutputOf<K extends OperationName> = OpOutput<Api[K]>;

export const OPERATION_NAMES = Object.keys(contract) as OperationName[];
