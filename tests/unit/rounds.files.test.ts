// Real files: a form filled by exceljs as a ministry would, the same answer opened and saved by LibreOffice (which
// rewrites shared strings and styles) imports the same, and a form saved as .xls is refused with a sentence asking
// for .xlsx, and the form printed (LibreOffice → PDF, read back with pdftotext) can be read. LibreOffice is run as
// `soffice --headless --convert-to`.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { FORM_SHEET } from '../../shared/domain/rounds.ts';
import { refused } from '../support/api.ts';
import { memoryPortfolio, snapshot, tempDir } from '../support/portfolio.ts';
import { fillForm, formOf, newRound, readAnswer } from '../support/rounds.ts';

vi.setConfig({ testTimeout: 180_000 });
const tmp = tempDir('tiltak-rounds-');
afterAll(() => tmp.cleanup());

/** LibreOffice converts `file` to `ext` in a folder of its own; returns the converted file's bytes. */
function libreOffice(bytes: Buffer, name: string, ext: 'xlsx' | 'xls' | 'pdf'): Buffer {
  const dir = join(tmp.dir, `${name}-${ext}`);
  execFileSync('mkdir', ['-p', join(dir, 'out')]);
  const src = join(dir, `${name}.xlsx`);
  writeFileSync(src, bytes);
  // A profile of its own, so a LibreOffice already running elsewhere on the machine does not take the job.
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${dir}/profile`,
      '--headless',
      '--convert-to',
      ext,
      '--outdir',
      join(dir, 'out'),
      src,
    ],
    { stdio: 'ignore', timeout: 120_000 },
  );
  return readFileSync(join(dir, 'out', `${name}.${ext}`));
}

describe('input rounds: real files', () => {
  it('an answer saved again by LibreOffice reads and reviews exactly as the one exceljs wrote', async () => {
    const p = memoryPortfolio({ example: true });
    const round = await newRound(p, '2026-T3', ['HOD']);
    const form = await formOf(p, round.id, 'HOD');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(form as unknown as ArrayBuffer);
    const ids: number[] = [];
    wb.getWorksheet(FORM_SHEET)!.eachRow((r, n) => void (n > 1 && ids.push(Number(r.getCell(1).value))));
    const filled = await fillForm(form, {
      [ids[0]]: {
        'Ny status': 'Pågår',
        'Ny vurdering': 'Gul (risiko)',
        Kommentar: 'Forsinket anskaffelse.\nNy plan i desember.',
        'Dato (dd.mm.åååå)': new Date(Date.UTC(2026, 10, 2)),
        'Rapportert av': 'Åse Ødegård',
      },
      [ids[1]]: { 'Ny status': 'Fullført', Kommentar: 'Levert i oktober.', Kontaktperson: 'Øystein Æra' },
    });
    const viaLibreOffice = libreOffice(filled, 'svar-hod', 'xlsx');
    expect(viaLibreOffice.equals(filled)).toBe(false);
    const a = await readAnswer(p, round.id, filled, 'a.xlsx');
    const b = await readAnswer(p, round.id, viaLibreOffice, 'b.xlsx');
    const shape = (r: typeof a) => ({
      measures: r.review.measures,
      unchanged: r.review.unchanged,
      counts: r.review.counts,
    });
    expect(b.alreadyRead).toBe(false);
    expect(shape(b)).toEqual(shape(a));
    expect(a.review.measures.flatMap((m) => m.items).length).toBe(3);
  });

  it('a form saved as .xls is refused with a sentence asking for .xlsx, and nothing is written', async () => {
    const p = memoryPortfolio({ example: true });
    const round = await newRound(p, '2026-T3', ['HOD']);
    const xls = libreOffice(await formOf(p, round.id, 'HOD'), 'svar-xls', 'xls');
    const before = snapshot(p.db);
    const e = await refused(p, 'rounds:readAnswer', {
      roundId: round.id,
      fileName: 'svar.xls',
      base64: xls.toString('base64'),
    });
    expect(e.message).toBe(
      'Filen er i det gamle Excel-formatet (.xls) eller passordbeskyttet. Lagre den som Excel-arbeidsbok (.xlsx) ' +
        'uten passord og les den inn på nytt.',
    );
    expect(e.fields).toEqual({ file: e.message });
    expect(snapshot(p.db)).toBe(before);
  });

  it('prints legibly: text at about 9 pt, amounts with a space, each page naming the measure', async () => {
    const p = memoryPortfolio({ example: true });
    const round = await newRound(p, '2026-T2', ['HOD']);
    const pdf = join(tmp.dir, 'utskrift.pdf');
    writeFileSync(pdf, libreOffice(await formOf(p, round.id, 'HOD'), 'utskrift', 'pdf'));
    const bbox = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
    // The «Tiltak» sheet's pages (A3 landscape; the help sheet before them is A4 portrait).
    const pages = bbox
      .split('<page ')
      .slice(1)
      .filter((pg) => /^width="11\d\d/.test(pg))
      .map((pg) =>
        [...pg.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</g)].map((m) => ({
          height: Number(m[2]) - Number(m[1]),
          text: m[3],
        })),
      );
    expect(pages.length).toBeGreaterThan(1);
    // Every page repeats the header row and the measure's title, so a page of open cells says which measure it is.
    for (const words of pages) expect(words.map((w) => w.text)).toEqual(expect.arrayContaining(['Plan', 'Tittel']));
    expect(pages.flat().map((w) => w.text)).toEqual(expect.arrayContaining(['Ny', 'Rapportert']));
    const titles = pages.flat().filter((w) => w.text === 'Eksempeltiltak');
    expect(titles.length).toBeGreaterThan(0);
    // A word's box is about 1.3 × its font size: 11 pt text printed at 80 % is about 11.4 pt high (it was 6.5).
    expect(Math.min(...titles.map((w) => w.height))).toBeGreaterThan(10);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toMatch(/\b\d{1,3} \d{3} \d{3}\n/); // «Brukt 2026» as 8 932 000, whatever the locale
    expect(text).not.toMatch(/\d,\d{3},\d{3}/);
  });
});
