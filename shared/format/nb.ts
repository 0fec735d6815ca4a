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
