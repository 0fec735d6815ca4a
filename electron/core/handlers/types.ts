import type { Contract, OpOutput, OpParsed } from '../../../shared/api/op.ts';
import type { CoreContext } from '../context.ts';

/** A handler receives validated input; its type is derived from the contract, so it is written once. */
export type Handler<T> = (input: OpParsed<T>, ctx: CoreContext) => OpOutput<T> | Promise<OpOutput<T>>;
export type HandlersFor<C extends Contract> = { [K in keyof C]: Handler<C[K]> };
