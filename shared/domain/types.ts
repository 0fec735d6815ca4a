// Domain types that cross the API boundary. Table-row types live in the repositories.
import type { ScalarValues } from './measure-fields.ts';
import type { AsOfStatus, AssessmentCode, DatasetKind, StatusCode } from './vocabulary.ts';

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

/** A plan is data from the file: a third plan needs a row, never a code change. */
export interface Plan {
  id: number;
  code: string;
  title: string;
  /** How the UI names the plan in lists and filters: «Handlingsplanen 2016». */
  shortName: string;
  kind: 'handlingsplan' | 'strategi';
  /** The plan's own word for its parts, lower case: «hoveddel» (2016 plan), «innsatsområde» (strategy). */
  partWord: string;
  partWordPlural: string;
  /** Year-month the plan was published (from the reference), e.g. «2016-11». */
  published: string | null;
  /** The plan's start: the first day of the month it was published (ISO date), or null when not known. */
  startDate: string | null;
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
  /** The row this one succeeds after a rename (its abbreviation may be the same). */
  renamedFromId: number | null;
  renamedToAbbrev: string | null;
  /** The first day it is retired («avviklet fra»), ISO; null while it is not. It may lie ahead. */
  retiredFrom: string | null;
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
  /** Why it corrects a period closed before it was recorded («korrigert etter lukking»); null for other updates. */
  correctionReason: string | null;
}

/** What names a measure where one is chosen (a link, an obligation): nothing that a status changes. */
export type MeasureName = Pick<MeasureSummary, 'id' | 'planCode' | 'number' | 'title' | 'titlePending'>;

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
  /** As of the date asked for; «ingen-status» when no update is in force then. */
  status: AsOfStatus;
  assessment: AssessmentCode;
  lastUpdate: StatusUpdate | null;
  version: number;
}

/** One measure with every field of the registry (measure-fields.ts): adding a field there adds it here. */
export interface Measure extends MeasureSummary, ScalarValues {
  deletedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface BudgetLine {
  id: number;
  measureId: number;
  year: number;
  /** Whole NOK; null when left empty (shown «–», never counted as 0). */
  allocatedNok: number | null;
  spentNok: number | null;
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
  /** Why the file is read-only (e.g. «Filen er i bruk av Kari på PC-123 …»), shown to the user. */
  readOnlyReason?: string | null;
  pendingTitles: number;
  measureCount: number;
  /** Another instance held the file and has left: this reader may take over the writer lease. */
  canTakeOver: boolean;
  /** Why the last backup could not be made everywhere (the change itself was saved), or null. */
  backupWarning: string | null;
}

/** One field change in the audit log, as shown in a measure's history and in a conflict. */
export interface AuditEntry {
  id: number;
  at: string;
  author: string;
  action: string;
  field: string | null;
  oldValue: string | null;
  newValue: string | null;
  /** The measure version this entry produced (field edits, delete, restore); null for budget and links. */
  version: number | null;
  /** Made by «Angre» (an undo of an earlier change) or «Gjør om» (a redo); absent or null for a change as such. */
  replay?: 'undo' | 'redo' | null;
}

/** A measure's history: status updates and field changes merged, newest first. */
export type TimelineEntry = ({ kind: 'status' } & StatusUpdate) | ({ kind: 'change' } & AuditEntry);

/** What a refused stale save sends back, so the user sees what changed and by whom. */
export interface ConflictDetails {
  currentVersion: number;
  changes: AuditEntry[];
}

export type MeasureLinkKind = 'viderefort' | 'relatert';

/** A link seen from one measure: `direction` says whether this measure is continued by or continues the other. */
export interface MeasureLink {
  id: number;
  kind: MeasureLinkKind;
  direction: 'to' | 'from';
  other: { id: number; planCode: string; planTitle: string; number: string; title: string; deleted: boolean };
}

export interface TrashedMeasure {
  id: number;
  planCode: string;
  number: string;
  title: string;
  titlePending: boolean;
  deletedAt: string;
  deletedBy: string | null;
  version: number;
}

export interface BudgetSummary {
  lines: BudgetLine[];
  /** Sums of the amounts given (empty ones left out); null when no line gives one. */
  totals: { allocatedNok: number | null; spentNok: number | null };
}

/** Grows with every commit to the portfolio file by anyone; the renderer refetches when it moves. */
export interface ChangeCounter {
  counter: number;
}
