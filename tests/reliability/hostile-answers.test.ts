// Files from outside are hostile until proven otherwise (issue 15): each hostile answer is refused with one
// Norwegian sentence (or, for formulas in the open cells, read with the value as text and said in the review), the
// calling process's memory grows by less than 100 MB, and the portfolio file is byte for byte what it was. The time
// and memory of each case are printed (and summed up by `npm run test:reliability`); the time limit itself is the
// worker's (answer-reader.ts), so no test here is timed.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../shared/api/errors.ts';
import type { ReadAnswerResult, RoundInfo } from '../../shared/api/rounds.contract.ts';
import { FORM_SHEET } from '../../shared/domain/rounds.ts';
import { openPortfolio, type OpenedPortfolio } from '../../electron/core/files/index.ts';
import { dispatch } from '../../electron/core/handlers/dispatch.ts';
import { readAnswerFile } from '../../electron/core/rounds/answer-reader.ts';
import { entriesOf, entry, repeatedEntry, writeZip, type RawEntry } from '../support/hostile-files.ts';
import { portfolioFile, RESOURCES, tempDir } from '../support/portfolio.ts';
import { fillForm } from '../support/rounds.ts';
import { report } from './support.ts';

const tmp = tempDir('tiltak-hostile-');
let path = '';
let opened: OpenedPortfolio;
let roundId = 0;
let form: Buffer;
let firstId = 0;
const rows: { name: string; verdict: string; ms: number; mb: number }[] = [];

const sha = () => createHash('sha256').update(readFileSync(path)).digest('hex');
const call = (name: string, input: unknown) =>
  dispatch(
    name,
    input,
    () => opened.ctx,
    () => {},
  );

beforeAll(async () => {
  path = portfolioFile(tmp.dir, 'p.tilt', true);
  opened = await openPortfolio(path, { resourcesDir: RESOURCES, log: () => {} });
  const r = (await call('rounds:create', {
    period: '2026-T3',
    deadline: '2099-12-15',
    recipients: ['HOD'],
  })) as ApiResult<RoundInfo>;
  if (!r.ok) throw new Error(r.error.message);
  roundId = r.value.id;
  const f = (await call('rounds:forms', { roundId, recipient: 'HOD' })) as ApiResult<{ base64: string }>;
  if (!f.ok) throw new Error(f.error.message);
  form = Buffer.from(f.value.base64, 'base64');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(form as unknown as ArrayBuffer);
  firstId = Number(wb.getWorksheet(FORM_SHEET)!.getRow(2).getCell(1).value);
}, 120_000);

afterAll(() => {
  opened?.close();
  console.log('\nFiendtlige svarfiler (sak, utfall, tid, minnevekst i hovedprosessen):');
  for (const r of rows)
    console.log(`  ${r.name.padEnd(34)} ${r.verdict.padEnd(70).slice(0, 70)} ${r.ms} ms  ${r.mb} MB`);
  tmp.cleanup();
});

/** Reads the file through the dispatcher as the app does, watching this process's memory while it runs. */
async function readHostile(name: string, bytes: Buffer) {
  const before = sha();
  const rss0 = process.memoryUsage().rss;
  let peak = rss0;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const t0 = performance.now();
  const result = (await call('rounds:readAnswer', {
    roundId,
    fileName: name,
    base64: bytes.toString('base64'),
  })) as ApiResult<ReadAnswerResult>;
  const ms = Math.round(performance.now() - t0);
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  const mb = Math.round((peak - rss0) / 1024 / 1024);
  const verdict = result.ok
    ? `lest: ${result.value.review.measures[0]?.items[0]?.notes[0]?.text ?? ''}`
    : result.error.message;
  rows.push({ name, verdict, ms, mb });
  report(`hostile-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`, {
    refused: result.ok ? 0 : 1,
    ms,
    rssGrowthMb: mb,
  });
  expect(mb).toBeLessThan(100);
  return { result, unchanged: sha() === before };
}

async function formWith(change: (entries: RawEntry[]) => RawEntry[] | Promise<RawEntry[]>): Promise<Buffer> {
  return writeZip(await change(await entriesOf(form)));
}

