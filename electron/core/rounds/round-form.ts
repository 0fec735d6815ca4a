// One recipient's form as XLSX (exceljs): «Slik fyller du ut» in bokmål; «Tiltak», one row per measure with the
// columns of shared/domain/rounds.ts (locked and open cells, drop-down lists, frozen header, print setup, sheet
// protection without a password); and the very hidden «Skjemadata» with the round, the recipient, each measure's
// versions and the checksum of the locked cells.
import ExcelJS from 'exceljs';
import { periodEnd, periodLabel, periodStart, type Period } from '../../../shared/domain/periods.ts';
import {
  ASSESSMENT_CHOICES,
  FORM_FORMAT,
  FORM_SHEET,
  formColumns,
  HELP_SHEET,
  META_SHEET,
  STATUS_CHOICES,
} from '../../../shared/domain/rounds.ts';
import { EXAMPLE_DATA_LABEL } from '../../../shared/domain/vocabulary.ts';
import { formatDate } from '../../../shared/format/nb.ts';
import { formChecksum, type LockedRow } from './checksum.ts';

export interface FormRow extends LockedRow {
  version: number;
  statusId: number | null;
  budget: { id: number; version: number; spent: number | null }[];
  open: { contactName: string; contactEmail: string };
}

export interface FormSpec {
  roundUid: string;
  secret: string;
  recipientId: number;
  recipientAbbrev: string;
  recipientName: string;
  period: Period;
  deadline: string;
  madeAt: string;
  budgetYear: number;
  budgetLines: number;
  example: boolean;
  rows: FormRow[];
}

export const formFileName = (s: Pick<FormSpec, 'period' | 'recipientAbbrev'>) =>
  `Innspill ${periodLabel(s.period)} – ${s.recipientAbbrev}.xlsx`;

const OPEN_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8D6' } };
const HEAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F0' } };
const OPEN_HEAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFE699' } };

/** Rows are given the height their wrapped text needs: neither Excel nor LibreOffice sizes them on opening. */
function rowHeight(cols: { key: string; width: number }[], cells: Record<string, string>): number {
  let lines = 1;
  for (const c of cols) {
    const text = cells[c.key] ?? '';
    const perLine = Math.max(1, Math.floor(c.width * 1.1));
    const n = text.split('\n').reduce((sum, para) => sum + Math.max(1, Math.ceil(para.length / perLine)), 0);
    lines = Math.max(lines, n);
  }
  return Math.min(409, lines * 13 + 4);
}

