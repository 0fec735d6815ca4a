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
import { FIRST_YEAR, LAST_YEAR } from '../../../shared/domain/budget.ts';
import { EXAMPLE_DATA_LABEL } from '../../../shared/domain/vocabulary.ts';
import { formatDate } from '../../../shared/format/nb.ts';
import { formChecksum, type LockedRow } from './checksum.ts';

export interface FormRow extends LockedRow {
  version: number;
  statusId: number | null;
  budget: { id: number; version: number; spent: number | null }[];
  open: { contactName: string; contactEmail: string; startYear: number | null; endYear: number | null };
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
  /** The date the locked status columns show the status of (a past period's last day); null: the newest. */
  statusAsOf: string | null;
  example: boolean;
  rows: FormRow[];
}

export const formFileName = (s: Pick<FormSpec, 'period' | 'recipientAbbrev'>) =>
  `Innspill ${periodLabel(s.period)} – ${s.recipientAbbrev}.xlsx`;

const OPEN_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8D6' } };
const LOCKED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF3F9' } };
const HEAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F0' } };
const OPEN_HEAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFE699' } };

/**
 * Whole kroner with a space between thousands whatever the reader's locale (#,##0 gives «8,932,000» in English).
 * The spaces are literal, so each size has its own section.
 */
export const AMOUNT_FORMAT = '[>=1000000]#\\ ###\\ ##0;[>=1000]#\\ ##0;0';

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
    ...(s.statusAsOf
      ? [
          [
            `2. De blå kolonnene viser hva porteføljen har, med statusen slik den var per ` +
              `${formatDate(s.statusAsOf)} (periodens siste dag). De er låst og skal ikke endres.`,
          ] as [string],
        ]
      : [['2. De blå kolonnene viser hva porteføljen har i dag. De er låst og skal ikke endres.'] as [string]]),
    ['3. Fyll ut de gule kolonnene der noe er nytt. La en rad stå tom hvis ingenting er endret.'],
    ['   • Ny status og Ny vurdering: velg fra listen i cellen.'],
    ['   • Tom Ny vurdering beholder dagens vurdering, og er Kommentar også tom, beholdes dagens kommentar.'],
    ['   • Kommentar: påkrevd når vurderingen er gul eller rød – skriv hva som er forsinket og hvorfor.'],
    [`   • Dato: datoen statusen gjelder fra, innenfor perioden ${p} og ikke frem i tid (dd.mm.åååå).`],
    ['     Tom dato betyr i dag, eller periodens siste dag når perioden er over.'],
    ['   • Rapportert av: navnet ditt.'],
    ['   • Kontaktperson og e-post: endre dem hvis en annen skal svare for tiltaket heretter.'],
    ['   • Startår og Sluttår: endre dem hvis tiltaket er flyttet eller forlenget (åååå).'],
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
      r.open.startYear ?? '',
      r.open.endYear ?? '',
    ]),
  ];
  for (const r of rows) ws.addRow(r);
  await ws.protect('', {});
}

/** The input prompt (title, text) of each open column: what to write, and what a blank cell means. */
export function inputPrompts(
  s: Pick<FormSpec, 'period' | 'statusAsOf' | 'budgetYear'>,
): Record<string, [string, string]> {
  const end = formatDate(periodEnd(s.period));
  const at = s.statusAsOf ? ` per ${formatDate(s.statusAsOf)}` : '';
  const current = (noun: string) => (at ? `${noun}en${at}` : `dagens ${noun}`);
  return {
    newStatus: ['Ny status', `Velg ny status fra listen hvis den er endret. Tom = ${current('status')}.`],
    newAssessment: ['Ny vurdering', `Velg fra listen. Tom = ${current('vurdering')}.`],
    newComment: [
      'Kommentar',
      'Påkrevd ved gul og rød: hva er forsinket, og hvorfor. ' +
        `Tom sammen med tom vurdering = ${current('kommentar')}.`,
    ],
    newDate: [
      'Dato',
      s.statusAsOf
        ? `Datoen statusen gjelder fra (dd.mm.åååå), i ${periodLabel(s.period)}. Tom = ${end}, periodens siste dag.`
        : `Datoen statusen gjelder fra (dd.mm.åååå), i ${periodLabel(s.period)}. ` +
          `Tom = dagen svaret leses inn, eller ${end} hvis perioden da er over.`,
    ],
    reporter: ['Rapportert av', 'Påkrevd: navnet ditt.'],
    'field:startYear': ['Startår', 'Året tiltaket startet (åååå). Endre bare hvis det er feil.'],
    'field:endYear': ['Sluttår', 'Året tiltaket er planlagt avsluttet (åååå). Endre hvis det er flyttet.'],
    spent: ['Brukt', `Hele kroner brukt hittil i ${s.budgetYear} på budsjettlinjen. Tom = uendret.`],
  };
}

