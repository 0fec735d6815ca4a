// The annual report pack as a document: front page, summary, figures, deviations (gul/rød, since when), changes since
// the previous period, corrections after closing, and the status tables per part or per ministry. Built from the data
// the core gathers (pack-data.ts) in bokmål or English; DOCX, PDF and the preview are all written from this.
import { capitalise } from '../domain/plans.ts';
import {
  assessmentLabel,
  formatDateIn,
  labels,
  partWordIn,
  planNameIn,
  statusLabel,
  type Lang,
} from '../i18n/index.ts';
import { compareNb } from '../format/nb.ts';
import {
  assessmentCell,
  closedCell,
  correctionReasons,
  dateCell,
  numberCell,
  statusAndDate,
  statusCell,
  text,
  titleText,
  withDate,
} from './doc-cells.ts';
import type { DocBlock, DocCell, DocColumn, DocModel, DocRow } from './document.ts';
import type { PackColumn, PackCorrection, PackData, PackMeasure, PackPlan, PackSection } from './pack-data.ts';
import { frontPage } from './pack-front.ts';
import { sourceText } from './sources.ts';
import { figureBlocks, inPart, partLabel, planParts, summaryBlocks } from './pack-summary.ts';

export interface PackOptions {
  lang: Lang;
  sections: readonly PackSection[];
  groupBy: 'part' | 'ministry';
  columns: readonly PackColumn[];
  landscape: boolean;
}

const FLAGGED = new Set(['gul', 'rod']);

/** Whole months from one ISO date to another. */
export function monthsBetween(from: string, to: string): number {
  const [y1, m1, d1] = from.split('-').map(Number);
  const [y2, m2, d2] = to.split('-').map(Number);
  return Math.max(0, (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0));
}

/** «36 måneder» in words, and the whole months as a number for the workbook (which shows it in the same words). */
function durationCell(since: string, asOf: string, lang: Lang): DocCell {
  const n = monthsBetween(since, asOf);
  // No-break spaces: «4 måneder» is one unit in a table cell.
  const words = (n === 0 ? labels(lang).lessThanMonth : labels(lang).months(n)).replaceAll(' ', '\u00a0');
  return { text: words, value: n, unit: 'months' };
}

/** What changed since the previous period, in words; '' when nothing did. */
export function changeText(m: PackMeasure, hasPrevious: boolean, lang: Lang): string {
  const L = labels(lang);
  if (!hasPrevious) return '';
  if (!m.previous) return L.newMeasure;
  const out: string[] = [];
  if (m.previous.status !== m.state.status)
    out.push(L.statusChange(statusLabel(m.previous.status, lang), statusLabel(m.state.status, lang)));
  if (m.previous.assessment !== m.state.assessment)
    out.push(
      L.assessmentChange(
        assessmentLabel(m.previous.assessment, lang, true) || '–',
        assessmentLabel(m.state.assessment, lang, true) || '–',
      ),
    );
  return out.join('\n');
}

const changed = (m: PackMeasure) =>
  m.previous !== null && (m.previous.status !== m.state.status || m.previous.assessment !== m.state.assessment);

/**
 * One table per plan under the plan's heading (no plan column: the tables fit portrait pages), widths aligned; in the
 * workbook one sheet with the plan as its first column.
 */
function perPlan<T extends { planCode: string }>(
  data: PackData,
  items: T[],
  table: { group: string; caption: string; sheet: string; columns: DocColumn[]; cells: (item: T) => DocCell[] },
  lang: Lang,
): DocBlock[] {
  const byPlan = Map.groupBy(items, (i) => i.planCode);
  return data.plans
    .filter((p) => byPlan.has(p.code))
    .flatMap((p): DocBlock[] => [
      { kind: 'heading', level: 2, text: p.title },
      {
        kind: 'table',
        caption: `${table.caption}: ${p.shortName}`,
        columns: table.columns,
        rows: byPlan.get(p.code)!.map((i) => ({ cells: table.cells(i) })),
        layoutGroup: table.group,
        sheet: {
          name: table.sheet,
          title: table.caption,
          lead: [{ label: labels(lang).colPlan, cell: text(p.shortName) }],
        },
      },
    ]);
}

