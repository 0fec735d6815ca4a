// Domain types that cross the API boundary. Table-row types live in the repositories.
import type { AssessmentCode, DatasetKind, StatusCode } from './vocabulary.ts';

export interface PartNote {
  kind: 'theme' | 'known-measure';
  text: string;
  source: string | null;
}

export interface Part {
  id: number;
  number: number;
  title: string;
  notes: PartNote[];
}

export interface Plan {
  id: number;
  code: string;
  title: string;
  kind: 'handlingsplan' | 'strategi';
  published: string | null;
  measureCount: number;
  parts: Part[];
}

export interface OrgRef {
  id: number;
  abbrev: string;
  /** The name valid at the date the record is shown for. */
  name: string;
}

export interface Organisation {
  id: number;
  abbrev: string;
  name: string;
  kind: string;
  parentAbbrev: string | null;
  validFrom: string | null;
  validTo: string | null;
  renamedFromAbbrev: string | null;
  renamedToAbbrev: string | null;
  retired: boolean;
  note: string | null;
  version: number;
}

export interface StatusUpdate {
  id: number;
  measureId: number;
  status: StatusCode;
  assessment: AssessmentCode;
  comment: string;
  author: string;
  effectiveDate: string;
  recordedAt: string;
}

/** One measure as a list row: its frame plus the status as of a date. */
export interface MeasureSummary {
  id: number;
  planCode: string;
  number: string;
  partNumber: number | null;
  title: string;
  titlePending: boolean;
  owner: OrgRef | null;
  coOwners: OrgRef[];
  agencies: OrgRef[];
  status: StatusCode;
  assessment: AssessmentCode;
  lastUpdate: StatusUpdate | null;
  version: number;
}

export interface Measure extends MeasureSummary {
  description: string;
  startYear: number | null;
  endYear: number | null;
  deletedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface BudgetLine {
  id: number;
  measureId: number;
  year: number;
  allocatedNok: number;
  spentNok: number;
  chapter: number | null;
  post: number | null;
  withinExisting: boolean;
  version: number;
}

export interface PortfolioInfo {
  path: string;
  fileName: string;
  dataset: DatasetKind;
  schemaVersion: number;
  readOnly: boolean;
  pendingTitles: number;
  measureCount: number;
}

/** Grows with every commit to the portfolio file by anyone; the renderer refetches when it moves. */
export interface ChangeCounter {
  counter: number;
}
