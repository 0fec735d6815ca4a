// The checksum of a form's locked cells: an HMAC keyed by the round's secret (kept in the portfolio), so a form whose
// locked cells were changed, or one made up to look like ours, is recognised. Values are compared as trimmed text with
// line ends normalised, which is how both Excel and LibreOffice hand them back.
import { createHmac } from 'node:crypto';

export interface LockedRow {
  measureId: number;
  /** Column key → the text written in the locked cell. */
  locked: Record<string, string>;
}

export const canonicalText = (s: string | null | undefined) => (s ?? '').replace(/\r\n?/g, '\n').trim();

export function formChecksum(secret: string, head: { uid: string; recipientId: number }, rows: LockedRow[]): string {
  const h = createHmac('sha256', secret);
  h.update(JSON.stringify([head.uid, head.recipientId]));
  for (const r of [...rows].sort((a, b) => a.measureId - b.measureId)) {
    // An empty cell and a missing one are the same (a measure without this year's second budget line).
    const keys = Object.keys(r.locked)
      .filter((k) => canonicalText(r.locked[k]) !== '')
      .sort();
    h.update(JSON.stringify([r.measureId, keys.map((k) => [k, canonicalText(r.locked[k])])]));
  }
  return h.digest('hex');
}