function deviationBlocks(data: PackData, lang: Lang): DocBlock[] {
  const L = labels(lang);
  const order = new Map(data.measures.map((m, i) => [m.id, i]));
  const flagged = data.measures
    .filter((m) => m.state.assessment !== null && FLAGGED.has(m.state.assessment))
    .sort(
      (a, b) =>
        (a.state.assessment === b.state.assessment ? 0 : a.state.assessment === 'rod' ? -1 : 1) ||
        order.get(a.id)! - order.get(b.id)!,
    );
  const blocks: DocBlock[] = [{ kind: 'heading', level: 1, text: L.deviations, pageBreakBefore: true }];
  if (flagged.length === 0) return [...blocks, { kind: 'paragraph', text: L.noDeviations }];
  return [
    ...blocks,
    ...perPlan(
      data,
      flagged,
      {
        group: 'deviations',
        caption: L.deviations,
        sheet: L.sheets.deviations,
        columns: [
          { label: L.colNumber, kind: 'code' },
          { label: L.colMeasure, kind: 'text', wide: true },
          { label: L.colOwner, kind: 'code' },
          { label: L.colAssessment, kind: 'code' },
          { label: L.colComment, kind: 'text', wide: true },
          { label: L.colSince, kind: 'code' },
          { label: L.colDuration, kind: 'code' },
        ],
        cells: (m) => [
          numberCell(m.number),
          text(titleText(m, lang)),
          text(m.owner?.abbrev ?? ''),
          assessmentCell(m.state.assessment, lang, true),
          text(m.state.comment),
          dateCell(m.flaggedSince, lang),
          m.flaggedSince ? durationCell(m.flaggedSince, data.asOf, lang) : text(''),
        ],
      },
      lang,
    ),
  ];
}

function changeBlocks(data: PackData, lang: Lang): DocBlock[] {
  const L = labels(lang);
  const blocks: DocBlock[] = [{ kind: 'heading', level: 1, text: L.changes, pageBreakBefore: true }];
  if (!data.previous) return [...blocks, { kind: 'paragraph', text: L.noPrevious }];
  const list = data.measures.filter(changed);
  blocks.push({
    kind: 'paragraph',
    text: list.length === 0 ? L.noChanges(data.previous.label) : L.changesLead(data.previous.label, list.length),
  });
  blocks.push({
    kind: 'paragraph',
    text: L.comparedWith(sourceText(data.previous.label, data.previous.source, lang)),
    note: true,
  });
  for (const p of data.plans) {
    const fresh = data.measures.filter((m) => m.planCode === p.code && m.previous === null).length;
    if (fresh > 0) blocks.push({ kind: 'paragraph', text: L.newInPeriod(fresh, p.shortName) });
  }
  return [
    ...blocks,
    ...perPlan(
      data,
      list,
      {
        group: 'changes',
        caption: L.changes,
        sheet: L.sheets.changes,
        columns: [
          { label: L.colNumber, kind: 'code' },
          { label: L.colMeasure, kind: 'text', wide: true },
          { label: L.colChange, kind: 'text' },
        ],
        cells: (m) => [numberCell(m.number), text(titleText(m, lang)), text(changeText(m, true, lang))],
      },
      lang,
    ),
  ];
}

function correctionBlocks(data: PackData, lang: Lang): DocBlock[] {
  const L = labels(lang);
  const byId = new Map(data.measures.map((m) => [m.id, m]));
  const rows = data.corrections
    .filter((c) => byId.has(c.measureId))
    .map((c) => ({ ...c, measure: byId.get(c.measureId)!, planCode: byId.get(c.measureId)!.planCode }));
  if (rows.length === 0) return [];
  // Reopened and closed again: a row may show what an earlier closing reported, so each row says which closing.
  const earlier = data.lastClosing !== null && rows.some((r) => r.reportedAt !== data.lastClosing!.at);
  const closedColumn: [DocColumn, (c: PackCorrection) => DocCell][] = earlier
    ? [[{ label: L.colClosed, kind: 'code' }, (c) => closedCell(c.reportedAt, lang)]]
    : [];
  return [
    { kind: 'heading', level: 1, text: L.corrections, pageBreakBefore: true },
    { kind: 'paragraph', text: L.correctionsLead(rows.length) },
    ...(earlier ? [{ kind: 'paragraph', text: L.correctionsEarlier } as DocBlock] : []),
    ...perPlan(
      data,
      rows,
      {
        group: 'corrections',
        caption: L.corrections,
        sheet: L.sheets.corrections,
        columns: [
          { label: L.colNumber, kind: 'code' },
          { label: L.colMeasure, kind: 'text', wide: true },
          ...closedColumn.map((c) => c[0]),
          { label: L.colReported, kind: 'text', sheetColumns: statusAndDate(L.colReported, L.sheets.reportedDate) },
          { label: L.colCorrected, kind: 'text', sheetColumns: statusAndDate(L.colCorrected, L.sheets.correctedDate) },
          { label: L.colReason, kind: 'text' },
        ],
        cells: (c) => [
          numberCell(c.measure.number),
          text(titleText(c.measure, lang)),
          ...closedColumn.map((col) => col[1](c)),
          withDate(c.reported, lang, L.notInSnapshot),
          withDate(c.corrected, lang, L.notInSnapshot),
          text(correctionReasons(c, lang)),
        ],
      },
      lang,
    ),
  ];
}

