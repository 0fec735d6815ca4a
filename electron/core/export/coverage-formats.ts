// The coverage table's formats by name, each from the one model (services/coverage-report.service.ts). JSON is the
// same model for other programs: `tiltaksportefolje/coverage@1`, documented in the README.
import type { Database } from 'better-sqlite3';
import type { CoverageFormat } from '../../../shared/api/obligations.contract.ts';
import { coverageText, type CoverageReport } from '../../../shared/report/coverage.ts';
import { buildCoverageReport, type CoverageRequest } from '../services/coverage-report.service.ts';
import { coverageCsv } from './coverage-csv.ts';
import { coverageDocx } from './coverage-docx.ts';
import { coveragePdf } from './coverage-html.ts';
import { coverageXlsx } from './coverage-xlsx.ts';
import type { ExportDeps } from './formats.ts';

export const COVERAGE_SCHEMA = 'tiltaksportefolje/coverage@1';

/** The JSON shape: codes, not labels (status null = no status registered on the date), and the edition asked for. */
export function coverageJson(r: CoverageReport): string {
  const doc = {
    schema: COVERAGE_SCHEMA,
    lang: r.lang,
    asOf: r.asOf,
    period: r.period,
    dataset: r.dataset,
    generatedAt: r.generatedAt,
    plans: r.plans.map((p) => p.code),
    counts: r.counts,
    total: r.total,
    laterObligationsLeftOut: r.later,
    obligations: r.obligations.map((o) => ({
      code: o.code,
      source: o.source,
      round: o.round,
      year: o.year,
      text: o.text,
      sourceText: o.sourceText,
      sourceRef: o.sourceRef,
      strength: o.strength,
      verificationNote: o.verificationNote,
      coverage: o.coverage,
      measures: o.measures.map((m) => ({
        planCode: m.planCode,
        number: m.number,
        title: m.title,
        titlePending: m.titlePending,
        status: m.status,
        assessment: m.assessment,
        note: m.note,
      })),
    })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

type Render = (r: CoverageReport, deps: ExportDeps) => Promise<Uint8Array | string> | string;

export const COVERAGE_EXPORTS: Record<CoverageFormat, { mime: string; render: Render }> = {
  docx: {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    render: (r) => coverageDocx(r),
  },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', render: (r) => coverageXlsx(r) },
  csv: { mime: 'text/csv;charset=utf-8', render: (r) => coverageCsv(r) },
  pdf: { mime: 'application/pdf', render: (r, deps) => coveragePdf(r, deps.pdf) },
  json: { mime: 'application/json', render: (r) => coverageJson(r) },
};

/**
 * dekning-forpliktelser-per-2025-12-31.xlsx, or …-2025-T2.xlsx for a period; the English edition's name is English
 * (obligations-coverage-as-of-2025-12-31.xlsx), as the report pack's (rapportpakke-2025 / report-pack-2025).
 */
export function coverageFileName(r: Pick<CoverageReport, 'asOf' | 'period' | 'lang'>, format: CoverageFormat): string {
  const C = coverageText(r.lang);
  return `${C.fileStem}-${r.period ?? `${C.fileAsOf}-${r.asOf}`}.${format}`;
}

export async function exportCoverage(
  db: Database,
  req: CoverageRequest & { format: CoverageFormat },
  deps: ExportDeps,
): Promise<{ fileName: string; mime: string; bytes: Uint8Array | string }> {
  const { format, ...rest } = req;
  const report = buildCoverageReport(db, rest, deps.now);
  return {
    fileName: coverageFileName(report, format),
    mime: COVERAGE_EXPORTS[format].mime,
    bytes: await COVERAGE_EXPORTS[format].render(report, deps),
  };
}
