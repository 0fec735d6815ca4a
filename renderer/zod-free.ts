// The renderer needs a few plain facts from declarations that also hold zod schemas: what each operation touches
// (for declared invalidation, shared/api/contract.ts) and each field's label (shared/domain/measure-fields.ts).
// This plugin serves those facts as plain objects, taken from the declarations themselves at build time, so zod
// and every input schema stay out of the start-up JavaScript (zod alone was 26 KB gzip and ~50 ms of start-up).
import type { Plugin } from 'vite';
import { contract } from '../shared/api/contract.ts';
import { MEASURE_FIELDS } from '../shared/domain/measure-fields.ts';

const MODULES: Record<string, () => unknown> = {
  'virtual:operation-topics': () =>
    Object.fromEntries(Object.entries(contract).map(([name, op]) => [name, { reads: op.reads, topics: op.topics }])),
  'virtual:field-labels': () =>
    Object.fromEntries(
      Object.entries(MEASURE_FIELDS).map(([key, def]) => [
        key,
        { label: def.label, registerLabel: 'register' in def ? def.register.label : undefined },
      ]),
    ),
};

export function zodFreeFacts(): Plugin {
  return {
    name: 'zod-free-facts',
    resolveId: (id) => (id in MODULES ? `\0${id}` : undefined),
    load(id) {
      const name = id.startsWith('\0') ? id.slice(1) : null;
      if (!name || !(name in MODULES)) return undefined;
      return `export default ${JSON.stringify(MODULES[name]())};\n`;
    },
  };
}