/** Excel column width units that fit across A3 landscape at 100 % (about 40 cm inside the margins). */
const A3_WIDTH = 290;
/** Smallest scale that still prints the 11 pt text at a readable size (about 9 pt). */
const MIN_SCALE = 80;

/**
 * A3 landscape. A form narrow enough is fitted to one page wide; a wider one (the usual case: about 20 columns) is
 * printed at a readable scale over several pages, each repeating the header row and the measure's plan, number and
 * title so a page of open cells still says which measure a row is.
 */
function printSetup(cols: { width: number; hidden?: boolean }[]): Partial<ExcelJS.PageSetup> {
  const width = cols.filter((c) => !c.hidden).reduce((sum, c) => sum + c.width, 0);
  const base: Partial<ExcelJS.PageSetup> = {
    paperSize: 8 as ExcelJS.PaperSize, // A3 (not in exceljs' enum)
    orientation: 'landscape',
    printTitlesRow: '1:1',
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
  };
  if (width * (MIN_SCALE / 100) <= A3_WIDTH) return { ...base, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  return { ...base, fitToPage: false, scale: MIN_SCALE, printTitlesColumn: 'B:D', pageOrder: 'overThenDown' };
}

async function formSheet(wb: ExcelJS.Workbook, s: FormSpec): Promise<void> {
  const cols = formColumns(s.budgetLines, s.budgetYear, s.statusAsOf);
  const ws = wb.addWorksheet(FORM_SHEET, {
    views: [{ state: 'frozen', xSplit: 4, ySplit: 1, activeCell: 'M2' }],
    pageSetup: printSetup(cols),
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
        cell.fill = LOCKED_FILL;
        const v = r.locked[c.key] ?? '';
        cell.value = v === '' ? null : v;
        return;
      }
      cell.protection = { locked: false };
      cell.fill = OPEN_FILL;
      if (c.key === 'field:contactName') cell.value = r.open.contactName || null;
      else if (c.key === 'field:contactEmail') cell.value = r.open.contactEmail || null;
      else if (c.key === 'field:startYear') cell.value = r.open.startYear;
      else if (c.key === 'field:endYear') cell.value = r.open.endYear;
      else if (c.key.startsWith('spent:')) {
        const line = r.budget[Number(c.key.slice(6)) - 1];
        if (line && line.spent !== null) cell.value = line.spent;
        cell.numFmt = AMOUNT_FORMAT;
      } else if (c.key === 'newDate') cell.numFmt = 'dd.mm.yyyy';
    });
  });
  const last = s.rows.length + 1;
  const letter = (key: string) => ws.getColumn(key).letter;
  // Range validations are in exceljs at run time but missing from its type declarations.
  const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } })
    .dataValidations;
  if (s.rows.length > 0) {
    const prompts = inputPrompts(s);
    // The short hint Excel and LibreOffice show when the cell is selected (title at most 32, text 255 characters).
    const add = (key: string, v: Omit<ExcelJS.DataValidation, 'formulae'> & { formulae?: unknown[] }) =>
      validations.add(`${letter(key)}2:${letter(key)}${last}`, {
        formulae: [],
        ...v,
        showInputMessage: true,
        promptTitle: prompts[key.startsWith('spent:') ? 'spent' : key][0],
        prompt: prompts[key.startsWith('spent:') ? 'spent' : key][1],
      } as ExcelJS.DataValidation);
    const list = (key: string, choices: string[], title: string) =>
      add(key, {
        type: 'list',
        allowBlank: true,
        formulae: [`"${choices.join(',')}"`],
        showErrorMessage: true,
        errorTitle: title,
        error: `Velg fra listen: ${choices.join(', ')}.`,
      });
    list('newStatus', STATUS_CHOICES, 'Ny status');
    list('newAssessment', ASSESSMENT_CHOICES, 'Ny vurdering');
    // Prompt only: any text is allowed (exceljs writes type «any» as no check).
    add('newComment', { type: 'any' as ExcelJS.DataValidation['type'], allowBlank: true });
    add('newDate', {
      type: 'date',
      operator: 'between',
      allowBlank: true,
      formulae: [new Date(`${periodStart(s.period)}T00:00:00Z`), new Date(`${periodEnd(s.period)}T00:00:00Z`)],
      showErrorMessage: true,
      errorTitle: 'Dato',
      error: `Skriv en dato i perioden ${periodLabel(s.period)} (dd.mm.åååå).`,
    });
    add('reporter', { type: 'any' as ExcelJS.DataValidation['type'], allowBlank: true });
    for (const key of ['field:startYear', 'field:endYear'])
      add(key, {
        type: 'whole',
        operator: 'between',
        allowBlank: true,
        formulae: [FIRST_YEAR, LAST_YEAR],
        showErrorMessage: true,
        errorTitle: prompts[key][0],
        error: `Skriv året med fire sifre, ${FIRST_YEAR}–${LAST_YEAR}.`,
      });
    for (const { c } of openCols.filter((x) => x.c.key.startsWith('spent:')))
      add(c.key, {
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
