// Every operation the renderer may call, declared once. Add a feature by adding its contract file here.
import type { Contract, OpInput, OpOutput } from './op.ts';
import { filesContract } from './files.contract.ts';
import { portfolioContract } from './portfolio.contract.ts';
import { statusContract } from './status.contract.ts';

export const contract = {
  ...portfolioContract,
  ...statusContract,
  ...filesContract,
} satisfies Contract;

export type Api = typeof contract;
export type OperationName = keyof Api;
export type InputOf<K extends OperationName> = OpInput<Api[K]>;
export type OutputOf<K extends OperationName> = OpOutput<Api[K]>;

export const OPERATION_NAMES = Object.keys(contract) as OperationName[];
