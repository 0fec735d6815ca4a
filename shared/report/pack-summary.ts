// The report pack's summary: measures per status per part and per plan (with totals), per owner and per co-owner
// ministry, budget allocated and spent per ministry and year; and its figures (status per part, one per plan).
import { STATUS_SERIES, type SeriesDef } from '../charts/palette.ts';
import { sumGiven } from '../domain/budget.ts';
import { capitalise } from '../domain/plans.ts';
import { AS_OF_STATUS_CODES, NO_STATUS, type AsOfStatus } from '../domain/vocabulary.ts';
import { compareNb } from '../format/nb.ts';
import {
  formatDateIn,
  formatIntegerIn,
  formatNokIn,
  labels,
  partWordIn,
  statusLabel,
  type Lang,
} from '../i18n/index.ts';
import { EMPTY_AMOUNT } from './cells.ts';
import type { DocBlock, DocCell, DocColumn, DocRow, DocTable } from './document.ts';
import type { PackData, PackMeasure, PackOrg, PackPlan } from './pack-data.ts';
import { barChartSvg } from './status-chart.ts';

/** Every status a measure can have on a date, in the vocabulary's order: «Ingen status registrert» first. */
type CountKey = AsOfStatus;
const COUNT_KEYS: readonly CountKey[] = AS_OF_STATUS_CODES;
const keyOf = (m: PackMeasure): CountKey => m.state.status ?? NO_STATUS;

function countColumns(lang: Lang, first: string): DocColumn[] {
  return [
    { label: first, kind: 'text' },
    ...COUNT_KEYS.map((k): DocColumn => ({ label: statusLabel(k, lang), kind: 'number' })),
    { label: labels(lang).total, kind: 'number' },
  ];
}

function countRow(lang: Lang, label: string, measures: PackMeasure[], total = false): DocRow {
  const counts = new Map<CountKey, number>(COUNT_KEYS.map((k) => [k, 0]));
  for (const m of measures) counts.set(keyOf(m), counts.get(keyOf(m))! + 1);
  const n = (v: number) => ({ text: formatIntegerIn(v, lang), value: v });
  return { cells: [{ text: label }, ...COUNT_KEYS.map((k) => n(counts.get(k)!)), n(measures.length)], total };
}

export function partLabel(plan: PackPlan, partNumber: number | null, lang: Lang): string {
  const part = plan.parts.find((p) => p.number === partNumber);
  if (part) return `${part.number}. ${part.title}`;
  return labels(lang).noPart;
}

/** Every part of a plan, in order, and «Uten …» last when some measures are not placed in a part. */
export function planParts(plan: PackPlan, measures: PackMeasure[]): (number | null)[] {
  const numbers: (number | null)[] = plan.parts.map((p) => p.number);
  return inPart(plan, measures, null).length > 0 ? [...numbers, null] : numbers;
}

export function inPart(plan: PackPlan, measures: PackMeasure[], n: number | null): PackMeasure[] {
  const known = (x: number | null) => plan.parts.some((p) => p.number === x);
  return measures.filter((m) => (n === null ? !known(m.partNumber) : m.partNumber === n));
}

const orgName = (o: PackOrg | null, lang: Lang) => (o ? `${o.name} (${o.abbrev})` : labels(lang).noOwner);

function ministryTable(data: PackData, lang: Lang, coOwned: boolean): DocTable {
  const L = labels(lang);
  const groups = new Map<string, { org: PackOrg | null; measures: PackMeasure[] }>();
  for (const m of data.measures) {
    const orgs = coOwned ? m.coOwners.filter((o) => o.abbrev !== m.owner?.abbrev) : [m.owner];
    for (const o of orgs) {
      const key = o?.abbrev ?? '';
      const g = groups.get(key) ?? { org: o, measures: [] };
      g.measures.push(m);
      groups.set(key, g);
    }
  }
  const sorted = [...groups.values()].sort((a, b) =>
    a.org === null ? 1 : b.org === null ? -1 : compareNb(orgName(a.org, lang), orgName(b.org, lang)),
  );
  const rows = sorted.map((g) => countRow(lang, orgName(g.org, lang), g.measures));
  const all = sorted.flatMap((g) => g.measures);
  return {
    kind: 'table',
    caption: coOwned ? L.summaryByCoOwner : L.summaryByOwner,
    sheet: {
      name: coOwned ? L.sheets.byCoOwner : L.sheets.byOwner,
      title: coOwned ? L.summaryByCoOwner : L.summaryByOwner,
    },
    columns: countColumns(lang, L.colMinistry),
    rows: [...rows, countRow(lang, L.total, all, true)],
  };
}

