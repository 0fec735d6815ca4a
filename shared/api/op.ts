// One API operation: its input schema (validated at the boundary) and its result type (phantom).
import type { z } from 'zod';

export interface Op<I extends z.ZodType = z.ZodType, O = unknown> {
  readonly input: I;
  /** Only reads the portfolio. Everything else may write: the core runs the daily backup and the writer-lease
   * check before it (declared here, not guessed from the name). */
  readonly reads: boolean;
  /** Never set at run time; carries the result type for the compiler. */
  readonly output?: O;
}

export function op<I extends z.ZodType>(input: I) {
  return {
    /** An operation that may change the portfolio. */
    returns: <O>(): Op<I, O> => ({ input, reads: false }),
    /** An operation that only reads. */
    reads: <O>(): Op<I, O> => ({ input, reads: true }),
  };
}

export type Contract = Record<string, Op>;
export type OpInput<T> = T extends Op<infer I, unknown> ? z.input<I> : never;
export type OpParsed<T> = T extends Op<infer I, unknown> ? z.output<I> : never;
export type OpOutput<T> = T extends Op<z.ZodType, infer O> ? O : never;
