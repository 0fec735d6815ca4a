// What a period's statuses are, said in the documents: as recorded now, as reported at a closing, or as known when a
// later period was closed (StatesSource). The report pack's previous period, a comparison's two sides and the
// status grid's columns say it the same way.
import type { StatesSource } from '../api/periods.contract.ts';
import { formatDateIn, formatDateTimeIn, labels, type Lang } from '../i18n/index.ts';

/** «T1 2026, slik status var registrert da T2 2026 ble lukket 01.09.2026 kl. 09:00 (…)». */
export function sourceText(period: string, source: StatesSource, lang: Lang): string {
  const L = labels(lang);
  switch (source.kind) {
    case 'now':
      return L.sourceNow(period);
    case 'snapshot':
      return L.sourceSnapshot(period, formatDateTimeIn(source.at, lang));
    case 'known':
      return L.sourceKnown(period, source.closed, formatDateTimeIn(source.at, lang));
  }
}

/** A column heading that says it short: «T2 2026, som rapportert», «T1 2026, som kjent 01.09.2026», «T3 2026». */
export function sourceColumn(period: string, source: StatesSource, lang: Lang): string {
  const L = labels(lang);
  if (source.kind === 'snapshot') return L.sourceColumnSnapshot(period);
  if (source.kind === 'known') return L.sourceColumnKnown(period, formatDateIn(localDay(source.at), lang));
  return period;
}

/** A timestamp's local day (ISO), as formatDateTimeIn says it. */
function localDay(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
