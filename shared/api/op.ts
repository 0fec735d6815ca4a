// One API operation: its input schema (validated at the boundary), its result type (phantom), and what it touches:
// a read names the kinds of data its answer depends on, a write the kinds it changes. The client invalidates exactly
// the queries whose reads meet a write's changes (see `affects`), instead of refetching everything after every save.
import type { z } from 'zod';

/** Kinds of data. `file` stands for the whole portfolio (another file opened, a backup restored); `backup` is
 * whether today's backup could be made, which any write may change (the dispatcher makes it before the write). */
export const TOPICS = [
  'measures',
  'status',
  'budget',
  'links',
  'organisations',
  'plans',
  'obligations',
  'history',
  'periods',
  'rounds',
  'file',
  'backup',
] as const;
export type Topic = (typeof TOPICS)[number];

export interface Op<I extends z.ZodType = z.ZodType, O = unknown> {
  readonly input: I;
  /** Only reads the portfolio. Everything else may write: the core runs the daily backup and the writer-lease
   * check before it (declared here, not guessed from the name). */
  readonly reads: boolean;
  /** A read: what its answer depends on. A write: what it changes. */
  readonly topics: readonly Topic[];
  /** Never set at run time; carries the result type for the compiler. */
  readonly output?: O;
}

export function op<I extends z.ZodType>(input: I) {
  return {
    /** An operation that may change the portfolio, and the kinds of data it changes. */
    returns: <O>(...changes: Topic[]): Op<I, O> => ({ input, reads: false, topics: changes }),
    /** An operation that only reads, and the kinds of data its answer depends on. */
    reads: <O>(...dependsOn: Topic[]): Op<I, O> => ({ input, reads: true, topics: dependsOn }),
  };
}

/** Whether a write that changed `changed` can change the answer of `read`. */
export function affects(changed: readonly Topic[], read: Pick<Op, 'topics'>): boolean {
  if (changed.includes('file') || read.topics.includes('backup')) return true;
  return read.topics.some((t) => changed.includes(t));
}

export type Contract = Record<string, Op>;
export type OpInput<T> = T extends Op<infer I, unknown> ? z.input<I> : never;
export type OpParsed<T> = T extends Op<infer I, unknown> ? z.output<I> : never;
export type OpOutput<T> = T extends Op<z.ZodType, infer O> ? O : never;
