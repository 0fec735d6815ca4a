// Texts about a decided answer's stored decisions, said alike by the app and the CLI. Kept apart from rounds.ts (which
// needs the field registry and zod) so the renderer can import them.

/** Said on an answer decided before each change's decision was stored (migration 0014), instead of its changes. */
export const UNSTORED_DECISIONS =
  'Svaret ble avgjort før enkeltbeslutninger ble lagret, så endringene vises ikke her. ' +
  'Se historikken til hvert tiltak for hva som ble endret.';

/** A value the coordinator corrected in the review, beside the answer's: «Rettet til: 6 000 000 kr (av Kari K.)». */
export function correctedText(c: { shown: string; by: string | null }): string {
  return `Rettet til: ${c.shown || '(tomt)'}${c.by ? ` (av ${c.by})` : ''}`;
}
