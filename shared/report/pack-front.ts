// The report pack's front page: title, period, as-of date, plans, the basis (said truthfully whether the period is
// open, closed or reopened, as reported or as corrected), who made it and when, and the data kind.
import { formatDateIn, formatDateTimeIn, labels, type Lang } from '../i18n/index.ts';
import type { DocBlock } from './document.ts';
import type { PackData } from './pack-data.ts';
import { sourceText } from './sources.ts';

/**
 * What the pack's statuses are, truthfully for each case: never closed; closed, as reported or as corrected (when it
 * was closed, and that corrections after closing are in); closed once and reopened since.
 */
export function basisText(data: PackData, lang: Lang): string {
  const L = labels(lang);
  const last = data.lastClosing;
  if (!last) return L.basisOpen;
  const at = formatDateTimeIn(last.at, lang);
  if (last.reopenedAt !== null) {
    const reopened = formatDateTimeIn(last.reopenedAt, lang);
    return data.basis === 'reported'
      ? L.basisReportedReopened(at, last.author, reopened)
      : L.basisReopened(at, reopened);
  }
  return data.basis === 'reported' ? L.basisReported(at, last.author) : L.basisCorrected(at, last.author);
}

export function frontPage(data: PackData, lang: Lang): DocBlock[] {
  const L = labels(lang);
  const basis = basisText(data, lang);
  const range = `${formatDateIn(data.period.start, lang)}–${formatDateIn(data.period.end, lang)}`;
  return [
    { kind: 'title', text: L.packTitle, subtitle: L.packSubtitle(data.period.label) },
    {
      kind: 'facts',
      rows: [
        { label: L.period, value: `${data.period.label} (${range})` },
        { label: L.asOf, value: formatDateIn(data.asOf, lang), date: data.asOf },
        { label: L.plans, value: data.plans.map((p) => p.title).join('; ') },
        { label: L.basis, value: basis },
        // What the changes are counted from: as reported, the previous period as known when this one was closed.
        ...(data.previous
          ? [{ label: L.previousPeriod, value: sourceText(data.previous.label, data.previous.source, lang) }]
          : []),
        { label: L.madeBy, value: data.madeBy },
        { label: L.madeAt, value: formatDateTimeIn(data.generatedAt, lang), dateTime: data.generatedAt },
        {
          label: L.dataset,
          value: data.dataset === 'example' ? L.exampleData : L.realData,
          emphasis: data.dataset === 'example',
        },
      ],
    },
    ...data.notStarted.map((title): DocBlock => ({
      kind: 'paragraph',
      text: L.planNotStarted(title, formatDateIn(data.asOf, lang)),
      note: true,
    })),
  ];
}
