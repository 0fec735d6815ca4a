// Texts about a decided answer's stored decisions, said alike by the app and the CLI. Kept apart from rounds.ts (which
// needs the field registry and zod) so the renderer can import them.

/** Said on an answer decided before each change's decision was stored (migration 0014), instead of its changes. */
export const UNSTORED_DECISIONS =
  'Svaret ble avgjort før enkeltbeslutninger ble lagret, så endringene vises ikke her. ' +
  'Se historikken til hvert tiltak for hva som ble endret.';
