// Exports of the status table, against writing the same rows as plain text.
import { openPortfolioDb } from '../../../electron/core/db/open.ts';
import { exportFormats } from '../../../electron/core/export/formats.ts';
import { chromiumPdfRenderer } from '../../../electron/core/export/pdf-chromium.ts';
import { reportOptions, type ReportFormat } from '../../../shared/api/reports.contract.ts';
import type { Scenario } from '../harness.ts';

const NOW = new Date('2026-01-15T09:00:00Z');
const TARGET_AT_10K: Partial<Record<ReportFormat, number>> = { csv: 300, xlsx: 3000, docx: 5000, json: null as never };

function exportScenario(format: ReportFormat): Scenario {
  const pdf = format === 'pdf';
  return {
    name: `export ${format.toUpperCase()}`,
    // PDF: ≤ 2 s at 44; it launches headless Chromium per file (as the CLI and the preview do), so it is
    // timed at the real size and at 1 000 only.
    target: (size) => (pdf ? (size <= 44 ? 2000 : null) : size <= 44 ? 500 : (TARGET_AT_10K[format] ?? null)),
    sizes: pdf ? [44, 1000] : undefined,
    runs: format === 'csv' || format === 'json' ? 9 : pdf ? 3 : 5,
    setup: ({ file, resourcesDir }) => {
      const db = openPortfolioDb(file, { resourcesDir, readOnly: true });
      // After the newest plan's start, so every measure of the file is exported (as the floor writes them all).
      const req = reportOptions.parse({ asOf: '2025-12-31' });
      const rows = db.prepare(
        `SELECT m.number, m.title, p.code FROM measures m JOIN plans p ON p.id = m.plan_id
         WHERE m.deleted_at IS NULL ORDER BY p.sort_order, m.sort_key`,
      );
      return {
        run: () => exportFormats[format].write(db, req, { now: NOW, pdf: pdf ? chromiumPdfRenderer() : undefined }),
        floor: () =>
          (rows.all() as { number: string; title: string; code: string }[])
            .map((r) => `${r.code};${r.number};${r.title}`)
            .join('\n'),
        teardown: () => void db.close(),
      };
    },
  };
}

export const exportScenarios = (['csv', 'xlsx', 'docx', 'json', 'pdf'] as const).map(exportScenario);