const cases: [string, () => Promise<Buffer>, RegExp][] = [
  [
    'zip-bombe (1 GB ærlig oppgitt)',
    async () => writeZip([await repeatedEntry('xl/worksheets/sheet1.xml', '<x>', '\0'.repeat(1024), 1 << 20, '</x>')]),
    /^Filen har en del på 1024 MB utpakket/,
  ],
  [
    'zip-bombe (lyver om størrelsen)',
    async () => {
      const bomb = await repeatedEntry('xl/worksheets/sheet2.xml', '<x>', 'A'.repeat(1024), 200 * 1024, '</x>');
      return formWith((e) => [...e, { ...bomb, size: 1000 }]);
    },
    /lyver om størrelsen på delen «xl\/worksheets\/sheet2\.xml»/,
  ],
  [
    '10 000 regneark',
    async () => {
      const zip = new JSZip();
      zip.file('[Content_Types].xml', '<Types/>');
      zip.file('xl/workbook.xml', '<workbook/>');
      for (let i = 1; i <= 10_000; i++) zip.file(`xl/worksheets/sheet${i}.xml`, '<worksheet/>');
      return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    },
    /^Filen har 100\d\d deler; et utfylt skjema har under 300\./,
  ],
  [
    '1 000 000 rader',
    async () => {
      const rowsXml = await repeatedEntry(
        'xl/worksheets/sheet2.xml',
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
        '<row><c t="inlineStr"><is><t>x</t></is></c></row>',
        1_000_000,
        '</sheetData></worksheet>',
      );
      return formWith((e) => e.map((x) => (x.name === 'xl/worksheets/sheet2.xml' ? rowsXml : x)));
    },
    /^Filen har en del på \d+ MB utpakket/,
  ],
  [
    '60 000 rader (innenfor størrelsen)',
    async () => {
      const body = Array.from({ length: 60_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c></row>`);
      const rowsXml = entry(
        'xl/worksheets/sheet2.xml',
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
          body.join('') +
          '</sheetData></worksheet>',
      );
      return formWith((e) => e.map((x) => (x.name === 'xl/worksheets/sheet2.xml' ? rowsXml : x)));
    },
    /^Arket «Tiltak» har over 20000 rader/,
  ],
  [
    'xls omdøpt til xlsx',
    async () => Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(4096, 1)]),
    /^Filen er i det gamle Excel-formatet \(\.xls\)/,
  ],
  ['csv omdøpt til xlsx', async () => Buffer.from('Tiltak;Status\n1;Pågår\n'), /^Filen er tekst \(for eksempel CSV\)/],
  [
    'docx omdøpt til xlsx',
    async () => writeZip([entry('[Content_Types].xml', '<Types/>'), entry('word/document.xml', '<w:document/>')]),
    /^Filen er et Word-dokument/,
  ],
  [
    'xlsm med makroer',
    async () => formWith((e) => [...e, entry('xl/vbaProject.bin', Buffer.alloc(2048, 7))]),
    /^Filen inneholder makroer \(\.xlsm\)/,
  ],
  [
    'eksterne koblinger',
    async () => formWith((e) => [...e, entry('xl/externalLinks/externalLink1.xml', '<externalLink/>')]),
    /^Filen har koblinger til andre arbeidsbøker/,
  ],
  [
    'DOCTYPE og entiteter',
    async () =>
      formWith((e) =>
        e.map((x) =>
          x.name === 'xl/workbook.xml'
            ? entry(
                x.name,
                '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>' +
                  '<workbook>&lol2;</workbook>',
              )
            : x,
        ),
      ),
    /delen «xl\/workbook\.xml» har en DOCTYPE-erklæring/,
  ],
  [
    '50 MB kommentar',
    async () =>
      formWith(async (e) => [
        ...e,
        await repeatedEntry(
          'xl/comments1.xml',
          '<comments><commentList><comment ref="M2"><text><t>',
          'A'.repeat(1000),
          50_000,
          '</t></text></comment></commentList></comments>',
        ),
      ]),
    /^Filen har en del på 48 MB utpakket/,
  ],
];

describe('a hostile answer file', () => {
  it.each(cases)(
    '%s is refused with one sentence; memory and the portfolio are safe',
    async (name, make, message) => {
      const bytes = await make();
      const { result, unchanged } = await readHostile(name, bytes);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.message).toMatch(message);
        // What is wrong, and at most one more sentence saying what to do.
        expect(result.error.message.split(/[.!?] (?=[A-ZÆØÅ«])/).length).toBeLessThanOrEqual(2);
        expect(result.error.fields).toEqual({ file: result.error.message });
      }
      expect(unchanged).toBe(true);
    },
    120_000,
  );

  it('a worker that works or allocates past its limits is stopped, with one sentence', async () => {
    const work = await readAnswerFile(form, { heapMb: 160, cpuMs: 1, wallMs: 60_000 }).catch((e: Error) => e.message);
    expect(work).toBe(
      'Filen krevde for mye arbeid å lese (over 0 sekunder) og er ikke lest inn. Et utfylt skjema leses på under ' +
        'ett sekund.',
    );
    const memory = await readAnswerFile(form, { heapMb: 8, cpuMs: 60_000, wallMs: 60_000 }).catch(
      (e: Error) => e.message,
    );
    expect(memory).toMatch(/^Filen krevde for mye minne å lese og er ikke lest inn\./);
  }, 120_000);

  it('formulas in the open cells are read with their value as text, and the review says so', async () => {
    const bytes = await fillForm(form, {
      [firstId]: {
        'Ny status': { formula: 'IF(1=1,"Pågår","")', result: 'Pågår' },
        Kommentar: { formula: 'HYPERLINK("http://example.invalid","klikk")', result: 'klikk' },
      },
    });
    const { result } = await readHostile('formler i åpne celler', bytes);
    expect(result.ok).toBe(true);
    if (result.ok) {
      const item = result.value.review.measures[0].items[0];
      expect(item.parts.find((p) => p.label === 'Kommentar')!.new).toBe('klikk');
      expect(item.notes.map((n) => n.text)).toEqual([
        '«Ny status» inneholdt en formel; verdien er lest som tekst: «Pågår».',
        '«Kommentar» inneholdt en formel; verdien er lest som tekst: «klikk».',
      ]);
    }
  }, 120_000);
});