function implementation(m: PackMeasure): string {
  if (m.startYear === null && m.endYear === null) return '';
  return `${m.startYear ?? ''}–${m.endYear ?? ''}`;
}

function tableColumns(
  data: PackData,
  opts: PackOptions,
): { columns: DocColumn[]; cells: (m: PackMeasure, co: boolean) => DocCell[] } {
  const L = labels(opts.lang);
  const lang = opts.lang;
  const byPart = opts.groupBy === 'part';
  const cols: [DocColumn, (m: PackMeasure, co: boolean) => DocCell][] = [
    [{ label: L.colNumber, kind: 'code' }, (m) => numberCell(m.number)],
    [
      { label: L.colMeasure, kind: 'text', wide: true },
      (m, co) => text(titleText(m, lang) + (co && m.owner ? L.coOwnedMark(m.owner.abbrev) : '')),
    ],
    ...(byPart
      ? [
          [{ label: L.colOwner, kind: 'code' }, (m: PackMeasure) => text(m.owner?.abbrev ?? '')] as [
            DocColumn,
            (m: PackMeasure) => DocCell,
          ],
        ]
      : []),
    [{ label: L.colStatus, kind: 'code' }, (m) => statusCell(m.state, lang)],
    [{ label: L.colAssessment, kind: 'code' }, (m) => assessmentCell(m.state.assessment, lang, true)],
    [{ label: L.colComment, kind: 'text', wide: true }, (m) => text(m.state.comment)],
  ];
  if (opts.columns.includes('description'))
    cols.push([{ label: L.colDescription, kind: 'text' }, (m) => text(m.description)]);
  if (opts.columns.includes('implementation'))
    cols.push([{ label: L.colImplementation, kind: 'code' }, (m) => text(implementation(m))]);
  if (data.previous) cols.push([{ label: L.colChange, kind: 'text' }, (m) => text(changeText(m, true, lang))]);
  return { columns: cols.map((c) => c[0]), cells: (m, co) => cols.map((c) => c[1](m, co)) };
}

function groups(data: PackData, plan: PackPlan, measures: PackMeasure[], opts: PackOptions) {
  const lang = opts.lang;
  if (opts.groupBy === 'part')
    return planParts(plan, measures).map((n) => ({
      heading: partLabel(plan, n, lang),
      rows: inPart(plan, measures, n),
      co: false,
      placed: plan.parts.some((p) => p.number === n),
    }));
  const name = (o: { abbrev: string; name: string }) => `${o.name} (${o.abbrev})`;
  const orgs = new Map<string, { abbrev: string; name: string }>();
  for (const m of measures) for (const o of [...(m.owner ? [m.owner] : []), ...m.coOwners]) orgs.set(o.abbrev, o);
  // `placed`: the heading names a part or a ministry (not «Ikke plassert», «Uten ansvarlig departement»).
  const out: { heading: string; rows: PackMeasure[]; co: boolean; placed: boolean }[] = [];
  for (const o of [...orgs.values()].sort((a, b) => compareNb(name(a), name(b)))) {
    const own = measures.filter((m) => m.owner?.abbrev === o.abbrev);
    const shared = measures.filter(
      (m) => m.owner?.abbrev !== o.abbrev && m.coOwners.some((c) => c.abbrev === o.abbrev),
    );
    if (own.length) out.push({ heading: name(o), rows: own, co: false, placed: true });
    if (shared.length)
      out.push({ heading: name(o) + labels(lang).coOwnedSuffix, rows: shared, co: true, placed: true });
  }
  const none = measures.filter((m) => !m.owner);
  if (none.length)
    out.push({
      heading: labels(lang).noOwner,
      rows: none,
      co: false,
      placed: false,
    });
  return out;
}

