// The report documents built on reporting periods, by kind: each gathers its data in the core and is turned into the
// one document model (shared/report) that DOCX, PDF, XLSX and the preview are written from.
import type { Database } from 'better-sqlite3';
import type { DocumentRequest } from '../../../shared/api/documents.contract.ts';
import type { DocModel } from '../../../shared/report/document.ts';
import { buildPackDocument } from '../../../shared/report/pack.ts';
import { compareDocument, gridDocument, periodViewDocument } from '../../../shared/report/period-documents.ts';
import { listPlans } from '../repositories/plans.repo.ts';
import { comparePeriods, statusGrid } from './period-compare.service.ts';
import { periodView } from './period-view.service.ts';
import { datasetKind } from './portfolio.service.ts';
import { packData } from './report-pack.service.ts';

export function buildDocument(db: Database, req: DocumentRequest, actor: { now: Date; user: string }): DocModel {
  const frame = {
    lang: req.lang,
    dataset: datasetKind(db),
    generatedAt: actor.now.toISOString(),
    plans: listPlans(db),
  };
  switch (req.kind) {
    case 'pack':
      return buildPackDocument(packData(db, req, actor), req);
    case 'grid':
      return gridDocument(statusGrid(db, req, actor.now), frame);
    case 'compare':
      return compareDocument(comparePeriods(db, req, actor.now), frame);
    case 'period':
      return periodViewDocument(periodView(db, req, actor.now), frame, req.onlyDifferences);
  }
}
