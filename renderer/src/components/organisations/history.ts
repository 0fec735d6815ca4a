// The registry shows one row per organisation as it is called now, with its earlier names beneath.
import type { Organisation } from '../../../../shared/domain/types.ts';

export interface RegistryEntry {
  current: Organisation;
  /** Earlier names, newest first. */
  earlier: Organisation[];
}

export function registryEntries(list: readonly Organisation[]): RegistryEntry[] {
  const byId = new Map(list.map((o) => [o.id, o]));
  const renamedAway = new Set(list.map((o) => o.renamedFromId).filter((id): id is number => id !== null));
  return list
    .filter((o) => !renamedAway.has(o.id))
    .map((current) => {
      const earlier: Organisation[] = [];
      for (
        let prev = current.renamedFromId ? byId.get(current.renamedFromId) : undefined;
        prev && !earlier.includes(prev);
        prev = prev.renamedFromId ? byId.get(prev.renamedFromId) : undefined
      ) {
        earlier.push(prev);
      }
      return { current, earlier };
    });
}
