// Bokmål labels of the report documents (the report pack, the status grid, period comparisons). The English edition
// (labels-en.ts) has exactly these keys; measure titles, comments and other stored text are never translated.
import { UNPLACED_LABEL } from '../domain/plans.ts';
import type { ReportColumn } from '../report/columns.ts';
import { COVERAGE_LABELS, OBLIGATION_SOURCE_LABELS, STRENGTH_LABELS, STRENGTH_UNKNOWN } from '../domain/obligations.ts';

export const LABELS_NB = {
  locale: 'nb-NO',
  packTitle: 'Status for tiltak mot menneskehandel',
  packSubtitle: (period: string) => `Rapportpakke for ${period}`,
  gridTitle: 'Status per periode',
  compareTitle: (from: string, to: string) => `Endringer fra ${from} til ${to}`,
  periodViewTitle: (period: string) => `${period}: som rapportert og som korrigert`,
  period: 'Periode',
  asOf: 'Per dato',
  plans: 'Planer',
  madeBy: 'Laget av',
  madeAt: 'Laget',
  dataset: 'Datagrunnlag',
  realData: 'Registrerte data',
  exampleData: 'Eksempeldata – ikke reelle tall',
  basis: 'Grunnlag',
  basisReported: (at: string, by: string) => `Som rapportert: perioden ble lukket ${at} av ${by}`,
  basisCorrected: (at: string, by: string) =>
    `Som korrigert: perioden ble lukket ${at} av ${by}; korrigeringer registrert etter lukkingen er med`,
  basisOpen: 'Perioden er ikke lukket: status slik den er registrert',
  // A period closed, then reopened and not closed again.
  basisReportedReopened: (at: string, by: string, reopenedAt: string) =>
    `Som rapportert ved lukkingen ${at} av ${by}; perioden ble åpnet igjen ${reopenedAt} og er ikke lukket nå`,
  basisReopened: (at: string, reopenedAt: string) =>
    `Perioden er ikke lukket: den ble lukket ${at} og åpnet igjen ${reopenedAt}; status slik den er registrert nå`,
  // What a period's statuses are beside another's (the pack's previous period, a comparison, the grid's columns).
  previousPeriod: 'Forrige periode',
  sourceNow: (period: string) => `${period}, slik status er registrert nå`,
  sourceSnapshot: (period: string, at: string) => `${period}, som rapportert ved lukkingen ${at}`,
  sourceKnown: (period: string, closed: string, at: string) =>
    `${period}, slik status var registrert da ${closed} ble lukket ${at} (${period} var ikke lukket da; ` +
    'korrigeringer registrert senere er ikke med)',
  sourceColumnSnapshot: (period: string) => `${period}, som rapportert`,
  sourceColumnKnown: (period: string, date: string) => `${period}, som kjent ${date}`,
  comparedWith: (source: string) => `Sammenlignet med ${source}.`,
  page: 'Side',
  of: 'av',
  perDate: (date: string) => `per ${date}`,
  figure: 'Figur',
  table: 'Tabell',
  // Sections
  summary: 'Sammendrag',
  summaryByPart: (partWord: string, plan: string) => `Tiltak per status og ${partWord}: ${plan}`,
  summaryByPlan: 'Tiltak per status og plan',
  summaryByOwner: 'Tiltak per status og ansvarlig departement',
  summaryByCoOwner: 'Tiltak per status og medansvarlig departement',
  summaryBudget: 'Bevilget og forbrukt per departement og år',
  summaryBudgetBasis:
    'Budsjettlinjene telles hos tiltakets ansvarlige departement, ikke hos medansvarlige, så hver krone telles én ' +
    'gang. Oversikten i programmet viser også tiltak der departementet er medansvarlig.',
  figures: 'Figurer',
  figureStatusByPart: (partWord: string, plan: string, date: string) => `Status per ${partWord}, per ${date} (${plan})`,
  deviations: 'Avvik: tiltak vurdert gul eller rød',
  noDeviations: 'Ingen tiltak er vurdert gul eller rød.',
  changes: 'Endringer siden forrige periode',
  changesLead: (previous: string, n: number) => `${n} tiltak har fått ny status eller vurdering siden ${previous}.`,
  noChanges: (previous: string) => `Ingen tiltak har fått ny status eller vurdering siden ${previous}.`,
  noPrevious: 'Det finnes ingen tidligere periode å sammenligne med.',
  corrections: 'Korrigert etter lukking',
  correctionsLead: (n: number) =>
    `${n} tiltak har en status for perioden som er registrert eller endret etter at perioden ble lukket.`,
  correctionsEarlier:
    'Perioden er åpnet igjen og lukket på nytt. Et tiltak som ble korrigert mens perioden var lukket en tidligere ' +
    'gang, står også her, med status som rapportert ved den lukkingen (kolonnen «Lukket»).',
  statusTables: 'Statustabeller',
  statusTableByMinistry: 'Statustabeller per ansvarlig departement',
  coOwnedSuffix: ' – som medansvarlig',
  noMeasures: 'Ingen tiltak.',
  noMeasuresInBar: 'ingen tiltak',
  noPart: UNPLACED_LABEL,
  noOwner: 'Uten ansvarlig departement',
  coOwnedMark: (owner: string) => ` (medansvarlig; ansvarlig: ${owner})`,
  newInPeriod: (n: number, plan: string) => `${n} tiltak i ${plan} er nye i perioden.`,
  packFileStem: 'rapportpakke',
  // The basis in the pack's file name once the period has been closed, so the one «as reported» and the one «as
  // corrected» never download under the same name (rapportpakke-2026-T2-rapportert.pdf).
  packFileBasis: { reported: 'rapportert', corrected: 'korrigert' },
  planNotStarted: (plan: string, date: string) => `${plan} var ikke startet per ${date} og er ikke med.`,
  // The workbooks' sheets (the pack, the grid, the comparison, the period view): short and distinct (Excel allows 31
  // characters); a sheet's first row says it in full.
  sheets: {
    contents: 'Innhold',
    contentsHeading: 'Arkene',
    byPart: (partWords: string[]) => `Per ${partWords.join(' og ')}`,
    byAnyPart: 'Per del',
    byPlan: 'Per plan',
    byOwner: 'Per ansvarlig departement',
    byCoOwner: 'Per medansvarlig departement',
    budget: 'Budsjett',
    deviations: 'Avvik',
    changes: 'Endringer',
    corrections: 'Korrigeringer',
    statusTables: 'Statustabeller',
    grid: 'Statusrutenett',
    gridTitle: (first: string, last: string) => `Status per periode, ${first}–${last}`,
    compareCounts: 'Antall per felt',
    compareCountsTitle: (from: string, to: string) => `Antall endrede tiltak per felt fra ${from} til ${to}`,
    compareRows: 'Endringer per tiltak',
    periodColumn: (period: string, column: string) => `${period}: ${column.toLowerCase()}`,
    periodView: 'Rapportert og korrigert',
    // A status's date in a column of its own beside «Som rapportert» and «Som korrigert».
    reportedDate: 'Dato, som rapportert',
    correctedDate: 'Dato, som korrigert',
    // Cell formats: dates as the tables write them, whole months as «36 måneder», amounts as «1 234 kr».
    dateFormat: 'dd.mm.yyyy',
    /** A date on its own (the front page's «Per dato»): «31 December 2025» in English. */
    longDateFormat: 'dd.mm.yyyy',
    /** A moment (the front page's «Laget»), as the text says it: «28.11.2026 kl. 09:52». */
    dateTimeFormat: 'dd.mm.yyyy "kl." hh:mm',
    monthsFormat: '[=0]"under 1 måned";[=1]"1 måned";0" måneder"',
    nokFormat: '#,##0 "kr"',
  },
  // Columns
  colNumber: 'Nr.',
  colPlan: 'Plan',
  colMeasure: 'Tiltak',
  colPart: 'Del',
  colOwner: 'Ansvarlig',
  colMinistry: 'Departement',
  colStatus: 'Status',
  colAssessment: 'Vurdering',
  colComment: 'Kommentar',
  colDate: 'Dato',
  colDescription: 'Beskrivelse',
  colImplementation: 'Gjennomføring',
  colChange: 'Endring',
  colSince: 'Gul/rød siden',
  colDuration: 'Varighet',
  colYear: 'År',
  colAllocated: 'Bevilget',
  colSpent: 'Forbrukt',
  colTotal: 'Sum',
  colReported: 'Som rapportert',
  colCorrected: 'Som korrigert',
  colReason: 'Begrunnelse',
  colClosed: 'Lukket',
  colPeriod: 'Periode',
  colField: 'Endret',
  colFrom: 'Før',
  colTo: 'Etter',
  colBudget: 'Bevilget (år)',
  total: 'Sum',
  // Cell texts
  newMeasure: 'Nytt i perioden',
  unchanged: '',
  statusChange: (from: string, to: string) => `Status: ${from} → ${to}`,
  assessmentChange: (from: string, to: string) => `Vurdering: ${from} → ${to}`,
  commentChanged: 'Ny kommentar',
  budgetChanged: 'Budsjett endret',
  correctedMark: 'korrigert etter lukking',
  titlePending: ' (tittel ikke fylt inn)',
  notInSnapshot: 'Ikke med da perioden ble lukket',
  lessThanMonth: 'under 1 måned',
  months: (n: number) => (n === 1 ? '1 måned' : `${n} måneder`),
  withinExisting: 'Innenfor gjeldende rammer',
  fieldNames: { status: 'status', assessment: 'vurdering', comment: 'kommentar', budget: 'budsjett' },
  compareLead: (n: number, of: number) => `${n} av ${of} tiltak er endret.`,
  compareCounts: 'Antall endrede tiltak per felt',
  notStartedYet: 'Ikke startet ennå',
  gridLead: 'Hver celle viser tiltakets status og vurdering ved periodens slutt.',
  gridCorrectionsLead: (n: number) =>
    `${n} ${n === 1 ? 'celle er merket' : 'celler er merket'} «korrigert etter lukking»: statusen ble registrert ` +
    'mens perioden var lukket. Begrunnelsene står i tabellen under.',
  // The status table as of a date (shared/report/cells.ts, electron/core/export: docx, pdf, xlsx, csv)
  statusTable: {
    // The measure's fields by the registry's labels for reports (measure-fields.ts; a test holds them equal: the
    // registry cannot be imported here, as its schemas import the languages).
    columns: {
      number: 'Nr.',
      title: 'Tiltak',
      part: 'Del av planen',
      owner: 'Ansvarlig departement',
      coOwners: 'Medansvarlig',
      agencies: 'Etat',
      contactName: 'Kontaktperson',
      contactEmail: 'E-post',
      status: 'Status',
      assessment: 'Vurdering',
      comment: 'Kommentar',
      lastUpdated: 'Sist oppdatert',
      budget: 'Budsjett',
    } satisfies Record<ReportColumn, string>,
    allocated: (year: number | null) => (year === null ? 'Bevilget' : `Bevilget ${year}`),
    groupedBy: 'Gruppert etter',
    byPartDefault: 'Del av planen',
    byOwner: 'Ansvarlig departement',
    shows: (date: string) => `Hvert tiltak vises slik det var registrert per ${date}.`,
    tablesShow: 'Tabellene viser',
    sheetShows: (date: string) => `Hvert tiltak slik det var registrert per ${date}.`,
    aboutSheet: 'Om rapporten',
    leftOut: 'Ikke med',
    none: 'Ingen',
    noMeasures: 'Ingen tiltak registrert.',
    notStarted: (plan: string, start: string, asOf: string) =>
      `${plan} er ikke med: planen startet ${start}, etter datoen rapporten gjelder for (${asOf}).`,
    chartName: 'Statusdiagram',
    chartTitle: (partWord: string, plan: string) => `Tiltak etter status per ${partWord}: ${plan}`,
    fileStem: 'statustabell',
    fileAsOf: 'per',
  },
  // The obligations' coverage table (shared/report/coverage.ts)
  coverage: {
    title: 'Dekning av forpliktelser',
    fileStem: 'dekning-forpliktelser',
    fileAsOf: 'per',
    tertialMonths: ['januar–april', 'mai–august', 'september–desember'],
    forPeriod: (period: string, asOf: string) => `for ${period}, ${asOf}`,
    allPlans: (names: string) => `Alle planer: ${names}`,
    explanation: (when: string) =>
      `Hver forpliktelse med tiltakene som er koblet til den, og status og vurdering for tiltakene ${when}. ` +
      'Tiltak i en plan som ikke hadde startet på datoen, og tiltak i papirkurven, er ikke tatt med.',
    later: (n: number) => ` ${n} ${n === 1 ? 'forpliktelse' : 'forpliktelser'} fra senere år er ikke tatt med.`,
    // The register's own words (domain/obligations.ts), so the view and the table never differ.
    classes: COVERAGE_LABELS,
    total: 'I alt',
    strengths: STRENGTH_LABELS,
    strengthUnknown: STRENGTH_UNKNOWN,
    sources: OBLIGATION_SOURCE_LABELS,
    round: (n: number) => `runde ${n}`,
    measure: (plan: string, number: string) => `${plan}, tiltak ${number}`,
    linkNote: (note: string) => `Merknad: ${note}`,
    caveat: (note: string) => `Merk: ${note}`,
    /** The reference's caveat as stored; the English edition translates the ones it knows. */
    verificationNote: (note: string) => note,
    sourceText: (text: string) => `Kildens tekst: ${text}`,
    noMeasure: 'Ingen tiltak er koblet til forpliktelsen.',
    noObligations: 'Ingen forpliktelser er registrert.',
    columns: ['Id', 'Forpliktelse', 'Kilde', 'Styrke', 'Dekning', 'Tiltak og status'],
    flatColumns: [
      'Id',
      'Forpliktelse',
      'Merknad om teksten',
      'Kilde',
      'Kildehenvisning',
      'Styrke',
      'Dekning',
      'Plan',
      'Tiltak nr.',
      'Tiltak',
      'Status',
      'Vurdering',
      'Merknad til koblingen',
    ],
    summaryHeading: 'Dekning i tall',
    byObligation: 'Per forpliktelse',
    colCoverage: 'Dekning',
    colObligations: 'Forpliktelser',
    aboutSheet: 'Om tabellen',
    tableSheet: 'Dekning',
    tableShows: 'Tabellen viser',
    excelDate: 'dd.mm.yyyy',
  },
} as const;

type Widen<T> = T extends (...args: infer A) => string
  ? (...args: A) => string
  : T extends string
    ? string
    : { [K in keyof T]: Widen<T[K]> };

/** The shape every edition fills in. */
export type DocumentLabels = { [K in keyof typeof LABELS_NB]: Widen<(typeof LABELS_NB)[K]> };
