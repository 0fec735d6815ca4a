import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { portfolioFile, tempDir } from '../support/portfolio.ts';
import { fillForm } from '../support/rounds.ts';
import { callApi, openApp } from './support/browser.ts';
const tmp = tempDir();
const app = await openApp(portfolioFile(tmp.dir, 'eksempel.tilt', true), { env: { TILTAK_USER: 'Kari Koordinator' }, viewport: { width: 1280, height: 900 } });
const page = app.page;
await page.goto(`${app.web.url}#/innspill`);
await page.getByRole('heading', { level: 1, name: 'Innspill' }).waitFor();
await page.screenshot({ path: '/tmp/c15/shots/1-innspill.png', fullPage: true });
await page.getByLabel('Frist for svar').fill('15.12.2026');
await page.getByRole('button', { name: 'Lag innspillsrunde' }).click();
await page.getByRole('heading', { level: 2, name: 'Les inn svar' }).waitFor();
const r = await callApi<{ id: number }[]>(page, 'rounds:list', {});
const f = await callApi<{ base64: string }>(page, 'rounds:forms', { roundId: r[0].id, recipient: 'HOD' });
const form = Buffer.from(f.base64, 'base64');
const wb = new ExcelJS.Workbook(); await wb.xlsx.load(form as never);
const ids: number[] = []; wb.getWorksheet('Tiltak')!.eachRow((row, n) => void (n > 1 && ids.push(Number(row.getCell(1).value))));
await callApi(page, 'status:record', { measureId: ids[2], status: 'avbrutt', assessment: 'ikke-vurdert', comment: 'Stanset.', author: 'Ola Annen' });
const filled = await fillForm(form, {
  [ids[0]]: { 'Ny status': 'Fullført', 'Ny vurdering': 'Grønn', Kommentar: 'Levert til kommunene.', 'Rapportert av': 'Per Helse', Kontaktperson: 'Per Helse' },
  [ids[1]]: { 'Ny status': 'Pågår', 'Ny vurdering': 'Rød (alvorlig forsinket)', 'Rapportert av': 'Per Helse', 'Dato (dd.mm.åååå)': '01.03.2026' },
  [ids[2]]: { 'Ny status': 'Pågår', 'Ny vurdering': 'Gul', Kommentar: { formula: 'CONCAT("Se ","vedlegg")', result: 'Se vedlegg' } as never },
});
await page.reload();
await page.getByRole('heading', { level: 2, name: 'Les inn svar' }).waitFor();
await page.screenshot({ path: '/tmp/c15/shots/2-runde.png', fullPage: true });
await page.getByLabel('Velg svarfilen (.xlsx), eller slipp den her').setInputFiles({ name: 'Svar fra HOD.xlsx', mimeType: 'application/octet-stream', buffer: filled });
await page.getByRole('heading', { level: 1, name: 'Gjennomgang: svar fra HOD' }).waitFor();
await page.screenshot({ path: '/tmp/c15/shots/3-gjennomgang.png', fullPage: true });
await app.close(); tmp.cleanup();
