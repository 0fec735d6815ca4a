// The annual report pack for 2025 (closed, so «as reported» reads its snapshot), as DOCX and as PDF, against writing
// the same measures' statuses as plain text. Its peak memory is measured in a process of its own (pack-peak.ts), where
// nothing else has run: the maxRSS of making one pack, opening the file included.
import { openPortfolioDb } from '../../../electron/core/db/open.ts';
import { writeDocument } from '../../../electron/core/export/documents.ts';
import { buildDocument } from '../../../electron/core/services/documents.service.ts';
import { closePeriod } from '../../../electron/core/services/periods.service.ts';
import { packRequest } from '../../../shared/api/documents.contract.ts';
import { scratchCopy } from '../fixtures.ts';
import type { Scenario } from '../harness.ts';
import { runningChromium } from './export-request.ts';
import { childPeak } from './peak-memory.ts';

export const PACK_NOW = new Date('2026-01-15T09:00:00Z');
const TARGET: Record<number, number> = { 44: 1000, 1000: 5000, 10_000: 30_000 };

/** A copy of the example file with 2025 closed, as an editor would have it when making the annual pack. */
export function closedCopy(file: string, size: number, resourcesDir: string): string {
  const copy = scratchCopy(file, `pack-${size}.tilt`);
  const db = openPortfolioDb(copy, { resourcesDir });
  closePeriod(db, '2025', { now: PACK_NOW, user: 'Bench' });
  db.close();
  return copy;
}

function packScenario(format: 'docx' | 'pdf'): Scenario {
  return {
    name: `report pack 2025 ${format.toUpperCase()}`,
    target: (size) => TARGET[size] ?? null,
    // A PDF takes a while at 10 000: run once, printed by a Chromium already running (as the preview keeps one; the
    // export PDF scenario gives what starting one adds), after a run to warm up as every other scenario has, but at
    // 10 000 (40 s a run; there the first run's extra cost is small beside it).
    runs: format === 'pdf' ? 1 : 3,
    warmup: format === 'pdf' ? (size) => (size < 10_000 ? 1 : 0) : 1,
    setup: async ({ file, size, resourcesDir }) => {
      const pdf = format === 'pdf' ? await runningChromium() : undefined;
      const copy = closedCopy(file, size, resourcesDir);
      const db = openPortfolioDb(copy, { resourcesDir, readOnly: true });
      const req = packRequest.parse({ kind: 'pack', period: '2025' });
      const rows = db.prepare(
        `SELECT m.number, m.title, s.status, s.assessment, s.comment FROM period_snapshots s
         JOIN measures m ON m.id = s.measure_id ORDER BY m.plan_id, m.sort_key`,
      );
      return {
        run: async () => {
          const doc = buildDocument(db, req, { now: PACK_NOW, user: 'Bench' });
          return writeDocument(doc, format, pdf);
        },
        floor: () =>
          (rows.all() as Record<string, string>[])
            .map((r) => `${r.number};${r.title};${r.status};${r.assessment};${r.comment}`)
            .join('\n'),
        extra: async () => {
          const peak = await childPeak<{ maxRssMb: number }>(
            new URL('./pack-peak.ts', import.meta.url).pathname,
            [copy, format, resourcesDir],
            format === 'pdf',
          );
          // For PDF, Chromium prints in processes of its own: their peak is under the same limits as the exports'.
          return {
            packPeakRssMb: peak.maxRssMb,
            ...(format === 'pdf'
              ? { chromiumPeakMb: peak.chromiumPeakMb!, chromiumPssPeakMb: peak.chromiumPssPeakMb! }
              : {}),
          };
        },
        teardown: async () => {
          db.close();
          await pdf?.close();
        },
      };
    },
  };
}

export const packScenarios = [packScenario('docx'), packScenario('pdf')];