function budgetTable(data: PackData, lang: Lang): DocTable {
  const L = labels(lang);
  const nok = (v: number | null): DocCell =>
    v === null ? { text: EMPTY_AMOUNT } : { text: formatNokIn(v, lang), value: v, unit: 'nok' };
  const byMinistry = Map.groupBy(data.budget, (b) => b.ministry?.abbrev ?? '');
  const ministries = [...byMinistry.values()].sort((a, b) =>
    a[0].ministry === null
      ? 1
      : b[0].ministry === null
        ? -1
        : compareNb(orgName(a[0].ministry, lang), orgName(b[0].ministry, lang)),
  );
  const rows: DocRow[] = [];
  for (const lines of ministries) {
    const name = orgName(lines[0].ministry, lang);
    const years = [...lines].sort((a, b) => a.year - b.year);
    for (const b of years)
      rows.push({
        cells: [{ text: name }, { text: String(b.year), value: b.year }, nok(b.allocatedNok), nok(b.spentNok)],
      });
    if (years.length > 1)
      rows.push({
        total: true,
        cells: [
          { text: `${L.total} ${lines[0].ministry?.abbrev ?? ''}`.trim() },
          { text: '' },
          nok(sumGiven(years.map((b) => b.allocatedNok))),
          nok(sumGiven(years.map((b) => b.spentNok))),
        ],
      });
  }
  rows.push({
    total: true,
    cells: [
      { text: L.total },
      { text: '' },
      nok(sumGiven(data.budget.map((b) => b.allocatedNok))),
      nok(sumGiven(data.budget.map((b) => b.spentNok))),
    ],
  });
  return {
    kind: 'table',
    caption: L.summaryBudget,
    sheet: { name: L.sheets.budget, title: L.summaryBudget },
    columns: [
      { label: L.colMinistry, kind: 'text' },
      { label: L.colYear, kind: 'code' },
      { label: L.colAllocated, kind: 'number' },
      { label: L.colSpent, kind: 'number' },
    ],
    rows,
  };
}

export function summaryBlocks(data: PackData, lang: Lang): DocBlock[] {
  const L = labels(lang);
  const blocks: DocBlock[] = [{ kind: 'heading', level: 1, text: L.summary, pageBreakBefore: true }];
  const byPlan = Map.groupBy(data.measures, (m) => m.planCode);
  // In the workbook every plan's parts are one sheet, named by the plans' own words for them.
  const partWords = [...new Set(data.plans.map((p) => partWordIn(p.partWord, lang)))];
  const byPartName = L.sheets.byPart(partWords);
  const byPartSheet = {
    name: byPartName.length <= 31 ? byPartName : L.sheets.byAnyPart,
    title: L.summaryByPart(partWords.join(' / '), data.plans.map((p) => p.shortName).join(', ')),
  };
  for (const plan of data.plans) {
    const measures = byPlan.get(plan.code) ?? [];
    const partWord = partWordIn(plan.partWord, lang);
    // The heading and the table's caption say the same, with the plan's full name (as the tables per plan do).
    const title = L.summaryByPart(partWord, plan.title);
    blocks.push({ kind: 'heading', level: 2, text: title });
    blocks.push({
      kind: 'table',
      caption: title,
      sheet: { ...byPartSheet, lead: [{ label: L.colPlan, cell: { text: plan.shortName } }] },
      columns: countColumns(lang, capitalise(partWord)),
      rows: [
        ...planParts(plan, measures).map((n) => countRow(lang, partLabel(plan, n, lang), inPart(plan, measures, n))),
        countRow(lang, L.total, measures, true),
      ],
    });
  }
  blocks.push({ kind: 'heading', level: 2, text: L.summaryByPlan });
  blocks.push({
    kind: 'table',
    caption: L.summaryByPlan,
    sheet: { name: L.sheets.byPlan, title: L.summaryByPlan },
    columns: countColumns(lang, L.colPlan),
    rows: [
      ...data.plans.map((p) => countRow(lang, p.title, byPlan.get(p.code) ?? [])),
      countRow(lang, L.total, data.measures, true),
    ],
  });
  blocks.push({ kind: 'heading', level: 2, text: L.summaryByOwner });
  blocks.push(ministryTable(data, lang, false));
  blocks.push({ kind: 'heading', level: 2, text: L.summaryByCoOwner });
  blocks.push(ministryTable(data, lang, true));
  blocks.push({ kind: 'heading', level: 2, text: L.summaryBudget });
  blocks.push({ kind: 'paragraph', text: L.summaryBudgetBasis });
  blocks.push(budgetTable(data, lang));
  return blocks;
}

/** The charts' own series (palette.ts), named in the document's language. */
function chartSeries(lang: Lang): SeriesDef[] {
  return STATUS_SERIES.map((s) => ({ ...s, label: statusLabel(s.key, lang) }));
}

/** One figure per plan: its measures per status in each part, as of the pack's date. */
export function figureBlocks(data: PackData, lang: Lang, firstNumber: number): DocBlock[] {
  const L = labels(lang);
  const blocks: DocBlock[] = [{ kind: 'heading', level: 1, text: L.figures, pageBreakBefore: true }];
  const byPlan = Map.groupBy(data.measures, (m) => m.planCode);
  data.plans.forEach((plan, i) => {
    const measures = byPlan.get(plan.code) ?? [];
    const rows = planParts(plan, measures).map((n) => {
      const counts: Record<string, number> = {};
      for (const m of inPart(plan, measures, n)) counts[keyOf(m)] = (counts[keyOf(m)] ?? 0) + 1;
      return { label: partLabel(plan, n, lang), counts };
    });
    const caption = L.figureStatusByPart(
      partWordIn(plan.partWord, lang),
      plan.shortName,
      formatDateIn(data.asOf, lang),
    );
    const chart = barChartSvg({
      title: caption,
      series: chartSeries(lang),
      rows,
      emptyText: L.noMeasuresInBar,
    });
    blocks.push({
      kind: 'figure',
      number: firstNumber + i,
      caption,
      svg: chart.svg,
      width: chart.width,
      height: chart.height,
      description: chart.description,
    });
  });
  return blocks;
}
