// Served by renderer/zod-free.ts at build time, straight from the declarations (without their zod schemas).
declare module 'virtual:operation-topics' {
  import type { OperationName } from '../../shared/api/contract.ts';
  import type { Topic } from '../../shared/api/op.ts';

  /** Each operation's `reads` and `topics`, as its contract declares them. */
  const topics: Record<OperationName, { readonly reads: boolean; readonly topics: readonly Topic[] }>;
  export default topics;
}

declare module 'virtual:field-labels' {
  import type { MeasureFieldKey } from '../../shared/domain/measure-fields.ts';

  /** Each measure field's label, and its register column heading where it has one (the field registry's). */
  const labels: Record<MeasureFieldKey, { readonly label: string; readonly registerLabel?: string }>;
  export default labels;
}