function helpSheet(wb: ExcelJS.Workbook, s: FormSpec): void {
  const ws = wb.addWorksheet(HELP_SHEET, { views: [{ showGridLines: false }] });
  ws.getColumn(1).width = 100;
  const p = periodLabel(s.period);
  const lines: [string, boolean?][] = [
    [`Innspill ${p} til Tiltaksporteføljen – ${s.recipientName} (${s.recipientAbbrev})`, true],
    ...(s.example ? [[EXAMPLE_DATA_LABEL, true] as [string, boolean]] : []),
    [
      `Frist: ${formatDate(s.deadline)}. Perioden er ${formatDate(periodStart(s.period))}–` +
        `${formatDate(periodEnd(s.period))}.`,
    ],
    [''],
    ['Slik fyller du ut', true],
    ['1. Gå til arket «Tiltak». Det har én rad per tiltak dere har ansvar for (kolonnen Rolle sier hvordan).'],
    ['2. De blå kolonnene viser hva porteføljen har i dag. De er låst og skal ikke endres.'],
    ['3. Fyll ut de gule kolonnene der noe er nytt. La en rad stå tom hvis ingenting er endret.'],
    ['   • Ny status og Ny vurdering: velg fra listen i cellen.'],
    ['   • Tom Ny vurdering beholder dagens vurdering, og er Kommentar også tom, beholdes dagens kommentar.'],
    ['   • Kommentar: påkrevd når vurderingen er gul eller rød – skriv hva som er forsinket og hvorfor.'],
    [`   • Dato: datoen statusen gjelder fra, innenfor perioden ${p} og ikke frem i tid (dd.mm.åååå).`],
    ['     Tom dato betyr i dag, eller periodens siste dag når perioden er over.'],
    ['   • Rapportert av: navnet ditt.'],
    ['   • Kontaktperson og e-post: endre dem hvis en annen skal svare for tiltaket heretter.'],
    [`   • Brukt ${s.budgetYear}: hele kroner brukt hittil i år på budsjettlinjen til venstre.`],
    ['4. Lagre som Excel-arbeidsbok (.xlsx) – ikke .xls, .csv eller PDF – og send filen tilbake til JD.'],
    [''],
    ['Godt å vite', true],
    ['• Filnavnet kan du endre; skjemaet kjennes igjen på innholdet.'],
    ['• Ikke legg til eller slett rader eller ark, og ikke endre de låste kolonnene:'],
    ['   da kan ikke svaret leses inn.'],
    ['• Formler i de gule cellene leses som tekst. Skriv verdiene direkte.'],
    ['• JD går gjennom hver endring før den kommer inn i porteføljen.'],
  ];
  for (const [text, bold] of lines) {
    const row = ws.addRow([text]);
    if (bold) row.font = { bold: true, size: 12 };
  }
  ws.pageSetup = { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}

async function metaSheet(wb: ExcelJS.Workbook, s: FormSpec): Promise<void> {
  const ws = wb.addWorksheet(META_SHEET, { state: 'veryHidden' });
  const checksum = formChecksum(s.secret, { uid: s.roundUid, recipientId: s.recipientId }, s.rows);
  const rows: (string | number)[][] = [
    ['format', FORM_FORMAT],
    ['round', s.roundUid],
    ['recipient', s.recipientId],
    ['recipientAbbrev', s.recipientAbbrev],
    ['period', periodLabel(s.period)],
    ['madeAt', s.madeAt],
    ['budgetYear', s.budgetYear],
    ['budgetLines', s.budgetLines],
    ['checksum', checksum],
    ...s.rows.map((r) => [
      'measure',
      r.measureId,
      r.version,
      r.statusId ?? '',
      JSON.stringify(r.budget.map((b) => [b.id, b.version, b.spent])),
      r.open.contactName,
      r.open.contactEmail,
    ]),
  ];
  for (const r of rows) ws.addRow(r);
  await ws.protect('', {});
}

async function formSheet(wb: ExcelJS.Workbook, s: FormSpec): Promise<void> {
  const cols = formColumns(s.budgetLines, s.budgetYear);
  const ws = wb.addWorksheet(FORM_SHEET, {
    views: [{ state: 'frozen', xSplit: 4, ySplit: 1, activeCell: 'M2' }],
    // A3 landscape: the form is wide, and A4 would shrink its text to unreadable.
    pageSetup: {
      paperSize: 8 as ExcelJS.PaperSize, // A3 (not in exceljs' enum)
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: `&LInnspill ${periodLabel(s.period)} – ${s.recipientAbbrev}&RSide &P av &N` },
  });
  ws.columns = cols.map((c) => ({ key: c.key, width: c.width, hidden: c.hidden ?? false }));
  const head = ws.getRow(1);
  cols.forEach((c, i) => {
    const cell = head.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.fill = c.locked ? HEAD_FILL : OPEN_HEAD_FILL;
    cell.alignment = { wrapText: true, vertical: 'top' };
  });
  head.height = 32;
  const openCols = cols.map((c, i) => ({ c, n: i + 1 })).filter((x) => !x.c.locked);
  s.rows.forEach((r, i) => {
    const row = ws.getRow(i + 2);
    row.height = rowHeight(cols, r.locked);
    cols.forEach((c, j) => {
      const cell = row.getCell(j + 1);
      cell.alignment = { wrapText: true, vertical: 'top' };
      if (c.locked) {
        const v = r.locked[c.key] ?? '';
        cell.value = v === '' ? null : v;
        return;
      }
      cell.protection = { locked: false };
      cell.fill = OPEN_FILL;
      if (c.key === 'field:contactName') cell.value = r.open.contactName || null;
      else if (c.key === 'field:contactEmail') cell.value = r.open.contactEmail || null;
      else if (c.key.startsWith('spent:')) {
        const line = r.budget[Number(c.key.slice(6)) - 1];
        if (line && line.spent !== null) cell.value = line.spent;
        cell.numFmt = '#,##0'; // the reader's own thousands separator (a space in Norwegian)
      } else if (c.key === 'newDate') cell.numFmt = 'dd.mm.yyyy';
    });
  });
  const last = s.rows.length + 1;
  const letter = (key: string) => ws.getColumn(key).letter;
  // Range validations are in exceljs at run time but missing from its type declarations.
  const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } })
    .dataValidations;
  if (s.rows.length > 0) {
    const list = (key: string, choices: string[], title: string) =>
      validations.add(`${letter(key)}2:${letter(key)}${last}`, {
        type: 'list',
        allowBlank: true,
        formulae: [`"${choices.join(',')}"`],
        showErrorMessage: true,
        errorTitle: title,
        error: `Velg fra listen: ${choices.join(', ')}.`,
      });
    list('newStatus', STATUS_CHOICES, 'Ny status');
    list('newAssessment', ASSESSMENT_CHOICES, 'Ny vurdering');
    validations.add(`${letter('newDate')}2:${letter('newDate')}${last}`, {
      type: 'date',
      operator: 'between',
      allowBlank: true,
      formulae: [new Date(`${periodStart(s.period)}T00:00:00Z`), new Date(`${periodEnd(s.period)}T00:00:00Z`)],
      showErrorMessage: true,
      errorTitle: 'Dato',
      error: `Skriv en dato i perioden ${periodLabel(s.period)} (dd.mm.åååå).`,
    });
    for (const { c } of openCols.filter((x) => x.c.key.startsWith('spent:')))
      validations.add(`${letter(c.key)}2:${letter(c.key)}${last}`, {
        type: 'whole',
        operator: 'greaterThanOrEqual',
        allowBlank: true,
        formulae: [0],
        showErrorMessage: true,
        errorTitle: 'Brukt',
        error: 'Skriv hele kroner, 0 eller mer.',
      });
  }
  // No password: the open cells can be filled in as they are, and the locked ones are not changed by mistake.
  await ws.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    sort: false,
    autoFilter: false,
  });
}

export async function writeForm(s: FormSpec): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Tiltaksporteføljen';
  wb.title = `Innspill ${periodLabel(s.period)} – ${s.recipientAbbrev}`;
  wb.created = new Date(s.madeAt);
  helpSheet(wb, s);
  await formSheet(wb, s);
  await metaSheet(wb, s);
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 1, visibility: 'visible' }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