function statusTableBlocks(data: PackData, opts: PackOptions): DocBlock[] {
  const L = labels(opts.lang);
  const { columns, cells } = tableColumns(data, opts);
  const title = opts.groupBy === 'part' ? L.statusTables : L.statusTableByMinistry;
  const blocks: DocBlock[] = [{ kind: 'heading', level: 1, text: title, pageBreakBefore: true }];
  const byPlan = Map.groupBy(data.measures, (m) => m.planCode);
  for (const plan of data.plans) {
    const measures = byPlan.get(plan.code) ?? [];
    blocks.push({ kind: 'heading', level: 2, text: plan.title });
    if (measures.length === 0) blocks.push({ kind: 'paragraph', text: L.noMeasures, note: true });
    for (const g of groups(data, plan, measures, opts)) {
      blocks.push({ kind: 'heading', level: 3, text: g.heading });
      const rows: DocRow[] = g.rows.map((m) => ({ cells: cells(m, g.co) }));
      const what = opts.groupBy === 'part' ? capitalise(partWordIn(plan.partWord, opts.lang)) : L.colMinistry;
      blocks.push({
        kind: 'table',
        // «Hoveddel 1. …», «Departement …», but «Ikke plassert» alone.
        caption: `${plan.shortName}: ${g.placed ? `${what} ${g.heading}` : g.heading}`,
        columns,
        rows,
        layoutGroup: 'status',
        sheet: {
          name: L.sheets.statusTables,
          title,
          lead: [
            { label: L.colPlan, cell: text(plan.shortName) },
            { label: what, cell: text(g.heading) },
          ],
        },
      });
    }
  }
  return blocks;
}

/**
 * «rapportpakke-2026-T2», and once the period has been closed its basis after it («-rapportert», «-korrigert»):
 * then «as reported» and «as corrected» can differ, and the wrong one must not be sent on under the same name.
 */
function packFileStem(data: PackData, lang: PackOptions['lang']): string {
  const L = labels(lang);
  const stem = `${L.packFileStem}-${data.period.key}`;
  return data.lastClosing ? `${stem}-${L.packFileBasis[data.basis]}` : stem;
}

export function buildPackDocument(given: PackData, opts: PackOptions): DocModel {
  const L = labels(opts.lang);
  // The plans' short names are the app's own words: in the pack's language wherever it names a plan.
  const data = { ...given, plans: given.plans.map((p) => ({ ...p, shortName: planNameIn(p.shortName, opts.lang) })) };
  const on = (s: PackSection) => opts.sections.includes(s);
  const blocks: DocBlock[] = [];
  if (on('front')) blocks.push(...frontPage(data, opts.lang));
  if (on('summary')) blocks.push(...summaryBlocks(data, opts.lang));
  if (on('figures')) blocks.push(...figureBlocks(data, opts.lang, 1));
  if (on('deviations')) blocks.push(...deviationBlocks(data, opts.lang));
  if (on('changes')) blocks.push(...changeBlocks(data, opts.lang));
  if (on('corrections')) blocks.push(...correctionBlocks(data, opts.lang));
  if (on('tables')) blocks.push(...statusTableBlocks(data, opts));
  // The first block never starts a new page.
  if (blocks[0]?.kind === 'heading') blocks[0] = { ...blocks[0], pageBreakBefore: false };
  const dataset = data.dataset === 'example' ? L.exampleData : L.realData;
  return {
    lang: opts.lang,
    title: `${L.packTitle} – ${data.period.label}`,
    footer: `${L.packSubtitle(data.period.label)} · ${L.perDate(formatDateIn(data.asOf, opts.lang))}`,
    dataset: data.dataset,
    datasetLabel: dataset,
    landscape: opts.landscape,
    fileStem: packFileStem(data, opts.lang),
    generatedAt: data.generatedAt,
    blocks,
  };
}
