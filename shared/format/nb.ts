// Norwegian display formatting: 31.12.2024 and 1 234 567 kr (narrow no-break space).

const NNBSP = '\u202f';

/** ISO date (YYYY-MM-DD or a full timestamp) → DD.MM.YYYY. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** ISO timestamp → DD.MM.YYYY kl. HH:MM (local time). */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}.${p(d.getMonth() + 1)}.${d.getFullYear()} kl. ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** Whole number with narrow no-break spaces between thousands. */
export function formatInteger(n: number): string {
  const sign = n < 0 ? '−' : '';
  const digits = String(Math.abs(Math.trunc(n)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, NNBSP);
}

/** «1 endring», «3 endringer»: a count with the noun in the form it takes. */
export function countOf(n: number, one: string, many: string): string {
  return `${formatInteger(n)} ${n === 1 ? one : many}`;
}

export function formatNok(n: number | null | undefined): string {
  if (n === null || n === undefined) return '';
  return `${formatInteger(n)} kr`;
}

/** Budget chapter and post as state budget notation: "kap. 440, post 70". */
export function formatChapterPost(chapter: number | null, post: number | null): string {
  if (chapter === null) return '';
  return post === null ? `kap. ${chapter}` : `kap. ${chapter}, post ${String(post).padStart(2, '0')}`;
}

/** Local calendar date as YYYY-MM-DD (not UTC: a coordinator's "today"). */
export function todayIso(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

let collator: Intl.Collator | undefined;

/** Norwegian alphabetical order (Æ, Ø, Å last). One collator: `localeCompare(…, 'nb')` builds one per call. */
export function compareNb(a: string, b: string): number {
  return (collator ??= new Intl.Collator('nb')).compare(a, b);
}

/** How a date field asks for its value, whatever the browser's or the system's locale. */
export const DATE_PATTERN_LABEL = 'dd.mm.åååå';
export const DATE_FORMAT_MESSAGE = 'Skriv datoen som dd.mm.åååå, for eksempel 31.12.2024.';

export type ParsedDate = { ok: true; iso: string } | { ok: false; message: string };

/**
 * A date as a Norwegian user types it: «31.12.2024», «1.2.2024», «31/12/2024», «31122024» (or «3112.2024», one dot
 * deleted), or a pasted ISO date «2024-12-31». Two-digit years are refused (which century is a guess). An impossible
 * date (31.02.2024, month 13) is refused with a sentence naming it.
 */
export function parseDateNb(text: string): ParsedDate {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const nb =
    /^(\d{1,2})[./\-\s](\d{1,2})[./\-\s](\d{4})$/.exec(t) ??
    /^(\d{2})(\d{2})(\d{4})$/.exec(t) ??
    // One of the two dots deleted (Backspace over it in «15.07.2026»): the eight digits still say the date.
    /^(\d{2})(\d{2})[./\-\s](\d{4})$/.exec(t) ??
    /^(\d{2})[./\-\s](\d{2})(\d{4})$/.exec(t);
  const parts = iso ? [iso[3], iso[2], iso[1]] : nb ? [nb[1], nb[2], nb[3]] : null;
  if (!parts) return { ok: false, message: DATE_FORMAT_MESSAGE };
  const [d, m, y] = parts.map(Number);
  const shown = `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`;
  if (m < 1 || m > 12) return { ok: false, message: `Datoen ${shown} finnes ikke: måneden må være fra 01 til 12.` };
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d < 1 || d > days)
    return {
      ok: false,
      message: `Datoen ${shown} finnes ikke: måned ${String(m).padStart(2, '0')} har ${days} dager.`,
    };
  if (y < 1900 || y > 2199) return { ok: false, message: `Året ${y} er utenfor det appen kan bruke.` };
  const p = (n: number) => String(n).padStart(2, '0');
  return { ok: true, iso: `${y}-${p(m)}-${p(d)}` };
}

/** An ISO date moved by whole days (for ↑/↓ in a date field). */
export function addDaysIso(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return t.toISOString().slice(0, 10);
}
