// Run by the pack scenario in a process of its own: makes one report pack for 2025 from the file and prints the
// process's peak resident memory (maxRSS) as JSON. For PDF this is the core's process; Chromium prints in its own.
import { openPortfolioDb } from '../../../electron/core/db/open.ts';
import { writeDocument } from '../../../electron/core/export/documents.ts';
import { chromiumPdfRenderer } from '../../../electron/core/export/pdf-chromium.ts';
import { buildDocument } from '../../../electron/core/services/documents.service.ts';
import { packRequest } from '../../../shared/api/documents.contract.ts';

const [file, format, resourcesDir] = process.argv.slice(2);
const db = openPortfolioDb(file, { resourcesDir, readOnly: true });
const doc = buildDocument(db, packRequest.parse({ kind: 'pack', period: '2025' }), {
  now: new Date('2026-01-15T09:00:00Z'),
  user: 'Bench',
});
const bytes = await writeDocument(doc, format as 'docx' | 'pdf', chromiumPdfRenderer());
db.close();
console.log(JSON.stringify({ maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), bytes: bytes.length }));
