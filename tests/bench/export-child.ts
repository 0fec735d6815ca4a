// One export in a process of its own, so its peak memory is the export's: `node tests/bench/export-child.ts FORMAT
// FILE` writes the file's bytes nowhere and prints {ms, bytes, maxRssMb} (maxRSS from the kernel, in MB).
import { openPortfolioDb } from '../../electron/core/db/open.ts';
import { sourceResourcesDir } from '../../electron/core/paths.ts';
import { exportFormats } from '../../electron/core/export/formats.ts';
import { chromiumPdfRenderer } from '../../electron/core/export/pdf-chromium.ts';
import { reportOptions, type ReportFormat } from '../../shared/api/reports.contract.ts';
import { EXPORT_AS_OF, EXPORT_NOW } from './scenarios/export-request.ts';

const [format, file] = process.argv.slice(2) as [ReportFormat, string];
const db = openPortfolioDb(file, { resourcesDir: sourceResourcesDir(), readOnly: true });
const t0 = performance.now();
const out = await exportFormats[format].write(db, reportOptions.parse({ asOf: EXPORT_AS_OF }), {
  now: EXPORT_NOW,
  pdf: format === 'pdf' ? chromiumPdfRenderer() : undefined,
});
const ms = performance.now() - t0;
db.close();
const maxRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify({ ms, bytes: out.length, maxRssMb })}\n`);
